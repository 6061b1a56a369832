// node (official image): 22, 22-slim, 22-alpine — linux/amd64.
import type { FsEntry, ImageRecord } from '../types.ts';
import {
  BUILDPACK_CURL_LAYER, BUILDPACK_FULL_LAYER, BUILDPACK_SCM_LAYER, BUILDPACK_SOURCE,
} from './buildpack-deps.ts';
import {
  ALPINE_BASE_PATHS, ALPINE_TOOLS, ALPINE_USERS, BUILDPACK_DEPS_PATHS, BUILDPACK_DEPS_TOOLS, BUSYBOX_ASH, DASH,
  DEBIAN_BASE_PATHS, DEBIAN_TOOLS, DEBIAN_USERS, NODE_SIGTERM, NODE_USER, NODE_USER_ALPINE,
} from './common.ts';
import { BOOKWORM_ROOTFS_LAYER, BOOKWORM_SLIM_ROOTFS_LAYER } from './images-debian.ts';

const RI = 'docker-library/repo-info';

const NODE_FS: Readonly<Record<string, FsEntry>> = {
  '/usr/local/bin/node': { kind: 'file', size: 118_000_000, mode: 0o755 },
  '/usr/local/bin/nodejs': { kind: 'symlink', target: '/usr/local/bin/node' },
  '/usr/local/bin/npm': { kind: 'symlink', target: '../lib/node_modules/npm/bin/npm-cli.js' },
  '/usr/local/bin/npx': { kind: 'symlink', target: '../lib/node_modules/npm/bin/npx-cli.js' },
  '/usr/local/lib/node_modules/npm': { kind: 'dir', size: 11_000_000 },
  '/usr/local/lib/node_modules/npm/bin/npm-cli.js': { kind: 'file', size: 2_800, mode: 0o755 },
  '/usr/local/lib/node_modules/npm/bin/npx-cli.js': { kind: 'file', size: 2_900, mode: 0o755 },
  '/usr/local/bin/yarn': { kind: 'symlink', target: '/opt/yarn-v1.22.22/bin/yarn' },
  '/opt/yarn-v1.22.22': { kind: 'dir', size: 5_000_000 },
  '/usr/local/bin/docker-entrypoint.sh': { kind: 'file', size: 388, mode: 0o755 },
  '/home/node': { kind: 'dir' },
};

const NODE_ENTRYPOINT_LAYER = {
  createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', emptyLayer: false, bytes: 388, compressedBytes: 446,
} as const;
const NODE_RUN = 'RUN /bin/sh -c ARCH= && dpkgArch="$(dpkg --print-architecture)" && case "${dpkgArch##*-}" in amd64) ARCH=\'x64\';; … esac && … curl -fsSLO --compressed "https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH.tar.xz" && … tar -xJf "node-v$NODE_VERSION-linux-$ARCH.tar.xz" -C /usr/local --strip-components=1 --no-same-owner && … ln -s /usr/local/bin/node /usr/local/bin/nodejs && node --version && npm --version && rm -rf /tmp/* # buildkit';
const YARN_RUN = 'RUN /bin/sh -c set -ex && … curl -fsSLO --compressed "https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz" && … tar -xzf yarn-v$YARN_VERSION.tar.gz -C /opt/ && ln -s /opt/yarn-v$YARN_VERSION/bin/yarn /usr/local/bin/yarn && … yarn --version && rm -rf /tmp/* # buildkit';
const NODE_ENV = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', NODE_VERSION: '22.23.2', YARN_VERSION: '1.22.22' } as const;

export const NODE_22: ImageRecord = {
  repository: 'docker.io/library/node',
  tag: '22',
  aliases: ['22-bookworm', '22.23.2', '22.23.2-bookworm', 'jod', 'jod-bookworm'],
  nearAliases: [
    { tag: 'latest', note: 'node:latest is the newest release line (on trixie) at snapshot time; figures are from node:22 (bookworm)' },
    { tag: 'lts', note: 'node:lts is 24 at snapshot time; figures are from node:22 (bookworm), same image recipe' },
    { tag: '24', note: 'node:24 is not in the catalog; figures are from node:22 (same recipe; node binary within ~10 %)' },
  ],
  title: 'Node.js 22 on buildpack-deps:bookworm (compilers, git, curl) — the big one',
  snapshot: '2026-09',
  platforms: { 'linux/amd64': { compressedBytes: 408_499_334 }, 'linux/arm64': { compressedBytes: 399_874_234 } },
  compressed: { bytes: 408_499_334, source: `${RI} repos/node/remote/22-bookworm.md, 2026-09`, confidence: 'registry' },
  onDisk: { bytes: 1_130_000_000, source: `${RI} repos/node/local/22.23.1-bookworm.md (Virtual Size 1.13 GB), 2026-09`, confidence: 'registry' },
  layers: {
    items: [
      BOOKWORM_ROOTFS_LAYER,
      BUILDPACK_CURL_LAYER,
      BUILDPACK_SCM_LAYER,
      BUILDPACK_FULL_LAYER,
      {
        createdBy: 'RUN /bin/sh -c groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node # buildkit',
        emptyLayer: false, bytes: 8_900, compressedBytes: 3_321,
      },
      { createdBy: 'ENV NODE_VERSION=22.23.2', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: NODE_RUN, emptyLayer: false, bytes: 166_744_485, compressedBytes: 58_553_286 },
      { createdBy: 'ENV YARN_VERSION=1.22.22', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: YARN_RUN, emptyLayer: false, bytes: 5_000_000, compressedBytes: 1_250_675 },
      NODE_ENTRYPOINT_LAYER,
      { createdBy: 'ENTRYPOINT ["docker-entrypoint.sh"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'CMD ["node"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
    ],
    source: `${BUILDPACK_SOURCE}; node/remote/22-bookworm.md for the node layers; node layer on-disk = total − the others (estimate)`,
    confidence: 'estimate',
  },
  config: {
    entrypoint: ['docker-entrypoint.sh'], cmd: ['node'], env: NODE_ENV, workdir: '', user: '', stopSignal: undefined,
    exposedPorts: [], shell: ['/bin/sh', '-c'], source: `${RI} repos/node/remote/22-bookworm.md, 2026-09`, confidence: 'registry',
  },
  os: {
    family: 'debian', release: 'bookworm', libc: 'glibc', libcVersion: '2.36', loaderPath: '/lib64/ld-linux-x86-64.so.2',
    shell: DASH, packageManager: 'apt', packageRelease: 'bookworm', packageSets: ['debian', 'buildpack-deps'],
    usrMerged: true, slim: false, aptDockerClean: true,
  },
  users: [...DEBIAN_USERS, NODE_USER],
  tools: { ...BUILDPACK_DEPS_TOOLS, node: '/usr/local/bin/node', npm: '/usr/local/bin/npm' },
  runtimes: [{ name: 'node', version: '22.23.2', binaryPath: '/usr/local/bin/node', ...NODE_SIGTERM }],
  fs: {
    paths: { ...DEBIAN_BASE_PATHS, ...BUILDPACK_DEPS_PATHS, ...NODE_FS },
    source: 'estimate: node official Dockerfile (tarball extracted into /usr/local, yarn in /opt)', confidence: 'estimate',
  },
  notes: [
    'The image runs as root by default; the `node` user (uid 1000) exists for `USER node`.',
    'docker-entrypoint.sh ends with `exec "$@"`, so node becomes PID 1 (nodejs/docker-node 22/bookworm/docker-entrypoint.sh).',
  ],
};

export const NODE_22_SLIM: ImageRecord = {
  ...NODE_22,
  tag: '22-slim',
  aliases: ['22-bookworm-slim', '22.23.2-slim', '22.23.2-bookworm-slim', 'jod-slim'],
  nearAliases: [{ tag: 'slim', note: 'node:slim is the newest release line at snapshot time; figures are from node:22-slim' }],
  title: 'Node.js 22 slim (debian:bookworm-slim + the node tarball; no compilers, no CA bundle)',
  platforms: { 'linux/amd64': { compressedBytes: 79_836_402 }, 'linux/arm64': {} },
  compressed: { bytes: 79_836_402, source: `${RI} repos/node/remote/22-bookworm-slim.md (79.9 MB; layers rounded to 0.1 MB), 2026-09`, confidence: 'registry' },
  onDisk: { bytes: 227_330_000, source: `${RI} repos/node/local/22-bookworm-slim.md (Virtual Size 227.33 MB), 2026-09`, confidence: 'registry' },
  layers: {
    items: [
      BOOKWORM_SLIM_ROOTFS_LAYER,
      {
        createdBy: 'RUN /bin/sh -c groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node # buildkit',
        emptyLayer: false, bytes: 8_900, compressedBytes: 3_300,
      },
      { createdBy: 'ENV NODE_VERSION=22.23.2', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      {
        createdBy: 'RUN /bin/sh -c ARCH= OPENSSL_ARCH= && dpkgArch="$(dpkg --print-architecture)" && … set -ex && apt-get update && apt-get install -y ca-certificates curl wget gnupg dirmngr xz-utils --no-install-recommends && rm -rf /var/lib/apt/lists/* && … tar -xJf "node-v$NODE_VERSION-linux-$ARCH.tar.xz" -C /usr/local --strip-components=1 --no-same-owner && … apt-mark auto \'.*\' > /dev/null && … apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false && … node --version && npm --version && rm -rf /tmp/* # buildkit',
        emptyLayer: false, bytes: 147_490_712, compressedBytes: 49_900_000,
      },
      { createdBy: 'ENV YARN_VERSION=1.22.22', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: YARN_RUN, emptyLayer: false, bytes: 5_000_000, compressedBytes: 1_700_000 },
      { createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', emptyLayer: false, bytes: 388, compressedBytes: 447 },
      { createdBy: 'ENTRYPOINT ["docker-entrypoint.sh"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'CMD ["node"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
    ],
    source: `${RI} repos/node/remote/22-bookworm-slim.md via simulation-model.md §3 (compressed), 2026-09; node layer on-disk = total − the others (estimate)`,
    confidence: 'estimate',
  },
  config: { ...NODE_22.config, source: `${RI} repos/node/remote/22-bookworm-slim.md, 2026-09` },
  os: { ...NODE_22.os, packageSets: ['debian'], slim: true },
  tools: { ...DEBIAN_TOOLS, node: '/usr/local/bin/node', npm: '/usr/local/bin/npm' },
  fs: { paths: { ...DEBIAN_BASE_PATHS, ...NODE_FS }, source: NODE_22.fs.source, confidence: 'estimate' },
  notes: [
    'curl, wget and ca-certificates are purged after the node install: no CA bundle for other tools (node carries its own).',
    'docker-entrypoint.sh ends with `exec "$@"`, so node becomes PID 1.',
  ],
};

export const NODE_22_ALPINE: ImageRecord = {
  ...NODE_22,
  tag: '22-alpine',
  aliases: ['22-alpine3.23', '22.23.2-alpine', '22.23.2-alpine3.23', 'jod-alpine'],
  nearAliases: [
    { tag: 'alpine', note: 'node:alpine is the newest release line at snapshot time; figures are from node:22-alpine' },
    { tag: 'lts-alpine', note: 'node:lts-alpine is 24 at snapshot time; figures are from node:22-alpine' },
    { tag: '22-alpine3.24', note: 'same recipe on Alpine 3.24; figures are from 22-alpine3.23' },
  ],
  title: 'Node.js 22 on Alpine 3.23 (musl build from unofficial-builds, BusyBox ash)',
  platforms: { 'linux/amd64': { compressedBytes: 60_598_954 }, 'linux/arm64': {} },
  compressed: { bytes: 60_598_954, source: `${RI} repos/node/remote/22-alpine3.23.md (60.6 MB; layers rounded), 2026-09`, confidence: 'registry' },
  onDisk: { bytes: 167_630_000, source: `${RI} repos/node/local/22-alpine3.23.md (Virtual Size 167.63 MB), 2026-09`, confidence: 'registry' },
  layers: {
    items: [
      { createdBy: 'ADD alpine-minirootfs-3.23.6-x86_64.tar.gz / # buildkit', emptyLayer: false, bytes: 8_100_000, compressedBytes: 3_848_507 },
      { createdBy: 'CMD ["/bin/sh"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV NODE_VERSION=22.23.2', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      {
        createdBy: 'RUN /bin/sh -c addgroup -g 1000 node && adduser -u 1000 -G node -s /bin/sh -D node && apk add --no-cache libstdc++ && apk add --no-cache --virtual .build-deps curl && … curl -fsSLO --compressed "https://unofficial-builds.nodejs.org/download/release/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH-musl.tar.xz" && … && apk del .build-deps && node --version && npm --version && rm -rf /tmp/* # buildkit',
        emptyLayer: false, bytes: 154_529_612, compressedBytes: 55_400_000,
      },
      { createdBy: 'ENV YARN_VERSION=1.22.22', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'RUN /bin/sh -c apk add --no-cache --virtual .build-deps-yarn curl gnupg tar && … && apk del .build-deps-yarn && yarn --version && rm -rf /tmp/* # buildkit', emptyLayer: false, bytes: 5_000_000, compressedBytes: 1_350_000 },
      { createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', emptyLayer: false, bytes: 388, compressedBytes: 447 },
      { createdBy: 'ENTRYPOINT ["docker-entrypoint.sh"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'CMD ["node"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
    ],
    source: `${RI} repos/node/remote/22-alpine3.23.md via simulation-model.md §3 (compressed), 2026-09; node layer on-disk = total − the others (estimate)`,
    confidence: 'estimate',
  },
  config: { ...NODE_22.config, source: `${RI} repos/node/remote/22-alpine3.23.md, 2026-09` },
  os: {
    family: 'alpine', release: '3.23', libc: 'musl', libcVersion: '1.2.5', loaderPath: '/lib/ld-musl-x86_64.so.1',
    shell: BUSYBOX_ASH, packageManager: 'apk', packageRelease: '3.23', usrMerged: false, slim: true,
  },
  users: [...ALPINE_USERS, NODE_USER_ALPINE],
  tools: { ...ALPINE_TOOLS, node: '/usr/local/bin/node', npm: '/usr/local/bin/npm' },
  fs: {
    paths: { ...ALPINE_BASE_PATHS, ...NODE_FS, '/usr/lib/libstdc++.so.6': { kind: 'file', size: 2_700_000, mode: 0o755 } },
    source: NODE_22.fs.source, confidence: 'estimate',
  },
  notes: ['musl: npm packages with native addons need a musl prebuild or build tools (python3, make, g++).'],
};

export const NODE_IMAGES: readonly ImageRecord[] = [NODE_22, NODE_22_SLIM, NODE_22_ALPINE];
