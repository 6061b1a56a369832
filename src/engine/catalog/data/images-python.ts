// python (official image): 3.12, 3.12-slim, 3.12-alpine, 3.11, 3.11-slim, 3.6-alpine — linux/amd64.
import type { FsEntry, ImageRecord } from '../types.ts';
import {
  BUILDPACK_CURL_LAYER, BUILDPACK_FULL_LAYER, BUILDPACK_SCM_LAYER, BUILDPACK_SOURCE,
} from './buildpack-deps.ts';
import {
  ALPINE_BASE_PATHS, ALPINE_TOOLS, ALPINE_USERS, BUILDPACK_DEPS_PATHS, BUILDPACK_DEPS_TOOLS, BUSYBOX_ASH, CA_BUNDLE,
  CA_PATHS, DASH, DEBIAN_BASE_PATHS, DEBIAN_TOOLS, DEBIAN_USERS, PYTHON_SIGTERM,
} from './common.ts';
import { BOOKWORM_ROOTFS_LAYER, BOOKWORM_SLIM_ROOTFS_LAYER } from './images-debian.ts';

const RI = 'docker-library/repo-info';
const PY_PATH = '/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const GPG_KEY_312 = '7169605F62C751356D054A26A821E680E5FA6305';
const SHA_31214 = '5c8462af5790baf43a321a1559dbe0db06d1be4300fb85fb53c40060668e548a';

const PY312_FS: Readonly<Record<string, FsEntry>> = {
  '/usr/local/bin/python3.12': { kind: 'file', size: 14_480, mode: 0o755 },
  '/usr/local/bin/python3': { kind: 'symlink', target: 'python3.12' },
  '/usr/local/bin/python': { kind: 'symlink', target: 'python3' },
  '/usr/local/bin/pip3': { kind: 'file', size: 229, mode: 0o755 },
  '/usr/local/bin/pip': { kind: 'symlink', target: 'pip3' },
  '/usr/local/lib/libpython3.12.so.1.0': { kind: 'file', size: 7_400_000, mode: 0o755 },
  '/usr/local/lib/python3.12': { kind: 'dir', size: 30_000_000 },
};

const PY311_FS: Readonly<Record<string, FsEntry>> = {
  '/usr/local/bin/python3.11': { kind: 'file', size: 14_480, mode: 0o755 },
  '/usr/local/bin/python3': { kind: 'symlink', target: 'python3.11' },
  '/usr/local/bin/python': { kind: 'symlink', target: 'python3' },
  '/usr/local/bin/pip3': { kind: 'file', size: 229, mode: 0o755 },
  '/usr/local/bin/pip': { kind: 'symlink', target: 'pip3' },
  '/usr/local/lib/libpython3.11.so.1.0': { kind: 'file', size: 7_400_000, mode: 0o755 },
  '/usr/local/lib/python3.11': { kind: 'dir', size: 30_000_000 },
};

const PY36_FS: Readonly<Record<string, FsEntry>> = {
  '/usr/local/bin/python3.6': { kind: 'file', size: 14_480, mode: 0o755 },
  '/usr/local/bin/python3': { kind: 'symlink', target: 'python3.6' },
  '/usr/local/bin/python': { kind: 'symlink', target: 'python3' },
  '/usr/local/bin/pip3': { kind: 'file', size: 229, mode: 0o755 },
  '/usr/local/bin/pip': { kind: 'symlink', target: 'pip3' },
  '/usr/local/lib/libpython3.6.so.1.0': { kind: 'file', size: 7_400_000, mode: 0o755 },
  '/usr/local/lib/python3.6': { kind: 'dir', size: 30_000_000 },
};

const BUILD_312 = 'RUN /bin/sh -c set -eux; wget -O python.tar.xz "https://www.python.org/ftp/python/…/Python-$PYTHON_VERSION.tar.xz"; … ./configure --build="$gnuArch" --enable-loadable-sqlite-extensions --enable-optimizations --enable-option-checking=fatal --enable-shared --with-lto --with-ensurepip ; make -j "$nproc" …; make install; … python3 --version; pip3 --version # buildkit';
const BUILD_SLIM = 'RUN /bin/sh -c set -eux; savedAptMark="$(apt-mark showmanual)"; apt-get update; apt-get install -y --no-install-recommends dpkg-dev gcc gnupg libbluetooth-dev libbz2-dev libc6-dev libdb-dev libffi-dev libgdbm-dev liblzma-dev libncursesw5-dev libreadline-dev libsqlite3-dev libssl-dev make tk-dev uuid-dev wget xz-utils zlib1g-dev ; … ./configure … --enable-optimizations --enable-shared --with-lto --with-ensurepip ; … make install; … apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; rm -rf /var/lib/apt/lists/*; … pip3 --version # buildkit';
const SYMLINKS = 'RUN /bin/sh -c set -eux; for src in idle3 pip3 pydoc3 python3 python3-config; do dst="$(echo "$src" | tr -d 3)"; [ -s "/usr/local/bin/$src" ]; [ ! -e "/usr/local/bin/$dst" ]; ln -svT "$src" "/usr/local/bin/$dst"; done # buildkit';

export const PYTHON_3_12: ImageRecord = {
  repository: 'docker.io/library/python',
  tag: '3.12',
  aliases: ['3.12-bookworm', '3.12.14', '3.12.14-bookworm'],
  nearAliases: [
    { tag: 'latest', note: 'python:latest is 3.14 on Debian trixie at snapshot time; figures are from python:3.12 (bookworm), within ~5 %' },
    { tag: '3', note: 'python:3 is 3.14 on Debian trixie at snapshot time; figures are from python:3.12 (bookworm), within ~5 %' },
    { tag: 'bookworm', note: 'python:bookworm is 3.14 on bookworm; figures are from python:3.12-bookworm' },
  ],
  title: 'Python 3.12 on buildpack-deps:bookworm (compilers, -dev headers, git, curl) — the big one',
  snapshot: '2026-09',
  platforms: { 'linux/amd64': { compressedBytes: 380_573_758 }, 'linux/arm64': { compressedBytes: 371_169_680 } },
  compressed: { bytes: 380_573_758, source: `${RI} repos/python/remote/3.12-bookworm.md, 2026-09`, confidence: 'registry' },
  onDisk: { bytes: 1_020_000_000, source: `${RI} repos/python/local/3.12-bookworm.md (Virtual Size 1.02 GB), 2026-09`, confidence: 'registry' },
  layers: {
    items: [
      BOOKWORM_ROOTFS_LAYER,
      BUILDPACK_CURL_LAYER,
      BUILDPACK_SCM_LAYER,
      BUILDPACK_FULL_LAYER,
      { createdBy: `ENV PATH=${PY_PATH}`, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV LANG=C.UTF-8', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      {
        createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends libbluetooth-dev tk-dev uuid-dev ; rm -rf /var/lib/apt/lists/* # buildkit',
        emptyLayer: false, bytes: 16_000_000, compressedBytes: 6_162_391,
      },
      { createdBy: `ENV GPG_KEY=${GPG_KEY_312}`, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV PYTHON_VERSION=3.12.14', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: `ENV PYTHON_SHA256=${SHA_31214}`, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: BUILD_312, emptyLayer: false, bytes: 45_753_737, compressedBytes: 25_719_512 },
      { createdBy: SYMLINKS, emptyLayer: false, bytes: 36, compressedBytes: 249 },
      { createdBy: 'CMD ["python3"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
    ],
    source: `${BUILDPACK_SOURCE}; tk layer on-disk estimated at 2.6× compressed; python layer on-disk = total − the others (estimate)`,
    confidence: 'estimate',
  },
  config: {
    entrypoint: undefined, cmd: ['python3'],
    env: { PATH: PY_PATH, LANG: 'C.UTF-8', GPG_KEY: GPG_KEY_312, PYTHON_VERSION: '3.12.14', PYTHON_SHA256: SHA_31214 },
    workdir: '', user: '', stopSignal: undefined, exposedPorts: [], shell: ['/bin/sh', '-c'],
    source: `${RI} repos/python/remote/3.12-bookworm.md, 2026-09`, confidence: 'registry',
  },
  os: {
    family: 'debian', release: 'bookworm', libc: 'glibc', libcVersion: '2.36', loaderPath: '/lib64/ld-linux-x86-64.so.2',
    shell: DASH, packageManager: 'apt', packageRelease: 'bookworm', packageSets: ['debian', 'buildpack-deps'],
    usrMerged: true, slim: false, aptDockerClean: true,
  },
  users: DEBIAN_USERS,
  tools: { ...BUILDPACK_DEPS_TOOLS, python3: '/usr/local/bin/python3', pip: '/usr/local/bin/pip' },
  runtimes: [{ name: 'python', version: '3.12.14', binaryPath: '/usr/local/bin/python3', ...PYTHON_SIGTERM }],
  fs: {
    paths: { ...DEBIAN_BASE_PATHS, ...BUILDPACK_DEPS_PATHS, ...PY312_FS },
    source: 'estimate: official python Dockerfile installs into /usr/local (make install + symlinks)', confidence: 'estimate',
  },
  notes: ['Debian\'s own python3 (3.11) is also present at /usr/bin/python3 (pulled in by mercurial); /usr/local/bin comes first in PATH.'],
};

export const PYTHON_3_12_SLIM: ImageRecord = {
  ...PYTHON_3_12,
  tag: '3.12-slim',
  aliases: ['3.12-slim-bookworm', '3.12.14-slim', '3.12.14-slim-bookworm'],
  nearAliases: [
    { tag: 'slim', note: 'python:slim is 3.14 on trixie at snapshot time; figures are from python:3.12-slim (bookworm)' },
  ],
  title: 'Python 3.12 slim (debian:bookworm-slim + CPython; no compilers)',
  platforms: { 'linux/amd64': { compressedBytes: 45_437_565 }, 'linux/arm64': { compressedBytes: 45_088_091 } },
  compressed: { bytes: 45_437_565, source: `${RI} repos/python/remote/3.12-slim-bookworm.md, 2026-08`, confidence: 'registry' },
  onDisk: { bytes: 124_300_000, source: `${RI} repos/python/local/3.12-slim-bookworm.md (3.12.13, Virtual Size 124.3 MB), 2026-08`, confidence: 'registry' },
  layers: {
    items: [
      BOOKWORM_SLIM_ROOTFS_LAYER,
      { createdBy: `ENV PATH=${PY_PATH}`, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV LANG=C.UTF-8', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      {
        createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates netbase tzdata ; rm -rf /var/lib/apt/lists/* # buildkit',
        emptyLayer: false, bytes: 8_700_000, compressedBytes: 3_533_361,
      },
      { createdBy: `ENV GPG_KEY=${GPG_KEY_312}`, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV PYTHON_VERSION=3.12.14', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: `ENV PYTHON_SHA256=${SHA_31214}`, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: BUILD_SLIM, emptyLayer: false, bytes: 40_769_964, compressedBytes: 13_671_299 },
      { createdBy: SYMLINKS, emptyLayer: false, bytes: 36, compressedBytes: 250 },
      { createdBy: 'CMD ["python3"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
    ],
    source: `${RI} repos/python/remote/3.12-slim-bookworm.md (compressed), 2026-08; ca-certificates layer on-disk = dpkg size of its closure (measured) minus docs; python layer = total − the others (estimate)`,
    confidence: 'estimate',
  },
  config: { ...PYTHON_3_12.config, source: `${RI} repos/python/remote/3.12-slim-bookworm.md, 2026-08` },
  os: { ...PYTHON_3_12.os, packageSets: ['debian', 'python-slim'], slim: true },
  tools: { ...DEBIAN_TOOLS, 'ca-certificates': CA_BUNDLE, python3: '/usr/local/bin/python3', pip: '/usr/local/bin/pip' },
  fs: { paths: { ...DEBIAN_BASE_PATHS, ...CA_PATHS, ...PY312_FS }, source: PYTHON_3_12.fs.source, confidence: 'estimate' },
  notes: ['No compiler: pip packages without a manylinux wheel fail to build here (use a builder stage).'],
};

export const PYTHON_3_12_ALPINE: ImageRecord = {
  ...PYTHON_3_12,
  tag: '3.12-alpine',
  aliases: ['3.12-alpine3.23', '3.12.14-alpine', '3.12.14-alpine3.23'],
  nearAliases: [
    { tag: 'alpine', note: 'python:alpine is 3.14 at snapshot time; figures are from python:3.12-alpine' },
    { tag: '3.12-alpine3.24', note: 'same Dockerfile on Alpine 3.24; figures are from 3.12-alpine3.23' },
  ],
  title: 'Python 3.12 on Alpine 3.23 (musl, BusyBox ash, apk)',
  platforms: { 'linux/amd64': { compressedBytes: 18_068_755 }, 'linux/arm64': {} },
  compressed: { bytes: 18_068_755, source: `${RI} repos/python/remote/3.12-alpine3.23.md (18.0 MB; layers rounded to 0.01 MB), 2026-09`, confidence: 'registry' },
  onDisk: { bytes: 48_840_000, source: `${RI} repos/python/local/3.12-alpine3.23.md (Virtual Size 48.84 MB), 2026-09`, confidence: 'registry' },
  layers: {
    items: [
      { createdBy: 'ADD alpine-minirootfs-3.23.6-x86_64.tar.gz / # buildkit', emptyLayer: false, bytes: 8_100_000, compressedBytes: 3_848_507 },
      { createdBy: 'CMD ["/bin/sh"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: `ENV PATH=${PY_PATH}`, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV LANG=C.UTF-8', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'RUN /bin/sh -c set -eux; apk add --no-cache ca-certificates tzdata ; # buildkit', emptyLayer: false, bytes: 1_150_000, compressedBytes: 420_000 },
      { createdBy: `ENV GPG_KEY=${GPG_KEY_312}`, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV PYTHON_VERSION=3.12.14', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: `ENV PYTHON_SHA256=${SHA_31214}`, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      {
        createdBy: 'RUN /bin/sh -c set -eux; apk add --no-cache --virtual .build-deps bluez-dev bzip2-dev dpkg-dev dpkg findutils gcc gdbm-dev gnupg libc-dev libffi-dev libnsl-dev libtirpc-dev linux-headers make ncurses-dev openssl-dev pax-utils readline-dev sqlite-dev tar tcl-dev tk tk-dev util-linux-dev xz-dev zlib-dev ; … ./configure … --enable-shared --with-lto --with-ensurepip ; … make install; … apk del --no-network .build-deps; … pip3 --version # buildkit',
        emptyLayer: false, bytes: 39_589_964, compressedBytes: 13_800_000,
      },
      { createdBy: SYMLINKS, emptyLayer: false, bytes: 36, compressedBytes: 248 },
      { createdBy: 'CMD ["python3"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
    ],
    source: `${RI} repos/python/remote/3.12-alpine3.23.md via simulation-model.md §3 (compressed), 2026-09; on-disk split estimated (python layer = total − the others)`,
    confidence: 'estimate',
  },
  config: { ...PYTHON_3_12.config, source: `${RI} repos/python/remote/3.12-alpine3.23.md, 2026-09` },
  os: {
    family: 'alpine', release: '3.23', libc: 'musl', libcVersion: '1.2.5', loaderPath: '/lib/ld-musl-x86_64.so.1',
    shell: BUSYBOX_ASH, packageManager: 'apk', packageRelease: '3.23', usrMerged: false, slim: true,
  },
  users: ALPINE_USERS,
  tools: { ...ALPINE_TOOLS, python3: '/usr/local/bin/python3', pip: '/usr/local/bin/pip' },
  fs: { paths: { ...ALPINE_BASE_PATHS, ...PY312_FS }, source: PYTHON_3_12.fs.source, confidence: 'estimate' },
  notes: ['musl: pip needs musllinux wheels; packages without one compile from source and need build-base.'],
};

export const PYTHON_3_11: ImageRecord = {
  ...PYTHON_3_12,
  tag: '3.11',
  aliases: ['3.11-bookworm', '3.11.15', '3.11.15-bookworm'],
  nearAliases: [{ tag: '3.11.9', note: '3.11.9 is an older patch release of the same image line; figures are from 3.11.15' }],
  title: 'Python 3.11 on buildpack-deps:bookworm',
  platforms: { 'linux/amd64': {}, 'linux/arm64': {} },
  compressed: { bytes: 378_854_246, source: 'estimate: python:3.12 (repo-info) with a 24.0 MB CPython layer (3.11 builds slightly smaller); simulation-model.md §3 "≈ same ±5 %"', confidence: 'estimate' },
  onDisk: { bytes: 1_016_246_263, source: 'estimate: python:3.12 1.02 GB with a 42 MB CPython layer', confidence: 'estimate' },
  layers: {
    items: [
      BOOKWORM_ROOTFS_LAYER,
      BUILDPACK_CURL_LAYER,
      BUILDPACK_SCM_LAYER,
      BUILDPACK_FULL_LAYER,
      { createdBy: `ENV PATH=${PY_PATH}`, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV LANG=C.UTF-8', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      {
        createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends libbluetooth-dev tk-dev uuid-dev ; rm -rf /var/lib/apt/lists/* # buildkit',
        emptyLayer: false, bytes: 16_000_000, compressedBytes: 6_162_391,
      },
      { createdBy: 'ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV PYTHON_VERSION=3.11.15', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV PYTHON_SHA256=…', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: BUILD_312, emptyLayer: false, bytes: 42_000_000, compressedBytes: 24_000_000 },
      { createdBy: SYMLINKS, emptyLayer: false, bytes: 36, compressedBytes: 249 },
      { createdBy: 'CMD ["python3"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
    ],
    source: 'estimate: python:3.12 layer list with 3.11 values',
    confidence: 'estimate',
  },
  config: {
    ...PYTHON_3_12.config,
    env: { ...PYTHON_3_12.config.env, GPG_KEY: 'A035C8C19219BA821ECEA86B64E628F8D684696D', PYTHON_VERSION: '3.11.15', PYTHON_SHA256: '…' },
    source: 'estimate: same Dockerfile template as 3.12 (docker-library/python), 3.11 release key',
    confidence: 'estimate',
  },
  runtimes: [{ name: 'python', version: '3.11.15', binaryPath: '/usr/local/bin/python3', ...PYTHON_SIGTERM }],
  fs: { paths: { ...DEBIAN_BASE_PATHS, ...BUILDPACK_DEPS_PATHS, ...PY311_FS }, source: PYTHON_3_12.fs.source, confidence: 'estimate' },
};

export const PYTHON_3_11_SLIM: ImageRecord = {
  ...PYTHON_3_12_SLIM,
  tag: '3.11-slim',
  aliases: ['3.11-slim-bookworm', '3.11.15-slim', '3.11.15-slim-bookworm'],
  nearAliases: [
    { tag: '3.11.9-slim-bookworm', note: '3.11.9 is an older patch release (2024) of the same image line; figures are from 3.11.15-slim-bookworm' },
    { tag: '3.11.9-slim', note: '3.11.9 is an older patch release (2024) of the same image line; figures are from 3.11.15-slim-bookworm' },
  ],
  title: 'Python 3.11 slim (debian:bookworm-slim + CPython)',
  platforms: { 'linux/amd64': {}, 'linux/arm64': {} },
  compressed: { bytes: 44_566_266, source: 'estimate: python:3.12-slim (repo-info) with a 12.8 MB CPython layer; simulation-model.md §3 "≈44 MB"', confidence: 'estimate' },
  onDisk: { bytes: 121_530_036, source: 'estimate: python:3.12-slim 124.3 MB with a 38 MB CPython layer; simulation-model.md §3 "≈122 MB"', confidence: 'estimate' },
  layers: {
    items: [
      BOOKWORM_SLIM_ROOTFS_LAYER,
      { createdBy: `ENV PATH=${PY_PATH}`, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV LANG=C.UTF-8', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      {
        createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates netbase tzdata ; rm -rf /var/lib/apt/lists/* # buildkit',
        emptyLayer: false, bytes: 8_700_000, compressedBytes: 3_533_361,
      },
      { createdBy: 'ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV PYTHON_VERSION=3.11.15', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV PYTHON_SHA256=…', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: BUILD_SLIM, emptyLayer: false, bytes: 38_000_000, compressedBytes: 12_800_000 },
      { createdBy: SYMLINKS, emptyLayer: false, bytes: 36, compressedBytes: 250 },
      { createdBy: 'CMD ["python3"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
    ],
    source: 'estimate: python:3.12-slim layer list with 3.11 values',
    confidence: 'estimate',
  },
  config: { ...PYTHON_3_11.config },
  runtimes: PYTHON_3_11.runtimes,
  fs: { paths: { ...DEBIAN_BASE_PATHS, ...CA_PATHS, ...PY311_FS }, source: PYTHON_3_12.fs.source, confidence: 'estimate' },
};

export const PYTHON_3_6_ALPINE: ImageRecord = {
  ...PYTHON_3_12_ALPINE,
  tag: '3.6-alpine',
  aliases: ['3.6-alpine3.15', '3.6.15-alpine', '3.6.15-alpine3.15'],
  nearAliases: [],
  title: 'Python 3.6 on Alpine 3.15 — end of life since December 2021, no security fixes',
  snapshot: '2021-12',
  platforms: { 'linux/amd64': {}, 'linux/arm64': {} },
  compressed: { bytes: 16_620_036, source: 'estimate: python:3.6-alpine (last build, 2021-12) was ≈16–17 MB compressed; layers below', confidence: 'estimate' },
  onDisk: { bytes: 48_700_036, source: 'estimate: ≈ python:3.12-alpine minus the newer CPython, plus the separate get-pip layer of that era', confidence: 'estimate' },
  layers: {
    items: [
      { createdBy: 'ADD file:… in / ', emptyLayer: false, bytes: 5_600_000, compressedBytes: 2_820_000 },
      { createdBy: 'CMD ["/bin/sh"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV LANG=C.UTF-8', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'RUN /bin/sh -c set -eux; apk add --no-cache ca-certificates tzdata ;', emptyLayer: false, bytes: 1_100_000, compressedBytes: 400_000 },
      { createdBy: 'ENV GPG_KEY=0D96DF4D4110E5C43FBFB17F2D347EA6AA65421D', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV PYTHON_VERSION=3.6.15', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'RUN /bin/sh -c set -ex && apk add --no-cache --virtual .fetch-deps gnupg tar xz && … ./configure … --enable-shared … && make install && … apk del --no-network .build-deps', emptyLayer: false, bytes: 33_000_000, compressedBytes: 11_000_000 },
      { createdBy: 'RUN /bin/sh -c cd /usr/local/bin && ln -s idle3 idle && ln -s pydoc3 pydoc && ln -s python3 python && ln -s python3-config python-config', emptyLayer: false, bytes: 36, compressedBytes: 36 },
      { createdBy: 'ENV PYTHON_PIP_VERSION=21.2.4', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV PYTHON_SETUPTOOLS_VERSION=57.5.0', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'RUN /bin/sh -c set -ex; wget -O get-pip.py "$PYTHON_GET_PIP_URL"; … python get-pip.py --disable-pip-version-check --no-cache-dir "pip==$PYTHON_PIP_VERSION" "setuptools==$PYTHON_SETUPTOOLS_VERSION"; …', emptyLayer: false, bytes: 9_000_000, compressedBytes: 2_400_000 },
      { createdBy: 'CMD ["python3"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
    ],
    source: 'estimate: docker-library/python 3.6/alpine3.15 Dockerfile shape (2021); sizes estimated',
    confidence: 'estimate',
  },
  config: {
    entrypoint: undefined, cmd: ['python3'],
    env: { PATH: PY_PATH, LANG: 'C.UTF-8', GPG_KEY: '0D96DF4D4110E5C43FBFB17F2D347EA6AA65421D', PYTHON_VERSION: '3.6.15', PYTHON_PIP_VERSION: '21.2.4' },
    workdir: '', user: '', stopSignal: undefined, exposedPorts: [], shell: ['/bin/sh', '-c'],
    source: 'estimate: docker-library/python 3.6 Dockerfile (2021)', confidence: 'estimate',
  },
  os: { ...PYTHON_3_12_ALPINE.os, release: '3.15', libcVersion: '1.2.2', packageRelease: '3.15' },
  runtimes: [{ name: 'python', version: '3.6.15', binaryPath: '/usr/local/bin/python3', ...PYTHON_SIGTERM }],
  fs: { paths: { ...ALPINE_BASE_PATHS, ...PY36_FS }, source: PYTHON_3_12.fs.source, confidence: 'estimate' },
  notes: ['Python 3.6 and Alpine 3.15 are end of life: no security fixes; many current wheels no longer support 3.6.'],
};

export const PYTHON_IMAGES: readonly ImageRecord[] = [
  PYTHON_3_12, PYTHON_3_12_SLIM, PYTHON_3_12_ALPINE, PYTHON_3_11, PYTHON_3_11_SLIM, PYTHON_3_6_ALPINE,
];
