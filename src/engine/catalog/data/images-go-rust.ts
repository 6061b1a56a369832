// golang (1.25, 1.23, 1.25-alpine, 1.22-alpine, 1.20-alpine) and rust (1.85, 1.85-slim) — linux/amd64.
// golang 1.20–1.24 and rust 1.8x are no longer tracked by repo-info's 2026 snapshot; they are estimated from the
// tracked tags with the same Dockerfile (simulation-model.md §3) or read from an older fork of repo-info.
import type { FsEntry, ImageRecord } from '../types.ts';
import { BUILDPACK_CURL_LAYER, BUILDPACK_FULL_LAYER, BUILDPACK_SCM_LAYER } from './buildpack-deps.ts';
import {
  ALPINE_BASE_PATHS, ALPINE_TOOLS, ALPINE_USERS, BUILDPACK_DEPS_PATHS, BUILDPACK_DEPS_TOOLS, BUSYBOX_ASH, CA_BUNDLE,
  CA_PATHS, DASH, DEBIAN_BASE_PATHS, DEBIAN_TOOLS, DEBIAN_USERS, GO_SIGTERM, RUST_SIGTERM,
} from './common.ts';
import { BOOKWORM_ROOTFS_LAYER } from './images-debian.ts';

const RI = 'docker-library/repo-info';
const GO_PATH = '/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const GO_FS: Readonly<Record<string, FsEntry>> = {
  '/usr/local/go/bin/go': { kind: 'file', size: 14_000_000, mode: 0o755 },
  '/usr/local/go/bin/gofmt': { kind: 'file', size: 3_100_000, mode: 0o755 },
  '/usr/local/go': { kind: 'dir', size: 200_000_000 },
  '/go/bin': { kind: 'dir' },
  '/go/src': { kind: 'dir' },
};

export const GOLANG_1_25: ImageRecord = {
  repository: 'docker.io/library/golang',
  tag: '1.25',
  aliases: ['1.25-bookworm', '1.25.12', '1.25.12-bookworm'],
  nearAliases: [
    { tag: 'latest', note: 'golang:latest is a newer Go on trixie at snapshot time; figures are from golang:1.25 (bookworm)' },
    { tag: '1', note: 'golang:1 is a newer Go at snapshot time; figures are from golang:1.25 (bookworm)' },
    { tag: 'bookworm', note: 'figures are from golang:1.25-bookworm' },
  ],
  title: 'Go 1.25 on buildpack-deps:bookworm-scm + gcc (the full toolchain image)',
  snapshot: '2026-07',
  platforms: { 'linux/amd64': { compressedBytes: 289_709_620 }, 'linux/arm64': { compressedBytes: 280_823_148 } },
  compressed: { bytes: 289_709_620, source: `${RI} repos/golang/remote/1.25-bookworm.md, 2026-07`, confidence: 'registry' },
  onDisk: { bytes: 807_360_000, source: `${RI} repos/golang/local/1.25-bookworm.md (Virtual Size 807.36 MB), 2026-07`, confidence: 'registry' },
  layers: {
    items: [
      { createdBy: "# debian.sh --arch 'amd64' out/ 'bookworm' '@1783900800'", emptyLayer: false, bytes: 116_570_000, compressedBytes: 48_497_403 },
      { ...BUILDPACK_CURL_LAYER, compressedBytes: 24_044_100 },
      { ...BUILDPACK_SCM_LAYER, compressedBytes: 64_408_455 },
      {
        createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends g++ gcc libc6-dev make pkg-config ; dpkgArch="$(dpkg --print-architecture)"; if [ "$dpkgArch" = \'arm64\' ]; then apt-get install -y --no-install-recommends binutils-gold; fi; rm -rf /var/lib/apt/lists/* # buildkit',
        emptyLayer: false, bytes: 276_153_303, compressedBytes: 92_512_745,
      },
      { createdBy: 'ENV GOLANG_VERSION=1.25.12', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV GOTOOLCHAIN=local', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV GOPATH=/go', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: `ENV PATH=${GO_PATH}`, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'COPY /target/ / # buildkit', emptyLayer: false, bytes: 198_740_510, compressedBytes: 60_246_758 },
      { createdBy: 'RUN /bin/sh -c mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH" # buildkit', emptyLayer: false, bytes: 0, compressedBytes: 127 },
      { createdBy: 'WORKDIR /go', emptyLayer: false, bytes: 0, compressedBytes: 32 },
    ],
    source: `${RI} repos/golang/remote/1.25-bookworm.md (compressed), 2026-07; apt layers on-disk = dpkg sizes × 1.06 (measured × estimate); Go tree = total − the others`,
    confidence: 'estimate',
  },
  config: {
    entrypoint: undefined, cmd: ['bash'], env: { PATH: GO_PATH, GOLANG_VERSION: '1.25.12', GOTOOLCHAIN: 'local', GOPATH: '/go' },
    workdir: '/go', user: '', stopSignal: undefined, exposedPorts: [], shell: ['/bin/sh', '-c'],
    source: `${RI} repos/golang/remote/1.25-bookworm.md, 2026-07`, confidence: 'registry',
  },
  os: {
    family: 'debian', release: 'bookworm', libc: 'glibc', libcVersion: '2.36', loaderPath: '/lib64/ld-linux-x86-64.so.2',
    shell: DASH, packageManager: 'apt', packageRelease: 'bookworm', packageSets: ['debian', 'golang'],
    usrMerged: true, slim: false, aptDockerClean: true,
  },
  users: DEBIAN_USERS,
  tools: { ...BUILDPACK_DEPS_TOOLS, go: '/usr/local/go/bin/go' },
  runtimes: [{ name: 'go', version: '1.25.12', binaryPath: '/usr/local/go/bin/go', ...GO_SIGTERM }],
  fs: { paths: { ...DEBIAN_BASE_PATHS, ...BUILDPACK_DEPS_PATHS, ...GO_FS }, source: 'estimate: golang official Dockerfile (Go in /usr/local/go, GOPATH /go)', confidence: 'estimate' },
  notes: ['A build image: copy the compiled binary into distroless/static or scratch for the runtime stage (CGO_ENABLED=0 for a static binary).'],
};

export const GOLANG_1_23: ImageRecord = {
  ...GOLANG_1_25,
  tag: '1.23',
  aliases: ['1.23-bookworm', '1.23.12', '1.23.12-bookworm'],
  nearAliases: [{ tag: '1.22', note: 'golang:1.22 is not in the catalog; figures are from golang:1.23 (same Dockerfile)' }],
  title: 'Go 1.23 on buildpack-deps:bookworm-scm + gcc — end of life by 2026',
  snapshot: '2025-08',
  platforms: { 'linux/amd64': {}, 'linux/arm64': {} },
  compressed: { bytes: 289_709_620, source: 'estimate: golang:1.25-bookworm figures (repo-info 2026-07); Go 1.23 not tracked any more, same Dockerfile (simulation-model.md §3 "±5 %")', confidence: 'estimate' },
  onDisk: { bytes: 807_360_000, source: 'estimate: golang:1.25-bookworm 807.36 MB (repo-info local, 2026-07); same Dockerfile', confidence: 'estimate' },
  layers: {
    items: [
      { createdBy: "# debian.sh --arch 'amd64' out/ 'bookworm' '@1783900800'", emptyLayer: false, bytes: 116_570_000, compressedBytes: 48_497_403 },
      { ...BUILDPACK_CURL_LAYER, compressedBytes: 24_044_100 },
      { ...BUILDPACK_SCM_LAYER, compressedBytes: 64_408_455 },
      {
        createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends g++ gcc libc6-dev make pkg-config ; dpkgArch="$(dpkg --print-architecture)"; if [ "$dpkgArch" = \'arm64\' ]; then apt-get install -y --no-install-recommends binutils-gold; fi; rm -rf /var/lib/apt/lists/* # buildkit',
        emptyLayer: false, bytes: 276_153_303, compressedBytes: 92_512_745,
      },
      { createdBy: 'ENV GOLANG_VERSION=1.23.12', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV GOTOOLCHAIN=local', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV GOPATH=/go', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: `ENV PATH=${GO_PATH}`, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'COPY /target/ / # buildkit', emptyLayer: false, bytes: 198_740_510, compressedBytes: 60_246_758 },
      { createdBy: 'RUN /bin/sh -c mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH" # buildkit', emptyLayer: false, bytes: 0, compressedBytes: 127 },
      { createdBy: 'WORKDIR /go', emptyLayer: false, bytes: 0, compressedBytes: 32 },
    ],
    source: 'estimate: golang:1.25-bookworm layer list and sizes (repo-info 2026-07) with GOLANG_VERSION 1.23.12',
    confidence: 'estimate',
  },
  config: {
    ...GOLANG_1_25.config, env: { ...GOLANG_1_25.config.env, GOLANG_VERSION: '1.23.12' },
    source: 'estimate: golang 1.23 Dockerfile = 1.25 Dockerfile with another GOLANG_VERSION', confidence: 'estimate',
  },
  runtimes: [{ name: 'go', version: '1.23.12', binaryPath: '/usr/local/go/bin/go', ...GO_SIGTERM }],
};

export const GOLANG_1_25_ALPINE: ImageRecord = {
  ...GOLANG_1_25,
  tag: '1.25-alpine',
  aliases: ['1.25-alpine3.24', '1.25.12-alpine', '1.25.12-alpine3.24'],
  nearAliases: [
    { tag: 'alpine', note: 'golang:alpine is a newer Go at snapshot time; figures are from golang:1.25-alpine' },
    { tag: '1.25-alpine3.23', note: 'same recipe on Alpine 3.23; figures are from 1.25-alpine3.24' },
  ],
  title: 'Go 1.25 on Alpine 3.24 (no gcc: cgo is off unless you apk add build-base)',
  platforms: { 'linux/amd64': {}, 'linux/arm64': {} },
  compressed: { bytes: 76_080_159, source: 'estimate: simulation-model.md §3 "≈75–80 MB" (on-disk 215 MB at the toolchain ratio ≈2.8)', confidence: 'estimate' },
  onDisk: { bytes: 215_260_000, source: `${RI} repos/golang/local/1.25-alpine.md (Virtual Size 215.26 MB), 2026-07`, confidence: 'registry' },
  layers: {
    items: [
      { createdBy: 'ADD alpine-minirootfs-3.24.2-x86_64.tar.gz / # buildkit', emptyLayer: false, bytes: 8_300_000, compressedBytes: 3_900_000 },
      { createdBy: 'CMD ["/bin/sh"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'RUN /bin/sh -c apk add --no-cache ca-certificates # buildkit', emptyLayer: false, bytes: 450_000, compressedBytes: 180_000 },
      { createdBy: 'ENV GOLANG_VERSION=1.25.12', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV GOTOOLCHAIN=local', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV GOPATH=/go', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: `ENV PATH=${GO_PATH}`, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'COPY /target/ / # buildkit', emptyLayer: false, bytes: 206_510_000, compressedBytes: 72_000_000 },
      { createdBy: 'RUN /bin/sh -c mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH" # buildkit', emptyLayer: false, bytes: 0, compressedBytes: 127 },
      { createdBy: 'WORKDIR /go', emptyLayer: false, bytes: 0, compressedBytes: 32 },
    ],
    source: 'estimate: golang alpine Dockerfile shape; Go tree = 215.26 MB total − alpine − ca-certificates',
    confidence: 'estimate',
  },
  config: { ...GOLANG_1_25.config, cmd: ['/bin/sh'], source: `${RI} repos/golang/local/1.25-alpine.md, 2026-07` },
  os: {
    family: 'alpine', release: '3.24', libc: 'musl', libcVersion: '1.2.5', loaderPath: '/lib/ld-musl-x86_64.so.1',
    shell: BUSYBOX_ASH, packageManager: 'apk', packageRelease: '3.24', usrMerged: false, slim: true,
  },
  users: ALPINE_USERS,
  tools: { ...ALPINE_TOOLS, go: '/usr/local/go/bin/go' },
  fs: { paths: { ...ALPINE_BASE_PATHS, ...GO_FS }, source: GOLANG_1_25.fs.source, confidence: 'estimate' },
  notes: ['No C compiler: cgo is disabled automatically; a `go build` that needs cgo fails until `apk add build-base`.'],
};

export const GOLANG_1_22_ALPINE: ImageRecord = {
  ...GOLANG_1_25_ALPINE,
  tag: '1.22-alpine',
  aliases: ['1.22-alpine3.20', '1.22.12-alpine', '1.22.12-alpine3.20'],
  nearAliases: [{ tag: '1.23-alpine', note: 'golang:1.23-alpine is not in the catalog; figures are from golang:1.22-alpine (same recipe)' }],
  title: 'Go 1.22 on Alpine 3.20 — end of life',
  snapshot: '2025-02',
  compressed: { bytes: 75_807_215, source: 'estimate: golang:1.25-alpine figures on an alpine 3.20 base', confidence: 'estimate' },
  onDisk: { bytes: 214_760_000, source: 'estimate: golang:1.25-alpine 215.26 MB (repo-info local 2026-07) on an alpine 3.20 base', confidence: 'estimate' },
  layers: {
    items: [
      { createdBy: 'ADD alpine-minirootfs-3.20.8-x86_64.tar.gz / # buildkit', emptyLayer: false, bytes: 7_800_000, compressedBytes: 3_627_056 },
      { createdBy: 'CMD ["/bin/sh"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'RUN /bin/sh -c apk add --no-cache ca-certificates # buildkit', emptyLayer: false, bytes: 450_000, compressedBytes: 180_000 },
      { createdBy: 'ENV GOLANG_VERSION=1.22.12', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV GOTOOLCHAIN=local', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV GOPATH=/go', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: `ENV PATH=${GO_PATH}`, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'COPY /target/ / # buildkit', emptyLayer: false, bytes: 206_510_000, compressedBytes: 72_000_000 },
      { createdBy: 'RUN /bin/sh -c mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH" # buildkit', emptyLayer: false, bytes: 0, compressedBytes: 127 },
      { createdBy: 'WORKDIR /go', emptyLayer: false, bytes: 0, compressedBytes: 32 },
    ],
    source: 'estimate: golang:1.25-alpine layer list on alpine 3.20',
    confidence: 'estimate',
  },
  config: { ...GOLANG_1_25_ALPINE.config, env: { ...GOLANG_1_25_ALPINE.config.env, GOLANG_VERSION: '1.22.12' }, source: 'estimate: same Dockerfile, GOLANG_VERSION 1.22.12', confidence: 'estimate' },
  os: { ...GOLANG_1_25_ALPINE.os, release: '3.20', packageRelease: '3.20' },
  runtimes: [{ name: 'go', version: '1.22.12', binaryPath: '/usr/local/go/bin/go', ...GO_SIGTERM }],
};

export const GOLANG_1_20_ALPINE: ImageRecord = {
  ...GOLANG_1_25_ALPINE,
  tag: '1.20-alpine',
  aliases: ['1.20-alpine3.18', '1.20.14-alpine', '1.20.14-alpine3.18'],
  nearAliases: [],
  title: 'Go 1.20 on Alpine 3.18 — end of life since 2024',
  snapshot: '2024-02',
  compressed: { bytes: 71_600_159, source: 'estimate: Go 1.20 tree ≈195 MB (no precompiled pkg/*.a since 1.20) on an alpine 3.18 base', confidence: 'estimate' },
  onDisk: { bytes: 202_800_000, source: 'estimate: golang:1.25-alpine 215 MB minus a smaller Go tree; golang:1.19-alpine was 354 MB before pkg/*.a were dropped (csang.dev 2023)', confidence: 'estimate' },
  layers: {
    items: [
      { createdBy: 'ADD file:… in / ', emptyLayer: false, bytes: 7_350_000, compressedBytes: 3_420_000 },
      { createdBy: 'CMD ["/bin/sh"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'RUN /bin/sh -c apk add --no-cache ca-certificates # buildkit', emptyLayer: false, bytes: 450_000, compressedBytes: 180_000 },
      { createdBy: 'ENV GOLANG_VERSION=1.20.14', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV GOPATH=/go', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: `ENV PATH=${GO_PATH}`, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'RUN /bin/sh -c set -eux; apk add --no-cache --virtual .fetch-deps gnupg; … wget -O go.tgz.asc …; tar -C /usr/local -xzf go.tgz; … apk del --no-network .fetch-deps; go version # buildkit', emptyLayer: false, bytes: 195_000_000, compressedBytes: 68_000_000 },
      { createdBy: 'RUN /bin/sh -c mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 777 "$GOPATH" # buildkit', emptyLayer: false, bytes: 0, compressedBytes: 127 },
      { createdBy: 'WORKDIR /go', emptyLayer: false, bytes: 0, compressedBytes: 32 },
    ],
    source: 'estimate: golang 1.20 alpine Dockerfile shape (2023–2024); sizes estimated',
    confidence: 'estimate',
  },
  config: {
    ...GOLANG_1_25_ALPINE.config, env: { PATH: GO_PATH, GOLANG_VERSION: '1.20.14', GOPATH: '/go' },
    source: 'estimate: golang 1.20 Dockerfile (no GOTOOLCHAIN before Go 1.21)', confidence: 'estimate',
  },
  os: { ...GOLANG_1_25_ALPINE.os, release: '3.18', libcVersion: '1.2.4', packageRelease: '3.18' },
  runtimes: [{ name: 'go', version: '1.20.14', binaryPath: '/usr/local/go/bin/go', ...GO_SIGTERM }],
};

const RUST_ENV = {
  RUSTUP_HOME: '/usr/local/rustup', CARGO_HOME: '/usr/local/cargo',
  PATH: '/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', RUST_VERSION: '1.85.0',
} as const;
const RUST_FS: Readonly<Record<string, FsEntry>> = {
  '/usr/local/cargo/bin/cargo': { kind: 'file', size: 36_000_000, mode: 0o755 },
  '/usr/local/cargo/bin/rustc': { kind: 'file', size: 12_000_000, mode: 0o755 },
  '/usr/local/cargo/bin/rustup': { kind: 'file', size: 12_000_000, mode: 0o755 },
  '/usr/local/rustup/toolchains': { kind: 'dir', size: 450_000_000 },
};
const RUST_LABEL = 'LABEL org.opencontainers.image.source=https://github.com/rust-lang/docker-rust';
const RUST_ENV_LINE = 'ENV RUSTUP_HOME=/usr/local/rustup CARGO_HOME=/usr/local/cargo PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin RUST_VERSION=1.85.0';

export const RUST_1_85_SLIM: ImageRecord = {
  repository: 'docker.io/library/rust',
  tag: '1.85-slim',
  aliases: ['1.85-slim-bookworm', '1.85.0-slim', '1.85.0-slim-bookworm'],
  nearAliases: [
    { tag: 'slim', note: 'rust:slim is a newer Rust at snapshot time; figures are from rust:1.85-slim (bookworm)' },
    { tag: '1-slim', note: 'rust:1-slim is a newer Rust at snapshot time; figures are from rust:1.85-slim' },
  ],
  title: 'Rust 1.85 slim (debian:bookworm-slim + gcc, libc6-dev and a minimal rustup toolchain)',
  snapshot: '2025-02',
  platforms: { 'linux/amd64': { compressedBytes: 291_229_682 }, 'linux/arm64': { compressedBytes: 351_052_727 } },
  compressed: { bytes: 291_229_682, source: 'maxmood96/repo-info (fork of docker-library/repo-info) repos/rust/remote/1.85-slim-bookworm.md, 2025-02', confidence: 'registry' },
  onDisk: { bytes: 758_830_000, source: 'estimate: debian slim 74.83 MB + the toolchain layer at 2.6× its 263 MB compressed size (repo-info ratios 2.4–2.8)', confidence: 'estimate' },
  layers: {
    items: [
      { createdBy: "# debian.sh --arch 'amd64' out/ 'bookworm' '@1738540800'", emptyLayer: false, bytes: 74_830_000, compressedBytes: 28_212_303 },
      { createdBy: RUST_LABEL, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: RUST_ENV_LINE, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      {
        createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates gcc libc6-dev wget ; … wget "$url"; … ./rustup-init -y --no-modify-path --profile minimal --default-toolchain $RUST_VERSION --default-host ${rustArch}; rm rustup-init; chmod -R a+w $RUSTUP_HOME $CARGO_HOME; … apt-get remove -y --auto-remove wget ; rm -rf /var/lib/apt/lists/*; # buildkit',
        emptyLayer: false, bytes: 684_000_000, compressedBytes: 263_017_379,
      },
    ],
    source: 'maxmood96/repo-info repos/rust/remote/1.85-slim-bookworm.md (compressed), 2025-02; on-disk estimated',
    confidence: 'estimate',
  },
  config: {
    entrypoint: undefined, cmd: ['bash'], env: RUST_ENV, workdir: '', user: '', stopSignal: undefined, exposedPorts: [],
    shell: ['/bin/sh', '-c'], labels: { 'org.opencontainers.image.source': 'https://github.com/rust-lang/docker-rust' },
    source: 'maxmood96/repo-info repos/rust/remote/1.85-slim-bookworm.md, 2025-02', confidence: 'registry',
  },
  os: {
    family: 'debian', release: 'bookworm', libc: 'glibc', libcVersion: '2.36', loaderPath: '/lib64/ld-linux-x86-64.so.2',
    shell: DASH, packageManager: 'apt', packageRelease: 'bookworm', packageSets: ['debian', 'rust-slim'],
    usrMerged: true, slim: true, aptDockerClean: true,
  },
  users: DEBIAN_USERS,
  tools: { ...DEBIAN_TOOLS, 'ca-certificates': CA_BUNDLE, gcc: '/usr/bin/gcc', cargo: '/usr/local/cargo/bin/cargo' },
  runtimes: [{ name: 'rust', version: '1.85.0', binaryPath: '/usr/local/cargo/bin/rustc', ...RUST_SIGTERM }],
  fs: {
    paths: {
      ...DEBIAN_BASE_PATHS, ...CA_PATHS, ...RUST_FS,
      '/usr/bin/gcc': { kind: 'symlink', target: 'gcc-12' },
      '/usr/bin/gcc-12': { kind: 'file', size: 1_231_304, mode: 0o755 },
    },
    source: 'estimate: rust official Dockerfile (rustup minimal profile in /usr/local/rustup, cargo in /usr/local/cargo)',
    confidence: 'estimate',
  },
  notes: ['A build image: copy the release binary into debian:bookworm-slim, distroless/cc or (musl target) scratch.'],
};

export const RUST_1_85: ImageRecord = {
  ...RUST_1_85_SLIM,
  tag: '1.85',
  aliases: ['1.85-bookworm', '1.85.0', '1.85.0-bookworm'],
  nearAliases: [
    { tag: 'latest', note: 'rust:latest is a newer Rust at snapshot time; figures are from rust:1.85 (bookworm)' },
    { tag: '1', note: 'rust:1 is a newer Rust at snapshot time; figures are from rust:1.85 (bookworm)' },
  ],
  title: 'Rust 1.85 on buildpack-deps:bookworm (full toolchain image)',
  platforms: { 'linux/amd64': {}, 'linux/arm64': {} },
  compressed: { bytes: 531_691_606, source: 'estimate: buildpack-deps:bookworm layers (repo-info 2026-09) + a 183 MB rustup layer (the slim layer minus gcc)', confidence: 'estimate' },
  onDisk: { bytes: 1_434_246_227, source: 'estimate: buildpack-deps:bookworm (measured dpkg sizes × 1.06) + a 476 MB toolchain', confidence: 'estimate' },
  layers: {
    items: [
      BOOKWORM_ROOTFS_LAYER,
      BUILDPACK_CURL_LAYER,
      BUILDPACK_SCM_LAYER,
      BUILDPACK_FULL_LAYER,
      { createdBy: RUST_LABEL, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: RUST_ENV_LINE, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      {
        createdBy: 'RUN /bin/sh -c set -eux; dpkgArch="$(dpkg --print-architecture)"; … wget "$url"; … ./rustup-init -y --no-modify-path --profile minimal --default-toolchain $RUST_VERSION --default-host ${rustArch}; rm rustup-init; chmod -R a+w $RUSTUP_HOME $CARGO_HOME; rustup --version; cargo --version; rustc --version; # buildkit',
        emptyLayer: false, bytes: 476_000_000, compressedBytes: 183_000_000,
      },
    ],
    source: 'estimate: rust:1.85-bookworm Dockerfile shape; buildpack-deps layers as in python:3.12',
    confidence: 'estimate',
  },
  config: { ...RUST_1_85_SLIM.config, source: 'estimate: same config as rust:1.85-slim', confidence: 'estimate' },
  os: { ...RUST_1_85_SLIM.os, packageSets: ['debian', 'buildpack-deps'], slim: false },
  tools: { ...BUILDPACK_DEPS_TOOLS, cargo: '/usr/local/cargo/bin/cargo' },
  fs: { paths: { ...DEBIAN_BASE_PATHS, ...BUILDPACK_DEPS_PATHS, ...RUST_FS }, source: RUST_1_85_SLIM.fs.source, confidence: 'estimate' },
};

export const GO_RUST_IMAGES: readonly ImageRecord[] = [
  GOLANG_1_25, GOLANG_1_23, GOLANG_1_25_ALPINE, GOLANG_1_22_ALPINE, GOLANG_1_20_ALPINE, RUST_1_85_SLIM, RUST_1_85,
];
