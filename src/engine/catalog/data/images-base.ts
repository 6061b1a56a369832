// scratch, busybox and alpine (linux/amd64). Figures from docker-library/repo-info (path and date in each source);
// on-disk ("Virtual Size") from the repo's local/ files, compressed from remote/ files.
import type { ImageRecord } from '../types.ts';
import {
  ALPINE_BASE_PATHS, ALPINE_TOOLS, ALPINE_USERS, BUSYBOX_ASH, BUSYBOX_USERS, NO_TOOLS,
} from './common.ts';

const RI = 'docker-library/repo-info';

export const SCRATCH: ImageRecord = {
  repository: 'scratch',
  tag: '',
  aliases: [],
  title: 'scratch — the empty image (no files, no shell, no libc)',
  snapshot: '2026-09',
  platforms: { 'linux/amd64': { compressedBytes: 0 }, 'linux/arm64': { compressedBytes: 0 } },
  compressed: { bytes: 0, source: 'reserved empty image (BuildKit convert.go: llb.Scratch())', confidence: 'registry' },
  onDisk: { bytes: 0, source: 'reserved empty image (BuildKit convert.go: llb.Scratch())', confidence: 'registry' },
  layers: { items: [], source: 'FROM scratch adds no layer and is not a build step (convert.go emptyImageName)', confidence: 'registry' },
  config: {
    entrypoint: undefined, cmd: undefined, env: {}, workdir: '', user: '', stopSignal: undefined, exposedPorts: [],
    shell: ['/bin/sh', '-c'],
    source: 'empty image config; Docker defaults apply (shell ["/bin/sh","-c"], which does not exist here)', confidence: 'registry',
  },
  os: {
    family: 'scratch', release: undefined, libc: 'none', loaderPath: undefined, shell: undefined,
    packageManager: 'none', usrMerged: false, slim: true,
  },
  users: [],
  tools: NO_TOOLS,
  runtimes: [],
  fs: { paths: {}, source: 'empty image', confidence: 'registry' },
  notes: [
    'No /etc/passwd: USER with a name fails; a numeric USER (e.g. 65532) works.',
    'Shell-form RUN/CMD fail: there is no /bin/sh. Only a static binary (or one shipping its own libc) can run.',
  ],
};

export const BUSYBOX_LATEST: ImageRecord = {
  repository: 'docker.io/library/busybox',
  tag: 'latest',
  aliases: ['1', '1.38', '1.38.0', 'glibc', '1-glibc', '1.38-glibc', '1.38.0-glibc'],
  title: 'BusyBox 1.38 (glibc variant): one binary with sh and ~400 applets',
  snapshot: '2026-05',
  platforms: { 'linux/amd64': {}, 'linux/arm64': {} },
  compressed: {
    bytes: 2_150_000,
    source: 'estimate: 4.45 MB on disk at the usual ~2.1 gzip ratio for a busybox rootfs (simulation-model.md §3 gives 2.1–2.3 MB)',
    confidence: 'estimate',
  },
  onDisk: { bytes: 4_450_000, source: `${RI} repos/busybox/local/latest.md (Virtual Size 4.45 MB), 2026-05`, confidence: 'registry' },
  layers: {
    items: [
      { createdBy: 'ADD busybox.tar.xz / # buildkit', emptyLayer: false, bytes: 4_450_000, compressedBytes: 2_150_000 },
      { createdBy: 'CMD ["sh"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
    ],
    source: `${RI} repos/busybox/local/latest.md history; compressed split estimated, 2026-05`,
    confidence: 'estimate',
  },
  config: {
    entrypoint: undefined, cmd: ['sh'], env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
    workdir: '', user: '', stopSignal: undefined, exposedPorts: [], shell: ['/bin/sh', '-c'],
    source: `${RI} repos/busybox/local/latest.md, 2026-05`, confidence: 'registry',
  },
  os: {
    family: 'busybox', release: '1.38.0', libc: 'glibc', libcVersion: '2.36', loaderPath: '/lib64/ld-linux-x86-64.so.2',
    shell: BUSYBOX_ASH, packageManager: 'none', usrMerged: false, slim: true,
  },
  users: BUSYBOX_USERS,
  tools: { ...NO_TOOLS, wget: '/bin/wget' },
  runtimes: [],
  fs: {
    paths: {
      '/bin/busybox': { kind: 'file', size: 2_200_000, mode: 0o755 },
      '/bin/sh': { kind: 'file', size: 2_200_000, mode: 0o755 },
      '/bin/wget': { kind: 'file', size: 2_200_000, mode: 0o755 },
      '/lib64/ld-linux-x86-64.so.2': { kind: 'symlink', target: '/lib/ld-linux-x86-64.so.2' },
      '/lib/ld-linux-x86-64.so.2': { kind: 'file', size: 210_968, mode: 0o755 },
      '/lib/libc.so.6': { kind: 'file', size: 1_922_136, mode: 0o755 },
      '/etc/passwd': { kind: 'file', size: 340, mode: 0o644 },
      '/etc/group': { kind: 'file', size: 286, mode: 0o644 },
      '/tmp': { kind: 'dir' },
      '/root': { kind: 'dir' },
    },
    source: 'estimate: busybox glibc rootfs layout (applets are hard links of /bin/busybox; glibc copied into /lib)',
    confidence: 'estimate',
  },
  notes: ['No package manager and no CA bundle: HTTPS downloads with wget fail certificate checks.'],
};

const ALPINE_CONFIG = {
  entrypoint: undefined, cmd: ['/bin/sh'], env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
  workdir: '', user: '', stopSignal: undefined, exposedPorts: [], shell: ['/bin/sh', '-c'],
} as const;

const ALPINE_FS_SOURCE = 'estimate: alpine-minirootfs layout (busybox applet symlinks, musl loader, apk db)';

export const ALPINE_3_24: ImageRecord = {
  repository: 'docker.io/library/alpine',
  tag: '3.24',
  aliases: ['latest', '3', '3.24.2'],
  title: 'Alpine Linux 3.24 (musl, BusyBox, apk 3)',
  snapshot: '2026-09',
  platforms: { 'linux/amd64': {}, 'linux/arm64': {} },
  compressed: { bytes: 3_900_000, source: 'estimate: 3.23 is 3,848,507 B (repo-info python/remote/3.12-alpine3.23.md); 3.24 assumed ~1 % larger', confidence: 'estimate' },
  onDisk: { bytes: 8_300_000, source: 'estimate: 3.21 is 7.8 MB (repo-info alpine/local/3.21.8.md); later releases grow ~0.2 MB each', confidence: 'estimate' },
  layers: {
    items: [
      { createdBy: 'ADD alpine-minirootfs-3.24.2-x86_64.tar.gz / # buildkit', emptyLayer: false, bytes: 8_300_000, compressedBytes: 3_900_000 },
      { createdBy: 'CMD ["/bin/sh"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
    ],
    source: 'history shape as in repo-info alpine/remote/3.21.md (2026-09); sizes estimated as above',
    confidence: 'estimate',
  },
  config: { ...ALPINE_CONFIG, source: `${RI} repos/alpine/remote/3.21.md (same Dockerfile for every release), 2026-09`, confidence: 'registry' },
  os: {
    family: 'alpine', release: '3.24', libc: 'musl', libcVersion: '1.2.5', loaderPath: '/lib/ld-musl-x86_64.so.1',
    shell: BUSYBOX_ASH, packageManager: 'apk', packageRelease: '3.24', usrMerged: false, slim: true,
  },
  users: ALPINE_USERS,
  tools: ALPINE_TOOLS,
  runtimes: [],
  fs: { paths: ALPINE_BASE_PATHS, source: ALPINE_FS_SOURCE, confidence: 'estimate' },
};

export const ALPINE_3_23: ImageRecord = {
  ...ALPINE_3_24,
  tag: '3.23',
  aliases: ['3.23.6'],
  title: 'Alpine Linux 3.23 (musl, BusyBox, apk 3)',
  compressed: { bytes: 3_848_507, source: `${RI} repos/python/remote/3.12-alpine3.23.md (base layer), 2026-09`, confidence: 'registry' },
  onDisk: { bytes: 8_100_000, source: 'estimate: 3.21 is 7.8 MB (repo-info alpine/local/3.21.8.md); simulation-model.md §3 "≈8 MB"', confidence: 'estimate' },
  layers: {
    items: [
      { createdBy: 'ADD alpine-minirootfs-3.23.6-x86_64.tar.gz / # buildkit', emptyLayer: false, bytes: 8_100_000, compressedBytes: 3_848_507 },
      { createdBy: 'CMD ["/bin/sh"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
    ],
    source: `${RI} repos/python/remote/3.12-alpine3.23.md, 2026-09; on-disk estimated`,
    confidence: 'estimate',
  },
  os: { ...ALPINE_3_24.os, release: '3.23', packageRelease: '3.23' },
};

export const ALPINE_3_21: ImageRecord = {
  ...ALPINE_3_24,
  tag: '3.21',
  aliases: ['3.21.8'],
  title: 'Alpine Linux 3.21 (musl, BusyBox, apk 2)',
  platforms: { 'linux/amd64': { compressedBytes: 3_626_020 }, 'linux/arm64': { compressedBytes: 3_974_501 } },
  compressed: { bytes: 3_626_020, source: `${RI} repos/alpine/remote/3.21.md, 2026-09`, confidence: 'registry' },
  onDisk: { bytes: 7_800_000, source: `${RI} repos/alpine/local/3.21.8.md (Virtual Size 7.8 MB), 2026-09`, confidence: 'registry' },
  layers: {
    items: [
      { createdBy: 'ADD alpine-minirootfs-3.21.8-x86_64.tar.gz / # buildkit', emptyLayer: false, bytes: 7_800_000, compressedBytes: 3_626_020 },
      { createdBy: 'CMD ["/bin/sh"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
    ],
    source: `${RI} repos/alpine/remote/3.21.md, 2026-09`,
    confidence: 'registry',
  },
  os: { ...ALPINE_3_24.os, release: '3.21', packageRelease: '3.21' },
};

export const ALPINE_3_20: ImageRecord = {
  ...ALPINE_3_24,
  tag: '3.20',
  aliases: ['3.20.8'],
  title: 'Alpine Linux 3.20 (musl, BusyBox, apk 2) — end of life by 2026',
  snapshot: '2025-12',
  platforms: { 'linux/amd64': { compressedBytes: 3_627_056 }, 'linux/arm64': { compressedBytes: 4_089_377 } },
  compressed: { bytes: 3_627_056, source: 'maxmood96/repo-info (fork of docker-library/repo-info) repos/alpine/remote/3.20.md, 2025-12', confidence: 'registry' },
  onDisk: { bytes: 7_800_000, source: 'estimate: same compressed size as 3.21 (7.8 MB on disk)', confidence: 'estimate' },
  layers: {
    items: [
      { createdBy: 'ADD alpine-minirootfs-3.20.8-x86_64.tar.gz / # buildkit', emptyLayer: false, bytes: 7_800_000, compressedBytes: 3_627_056 },
      { createdBy: 'CMD ["/bin/sh"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
    ],
    source: 'maxmood96/repo-info repos/alpine/remote/3.20.md, 2025-12; on-disk estimated',
    confidence: 'estimate',
  },
  os: { ...ALPINE_3_24.os, release: '3.20', packageRelease: '3.20' },
};

export const ALPINE_3_18: ImageRecord = {
  ...ALPINE_3_24,
  tag: '3.18',
  aliases: ['3.18.12'],
  title: 'Alpine Linux 3.18 (musl, BusyBox, apk 2) — end of life since 2025',
  snapshot: '2025-05',
  compressed: { bytes: 3_420_000, source: 'estimate: between 3.17 (repo-info alpine/remote/3.17.md) and 3.20 (3,627,056 B)', confidence: 'estimate' },
  onDisk: { bytes: 7_350_000, source: 'estimate: 3.18 rootfs ≈ 7.3 MB on disk (between 3.17 and 3.20)', confidence: 'estimate' },
  layers: {
    items: [
      { createdBy: 'ADD alpine-minirootfs-3.18.12-x86_64.tar.gz / # buildkit', emptyLayer: false, bytes: 7_350_000, compressedBytes: 3_420_000 },
      { createdBy: 'CMD ["/bin/sh"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
    ],
    source: 'estimate: same history shape as every alpine release',
    confidence: 'estimate',
  },
  os: { ...ALPINE_3_24.os, release: '3.18', packageRelease: '3.18', libcVersion: '1.2.4' },
  notes: ['Alpine 3.18 is end of life: no security updates.'],
};

export const BASE_IMAGES: readonly ImageRecord[] = [
  SCRATCH, BUSYBOX_LATEST, ALPINE_3_24, ALPINE_3_23, ALPINE_3_21, ALPINE_3_20, ALPINE_3_18,
];
