// debian (bookworm, trixie, -slim) and ubuntu (22.04, 24.04, 26.04), linux/amd64.
import type { ImageRecord, LayerSpec } from '../types.ts';
import { DASH, DASH_UBUNTU, DEBIAN_BASE_PATHS, DEBIAN_TOOLS, DEBIAN_USERS } from './common.ts';

const RI = 'docker-library/repo-info';
const DEBIAN_PATH_ENV = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' } as const;
const DEBIAN_FS_SOURCE = 'estimate: debuerreotype rootfs layout (merged /usr, dash as /bin/sh, apt docker-clean config)';

/** The rootfs layers as the derived official images in the 2026-09 snapshot carry them. */
export const BOOKWORM_ROOTFS_LAYER: LayerSpec = {
  createdBy: "# debian.sh --arch 'amd64' out/ 'bookworm' '@1789689600'", emptyLayer: false, bytes: 116_570_000, compressedBytes: 48_503_440,
};
export const BOOKWORM_SLIM_ROOTFS_LAYER: LayerSpec = {
  createdBy: "# debian.sh --arch 'amd64' out/ 'bookworm' '@1787529600'", emptyLayer: false, bytes: 74_830_000, compressedBytes: 28_232_655,
};
export const TRIXIE_SLIM_ROOTFS_LAYER: LayerSpec = {
  createdBy: "# debian.sh --arch 'amd64' out/ 'trixie' '@1789689600'", emptyLayer: false, bytes: 76_500_000, compressedBytes: 29_800_000,
};

export const DEBIAN_BOOKWORM: ImageRecord = {
  repository: 'docker.io/library/debian',
  tag: 'bookworm',
  aliases: ['12', 'oldstable', 'bookworm-20260803'],
  title: 'Debian 12 "bookworm" (glibc 2.36, dash as /bin/sh, apt)',
  snapshot: '2026-08',
  platforms: { 'linux/amd64': { compressedBytes: 48_497_091 }, 'linux/arm64': { compressedBytes: 48_383_380 } },
  compressed: { bytes: 48_497_091, source: `${RI} repos/debian/remote/bookworm.md, 2026-08`, confidence: 'registry' },
  onDisk: { bytes: 116_570_000, source: `${RI} repos/debian/local/bookworm.md (Virtual Size 116.57 MB), 2026-08`, confidence: 'registry' },
  layers: {
    items: [
      { createdBy: "# debian.sh --arch 'amd64' out/ 'bookworm' '@1785715200'", emptyLayer: false, bytes: 116_570_000, compressedBytes: 48_497_091 },
    ],
    source: `${RI} repos/debian/remote/bookworm.md (one history entry; CMD lives only in the config), 2026-08`,
    confidence: 'registry',
  },
  config: {
    entrypoint: undefined, cmd: ['bash'], env: DEBIAN_PATH_ENV, workdir: '', user: '', stopSignal: undefined,
    exposedPorts: [], shell: ['/bin/sh', '-c'], source: `${RI} repos/debian/remote/bookworm.md, 2026-08`, confidence: 'registry',
  },
  os: {
    family: 'debian', release: 'bookworm', libc: 'glibc', libcVersion: '2.36', loaderPath: '/lib64/ld-linux-x86-64.so.2',
    shell: DASH, packageManager: 'apt', packageRelease: 'bookworm', packageSets: ['debian'], usrMerged: true, slim: false,
    aptDockerClean: true,
  },
  users: DEBIAN_USERS,
  tools: DEBIAN_TOOLS,
  runtimes: [],
  fs: { paths: DEBIAN_BASE_PATHS, source: DEBIAN_FS_SOURCE, confidence: 'estimate' },
  notes: ['No ca-certificates: HTTPS downloads fail until `apt-get install ca-certificates`.'],
};

export const DEBIAN_BOOKWORM_SLIM: ImageRecord = {
  ...DEBIAN_BOOKWORM,
  tag: 'bookworm-slim',
  aliases: ['12-slim', 'oldstable-slim'],
  title: 'Debian 12 "bookworm" slim (same packages minus docs, man pages and locales)',
  platforms: { 'linux/amd64': { compressedBytes: 28_232_590 }, 'linux/arm64': {} },
  compressed: { bytes: 28_232_590, source: `${RI} repos/debian/remote/bookworm-slim.md, 2026-08`, confidence: 'registry' },
  onDisk: { bytes: 74_830_000, source: `${RI} repos/debian/local/bookworm-slim.md (Virtual Size 74.83 MB), 2026-08`, confidence: 'registry' },
  layers: {
    items: [
      { createdBy: "# debian.sh --arch 'amd64' out/ 'bookworm' '@1785715200'", emptyLayer: false, bytes: 74_830_000, compressedBytes: 28_232_590 },
    ],
    source: `${RI} repos/debian/remote/bookworm-slim.md, 2026-08`,
    confidence: 'registry',
  },
  os: { ...DEBIAN_BOOKWORM.os, slim: true },
};

export const DEBIAN_TRIXIE: ImageRecord = {
  ...DEBIAN_BOOKWORM,
  tag: 'trixie',
  aliases: ['latest', '13', 'stable'],
  title: 'Debian 13 "trixie" (glibc 2.41, dash as /bin/sh, apt) — stable at snapshot time',
  snapshot: '2026-09',
  platforms: { 'linux/amd64': {}, 'linux/arm64': {} },
  compressed: { bytes: 49_300_000, source: 'estimate: bookworm is 48.5 MB; trixie base set is 78 packages of 123.0 MB dpkg size vs 88 of 120.4 MB', confidence: 'estimate' },
  onDisk: { bytes: 119_000_000, source: 'estimate: dpkg Installed-Size of the trixie base set (123.0 MB, scripts/catalog/apt-closures.py 2026-11) × 0.968, the bookworm image/dpkg ratio', confidence: 'estimate' },
  layers: {
    items: [
      { createdBy: "# debian.sh --arch 'amd64' out/ 'trixie' '@1789689600'", emptyLayer: false, bytes: 119_000_000, compressedBytes: 49_300_000 },
    ],
    source: 'estimate: same history shape as debian:bookworm',
    confidence: 'estimate',
  },
  os: { ...DEBIAN_BOOKWORM.os, release: 'trixie', libcVersion: '2.41', packageRelease: 'trixie' },
  notes: ['No ca-certificates: HTTPS downloads fail until `apt-get install ca-certificates`.'],
};

export const DEBIAN_TRIXIE_SLIM: ImageRecord = {
  ...DEBIAN_TRIXIE,
  tag: 'trixie-slim',
  aliases: ['13-slim', 'stable-slim'],
  title: 'Debian 13 "trixie" slim',
  compressed: { bytes: 29_800_000, source: 'estimate: bookworm-slim 28.2 MB scaled like the full images', confidence: 'estimate' },
  onDisk: { bytes: 76_500_000, source: 'estimate: trixie 119 MB × (bookworm-slim 74.83 / bookworm 116.57)', confidence: 'estimate' },
  layers: { items: [TRIXIE_SLIM_ROOTFS_LAYER], source: 'estimate: same history shape as debian:bookworm-slim', confidence: 'estimate' },
  os: { ...DEBIAN_TRIXIE.os, slim: true },
};

const UBUNTU_ENV = DEBIAN_PATH_ENV;

export const UBUNTU_24_04: ImageRecord = {
  repository: 'docker.io/library/ubuntu',
  tag: '24.04',
  aliases: ['noble', 'noble-20260727'],
  title: 'Ubuntu 24.04 LTS "noble" (glibc 2.39, dash as /bin/sh, apt)',
  snapshot: '2026-08',
  platforms: { 'linux/amd64': { compressedBytes: 29_764_116 }, 'linux/arm64': {} },
  compressed: { bytes: 29_764_116, source: `${RI} repos/ubuntu/remote/24.04.md, 2026-08`, confidence: 'registry' },
  onDisk: { bytes: 78_160_000, source: `${RI} repos/ubuntu/local/24.04.md (Virtual Size 78.16 MB), 2026-08`, confidence: 'registry' },
  layers: {
    items: [
      { createdBy: 'ARG RELEASE', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ARG LAUNCHPAD_BUILD_ARCH', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'LABEL org.opencontainers.image.ref.name=ubuntu', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'LABEL org.opencontainers.image.version=24.04', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ADD file:… in / ', emptyLayer: false, bytes: 78_160_000, compressedBytes: 29_764_116 },
      { createdBy: 'CMD ["/bin/bash"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
    ],
    source: `${RI} repos/ubuntu/remote/24.04.md (simulation-model.md §3), 2026-08`,
    confidence: 'registry',
  },
  config: {
    entrypoint: undefined, cmd: ['/bin/bash'], env: UBUNTU_ENV, workdir: '', user: '', stopSignal: undefined,
    exposedPorts: [], shell: ['/bin/sh', '-c'], source: `${RI} repos/ubuntu/remote/24.04.md, 2026-08`, confidence: 'registry',
    labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '24.04' },
  },
  os: {
    family: 'ubuntu', release: 'noble', libc: 'glibc', libcVersion: '2.39', loaderPath: '/lib64/ld-linux-x86-64.so.2',
    shell: DASH_UBUNTU, packageManager: 'apt', packageRelease: 'noble', packageSets: ['debian'], usrMerged: true, slim: true,
    aptDockerClean: true,
  },
  users: [...DEBIAN_USERS, { name: 'ubuntu', uid: 1000, gid: 1000, home: '/home/ubuntu', shell: '/bin/bash' }],
  tools: DEBIAN_TOOLS,
  runtimes: [],
  fs: { paths: { ...DEBIAN_BASE_PATHS, '/home/ubuntu': { kind: 'dir' } }, source: DEBIAN_FS_SOURCE, confidence: 'estimate' },
  notes: [
    'Ubuntu images are minimised (unminimize restores docs); apt figures for Ubuntu are approximated from Debian bookworm.',
    'A `ubuntu` account (uid 1000) exists since 23.04 (simulation-model.md §3: reported, unverified here).',
  ],
};

export const UBUNTU_22_04: ImageRecord = {
  ...UBUNTU_24_04,
  tag: '22.04',
  aliases: ['jammy'],
  title: 'Ubuntu 22.04 LTS "jammy" (glibc 2.35, dash as /bin/sh, apt)',
  platforms: { 'linux/amd64': {}, 'linux/arm64': {} },
  compressed: { bytes: 29_540_000, source: 'estimate: ≈ 24.04 at the same on-disk size (simulation-model.md §3 "≈29.5 MB")', confidence: 'estimate' },
  onDisk: { bytes: 78_080_000, source: `${RI} repos/ubuntu/local/22.04.md (Virtual Size 78.08 MB), 2026-08`, confidence: 'registry' },
  layers: {
    items: [
      { createdBy: 'ARG RELEASE', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ARG LAUNCHPAD_BUILD_ARCH', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'LABEL org.opencontainers.image.ref.name=ubuntu', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'LABEL org.opencontainers.image.version=22.04', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ADD file:… in / ', emptyLayer: false, bytes: 78_080_000, compressedBytes: 29_540_000 },
      { createdBy: 'CMD ["/bin/bash"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
    ],
    source: 'estimate: same history shape as 24.04 (repo-info ubuntu/remote/24.04.md)',
    confidence: 'estimate',
  },
  config: { ...UBUNTU_24_04.config, labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '22.04' } },
  os: { ...UBUNTU_24_04.os, release: 'jammy', libcVersion: '2.35', packageRelease: 'jammy' },
  users: DEBIAN_USERS,
  fs: { paths: DEBIAN_BASE_PATHS, source: DEBIAN_FS_SOURCE, confidence: 'estimate' },
  notes: ['Apt figures for Ubuntu are approximated from Debian bookworm.'],
};

export const UBUNTU_26_04: ImageRecord = {
  ...UBUNTU_24_04,
  tag: '26.04',
  aliases: ['latest', 'resolute', 'rolling'],
  title: 'Ubuntu 26.04 LTS "resolute" — ubuntu:latest at snapshot time',
  snapshot: '2026-07',
  platforms: { 'linux/amd64': { compressedBytes: 41_568_664 }, 'linux/arm64': { compressedBytes: 40_695_477 } },
  compressed: { bytes: 41_568_664, source: `${RI} repos/ubuntu/remote/latest.md, 2026-07`, confidence: 'registry' },
  onDisk: { bytes: 109_000_000, source: 'estimate: compressed 41.6 MB × 2.62, the 24.04 on-disk/compressed ratio', confidence: 'estimate' },
  layers: {
    items: [
      { createdBy: 'RUN umoci raw add-layer --image …/ubuntu:rockcraft-base …/.temp_layer.9094.tar --tag 26.04', emptyLayer: false, bytes: 108_999_000, compressedBytes: 41_568_275 },
      { createdBy: 'RUN umoci config … --clear=config.entrypoint --clear=config.cmd', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'RUN umoci config … --clear=config.cmd --config.cmd /bin/bash', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'RUN umoci config … --config.env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'RUN umoci config … --config.label org.opencontainers.image.version=26.04 …', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'RUN umoci raw add-layer --image …/ubuntu:26.04 …/.temp_layer.control_data.9094.tar', emptyLayer: false, bytes: 1_000, compressedBytes: 389 },
    ],
    source: `${RI} repos/ubuntu/remote/latest.md (paths shortened with …), 2026-07; on-disk split estimated`,
    confidence: 'estimate',
  },
  config: { ...UBUNTU_24_04.config, labels: { 'org.opencontainers.image.title': 'ubuntu', 'org.opencontainers.image.version': '26.04' } },
  os: { ...UBUNTU_24_04.os, release: 'resolute', libcVersion: undefined, packageRelease: 'resolute' },
};

export const DEBIAN_IMAGES: readonly ImageRecord[] = [
  DEBIAN_BOOKWORM, DEBIAN_BOOKWORM_SLIM, DEBIAN_TRIXIE, DEBIAN_TRIXIE_SLIM, UBUNTU_22_04, UBUNTU_24_04, UBUNTU_26_04,
];
