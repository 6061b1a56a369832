// eclipse-temurin (21-jre, 21-jdk) and nginx (1.27, latest, alpine, 1.27-alpine) — linux/amd64.
import type { FsEntry, ImageRecord } from '../types.ts';
import {
  ALPINE_BASE_PATHS, ALPINE_TOOLS, ALPINE_USERS, BUSYBOX_ASH, CA_BUNDLE, CA_PATHS, DASH, DASH_UBUNTU,
  DEBIAN_BASE_PATHS, DEBIAN_TOOLS, DEBIAN_USERS, JAVA_SIGTERM, NGINX_SIGTERM, NGINX_USER,
} from './common.ts';
import { BOOKWORM_SLIM_ROOTFS_LAYER, TRIXIE_SLIM_ROOTFS_LAYER } from './images-debian.ts';

const RI = 'docker-library/repo-info';
const JAVA_PATH = '/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const TEMURIN_ENV = {
  PATH: JAVA_PATH, JAVA_HOME: '/opt/java/openjdk', LANG: 'en_US.UTF-8', LANGUAGE: 'en_US:en', LC_ALL: 'en_US.UTF-8',
  JAVA_VERSION: 'jdk-21.0.11+10',
} as const;
const TEMURIN_DEPS_RUN = 'RUN /bin/sh -c set -eux; apt-get update; DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl wget fontconfig ca-certificates p11-kit tzdata locales ; echo "en_US.UTF-8 UTF-8" >> /etc/locale.gen; locale-gen en_US.UTF-8; rm -rf /var/lib/apt/lists/* # buildkit';
const TEMURIN_FS: Readonly<Record<string, FsEntry>> = {
  '/opt/java/openjdk/bin/java': { kind: 'file', size: 12_900, mode: 0o755 },
  '/opt/java/openjdk/lib/modules': { kind: 'file', size: 45_000_000, mode: 0o644 },
  '/__cacert_entrypoint.sh': { kind: 'file', size: 5_000, mode: 0o755 },
  '/usr/bin/curl': { kind: 'file', size: 277_632, mode: 0o755 },
  '/usr/bin/wget': { kind: 'file', size: 527_536, mode: 0o755 },
};
const UBUNTU_USERS = [...DEBIAN_USERS, { name: 'ubuntu', uid: 1000, gid: 1000, home: '/home/ubuntu', shell: '/bin/bash' }];

export const TEMURIN_21_JDK: ImageRecord = {
  repository: 'docker.io/library/eclipse-temurin',
  tag: '21-jdk-noble',
  aliases: ['21.0.11_10-jdk-noble'],
  nearAliases: [
    { tag: '21-jdk', note: 'eclipse-temurin:21-jdk points at the Ubuntu 26.04 build at snapshot time; figures are from 21-jdk-noble (24.04)' },
    { tag: '21', note: 'eclipse-temurin:21 is the JDK on Ubuntu 26.04 at snapshot time; figures are from 21-jdk-noble' },
    { tag: 'latest', note: 'eclipse-temurin:latest is a newer JDK at snapshot time; figures are from 21-jdk-noble' },
  ],
  title: 'Eclipse Temurin 21 JDK on Ubuntu 24.04 (javac, jshell, jlink)',
  snapshot: '2026-09',
  platforms: { 'linux/amd64': {}, 'linux/arm64': {} },
  compressed: { bytes: 206_766_116, source: 'estimate: ubuntu:24.04 29.8 MB (repo-info) + ≈17 MB apt layer + ≈160 MB JDK tarball layer', confidence: 'estimate' },
  onDisk: { bytes: 448_570_000, source: `${RI} repos/eclipse-temurin/local/21-jdk-noble.md (Virtual Size 448.57 MB), 2026-09`, confidence: 'registry' },
  layers: {
    items: [
      { createdBy: 'ADD file:… in / ', emptyLayer: false, bytes: 78_160_000, compressedBytes: 29_764_116 },
      { createdBy: 'CMD ["/bin/bash"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV JAVA_HOME=/opt/java/openjdk', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: `ENV PATH=${JAVA_PATH}`, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV LANG=en_US.UTF-8 LANGUAGE=en_US:en LC_ALL=en_US.UTF-8', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: TEMURIN_DEPS_RUN, emptyLayer: false, bytes: 40_000_000, compressedBytes: 17_000_000 },
      { createdBy: 'ENV JAVA_VERSION=jdk-21.0.11+10', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      {
        createdBy: 'RUN /bin/sh -c set -eux; ARCH="$(dpkg --print-architecture)"; case "${ARCH}" in amd64) ESUM=\'…\'; BINARY_URL=\'https://github.com/adoptium/temurin21-binaries/releases/download/…/OpenJDK21U-jdk_x64_linux_hotspot_21.0.11_10.tar.gz\'; ;; … esac; wget --progress=dot:giga -O /tmp/openjdk.tar.gz ${BINARY_URL}; … tar --extract --file /tmp/openjdk.tar.gz --directory "$JAVA_HOME" --strip-components 1 --no-same-owner ; rm -f /tmp/openjdk.tar.gz ${JAVA_HOME}/lib/src.zip; … # buildkit',
        emptyLayer: false, bytes: 330_405_000, compressedBytes: 160_000_000,
      },
      { createdBy: 'RUN /bin/sh -c set -eux; echo "Verifying install ..."; fileEncoding="$(echo \'System.out.println(System.getProperty("file.encoding"))\' | jshell -s -)"; … javac --version; java --version; echo "Complete." # buildkit', emptyLayer: false, bytes: 0, compressedBytes: 32 },
      { createdBy: 'COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh # buildkit', emptyLayer: false, bytes: 5_000, compressedBytes: 1_968 },
      { createdBy: 'ENTRYPOINT ["/__cacert_entrypoint.sh"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'CMD ["jshell"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
    ],
    source: 'estimate: adoptium/containers 21/jdk/ubuntu/noble Dockerfile shape; apt and JDK layers apportioned from the 448.57 MB total',
    confidence: 'estimate',
  },
  config: {
    entrypoint: ['/__cacert_entrypoint.sh'], cmd: ['jshell'], env: TEMURIN_ENV, workdir: '', user: '',
    stopSignal: undefined, exposedPorts: [], shell: ['/bin/sh', '-c'],
    source: `${RI} repos/eclipse-temurin/local/21-jdk-noble.md via simulation-model.md §3, 2026-09`, confidence: 'registry',
  },
  os: {
    family: 'ubuntu', release: 'noble', libc: 'glibc', libcVersion: '2.39', loaderPath: '/lib64/ld-linux-x86-64.so.2',
    shell: DASH_UBUNTU, packageManager: 'apt', packageRelease: 'noble', packageSets: ['debian'], usrMerged: true, slim: true,
    aptDockerClean: true,
  },
  users: UBUNTU_USERS,
  tools: { ...DEBIAN_TOOLS, curl: '/usr/bin/curl', wget: '/usr/bin/wget', 'ca-certificates': CA_BUNDLE, java: '/opt/java/openjdk/bin/java' },
  runtimes: [{ name: 'java', version: '21.0.11', binaryPath: '/opt/java/openjdk/bin/java', ...JAVA_SIGTERM }],
  fs: { paths: { ...DEBIAN_BASE_PATHS, ...CA_PATHS, ...TEMURIN_FS }, source: 'estimate: Temurin tarball in /opt/java/openjdk', confidence: 'estimate' },
  notes: ['A JDK is a build image: run the jar on a JRE (or a jlink-ed runtime) in the final stage.'],
};

export const TEMURIN_21_JRE: ImageRecord = {
  ...TEMURIN_21_JDK,
  tag: '21-jre',
  aliases: ['21-jre-resolute', '21.0.11_10-jre', '21.0.11_10-jre-resolute'],
  nearAliases: [{ tag: '21-jre-noble', note: 'the Ubuntu 24.04 build of the same JRE; figures are from 21-jre (Ubuntu 26.04)' }],
  title: 'Eclipse Temurin 21 JRE on Ubuntu 26.04 (java only)',
  compressed: { bytes: 113_570_664, source: 'estimate: ubuntu:26.04 41.6 MB (repo-info) + ≈17 MB apt layer + ≈55 MB JRE layer; simulation-model.md §3 "≈120 MB"', confidence: 'estimate' },
  onDisk: { bytes: 318_140_000, source: `${RI} repos/eclipse-temurin/local/21-jre.md (Virtual Size 318.14 MB), 2026-09`, confidence: 'registry' },
  layers: {
    items: [
      { createdBy: 'RUN umoci raw add-layer --image …/ubuntu:rockcraft-base …/.temp_layer.9094.tar --tag 26.04', emptyLayer: false, bytes: 108_999_000, compressedBytes: 41_568_275 },
      { createdBy: 'RUN umoci config … --clear=config.cmd --config.cmd /bin/bash', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'RUN umoci raw add-layer --image …/ubuntu:26.04 …/.temp_layer.control_data.9094.tar', emptyLayer: false, bytes: 1_000, compressedBytes: 389 },
      { createdBy: 'ENV JAVA_HOME=/opt/java/openjdk', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: `ENV PATH=${JAVA_PATH}`, emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV LANG=en_US.UTF-8 LANGUAGE=en_US:en LC_ALL=en_US.UTF-8', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: TEMURIN_DEPS_RUN, emptyLayer: false, bytes: 40_000_000, compressedBytes: 17_000_000 },
      { createdBy: 'ENV JAVA_VERSION=jdk-21.0.11+10', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      {
        createdBy: 'RUN /bin/sh -c set -eux; ARCH="$(dpkg --print-architecture)"; … BINARY_URL=\'…/OpenJDK21U-jre_x64_linux_hotspot_21.0.11_10.tar.gz\'; … tar --extract --file /tmp/openjdk.tar.gz --directory "$JAVA_HOME" --strip-components 1 --no-same-owner ; … # buildkit',
        emptyLayer: false, bytes: 169_135_000, compressedBytes: 55_000_000,
      },
      { createdBy: 'RUN /bin/sh -c set -eux; echo "Verifying install ..."; … java --version; echo "Complete." # buildkit', emptyLayer: false, bytes: 0, compressedBytes: 32 },
      { createdBy: 'COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh # buildkit', emptyLayer: false, bytes: 5_000, compressedBytes: 1_968 },
      { createdBy: 'ENTRYPOINT ["/__cacert_entrypoint.sh"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
    ],
    source: 'estimate: adoptium/containers 21/jre/ubuntu Dockerfile shape on the ubuntu:26.04 layers (repo-info ubuntu/remote/latest.md); JRE layer = total − the others',
    confidence: 'estimate',
  },
  config: {
    ...TEMURIN_21_JDK.config, cmd: undefined,
    source: `${RI} repos/eclipse-temurin/local/21-jre.md via simulation-model.md §3 (ENTRYPOINT, no CMD), 2026-09`,
  },
  os: { ...TEMURIN_21_JDK.os, release: 'resolute', libcVersion: undefined, packageRelease: 'resolute' },
  notes: ['No CMD: give the command (e.g. CMD ["java","-jar","/app/app.jar"]).'],
};

const NGINX_COPY_LAYERS = [
  { createdBy: 'COPY docker-entrypoint.sh / # buildkit', emptyLayer: false, bytes: 1_620, compressedBytes: 627 },
  { createdBy: 'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit', emptyLayer: false, bytes: 2_125, compressedBytes: 957 },
  { createdBy: 'COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit', emptyLayer: false, bytes: 389, compressedBytes: 405 },
  { createdBy: 'COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit', emptyLayer: false, bytes: 3_018, compressedBytes: 1_210 },
  { createdBy: 'COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit', emptyLayer: false, bytes: 4_620, compressedBytes: 1_400 },
] as const;
const NGINX_TAIL_LAYERS = [
  { createdBy: 'ENTRYPOINT ["/docker-entrypoint.sh"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
  { createdBy: 'EXPOSE map[80/tcp:{}]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
  { createdBy: 'STOPSIGNAL SIGQUIT', emptyLayer: true, bytes: 0, compressedBytes: 0 },
  { createdBy: 'CMD ["nginx" "-g" "daemon off;"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
] as const;
const NGINX_FS: Readonly<Record<string, FsEntry>> = {
  '/usr/sbin/nginx': { kind: 'file', size: 1_500_000, mode: 0o755 },
  '/etc/nginx/nginx.conf': { kind: 'file', size: 648, mode: 0o644 },
  '/etc/nginx/conf.d/default.conf': { kind: 'file', size: 1_093, mode: 0o644 },
  '/usr/share/nginx/html/index.html': { kind: 'file', size: 615, mode: 0o644 },
  '/var/log/nginx/access.log': { kind: 'symlink', target: '/dev/stdout' },
  '/var/log/nginx/error.log': { kind: 'symlink', target: '/dev/stderr' },
  '/docker-entrypoint.sh': { kind: 'file', size: 1_620, mode: 0o755 },
  '/docker-entrypoint.d': { kind: 'dir' },
  '/usr/bin/curl': { kind: 'file', size: 277_632, mode: 0o755 },
};
const NGINX_CONFIG_BASE = {
  entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'], workdir: '', user: '',
  stopSignal: 'SIGQUIT', exposedPorts: ['80/tcp'], shell: ['/bin/sh', '-c'],
  labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
} as const;

export const NGINX_1_27: ImageRecord = {
  repository: 'docker.io/library/nginx',
  tag: '1.27',
  aliases: ['1.27.3', '1.27-bookworm', '1.27.3-bookworm', 'mainline-bookworm'],
  title: 'nginx 1.27 on debian:bookworm-slim (nginx.org packages + modules, curl)',
  snapshot: '2024-12',
  platforms: { 'linux/amd64': { compressedBytes: 72_078_261 }, 'linux/arm64': {} },
  compressed: { bytes: 72_078_261, source: 'maxmood96/repo-info (fork of docker-library/repo-info) repos/nginx/remote/1.27.md, 2024-12', confidence: 'registry' },
  onDisk: { bytes: 192_000_000, source: 'estimate: 2024-era nginx:1.27 showed ≈192 MB in `docker images` (43.8 MB nginx layer at the 2.67 ratio of the slim base)', confidence: 'estimate' },
  layers: {
    items: [
      { ...BOOKWORM_SLIM_ROOTFS_LAYER, createdBy: "# debian.sh --arch 'amd64' out/ 'bookworm' '@1734912000'", compressedBytes: 28_231_581 },
      { createdBy: 'LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV NGINX_VERSION=1.27.3', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV NJS_VERSION=0.8.7', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV NJS_RELEASE=1~bookworm', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV PKG_RELEASE=1~bookworm', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV DYNPKG_RELEASE=1~bookworm', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      {
        createdBy: 'RUN /bin/sh -c set -x && groupadd --system --gid 101 nginx && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx && apt-get update && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates && … apt-get install --no-install-recommends --no-install-suggests -y $nginxPackages gettext-base curl && apt-get remove --purge --auto-remove -y && rm -rf /var/lib/apt/lists/* /etc/apt/sources.list.d/nginx.list && … ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log && mkdir /docker-entrypoint.d # buildkit',
        emptyLayer: false, bytes: 117_158_228, compressedBytes: 43_842_081,
      },
      ...NGINX_COPY_LAYERS,
      ...NGINX_TAIL_LAYERS,
    ],
    source: 'maxmood96/repo-info repos/nginx/remote/1.27.md (history, compressed), 2024-12; nginx layer on-disk = estimated total − the others',
    confidence: 'estimate',
  },
  config: {
    ...NGINX_CONFIG_BASE,
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', NGINX_VERSION: '1.27.3', NJS_VERSION: '0.8.7', NJS_RELEASE: '1~bookworm', PKG_RELEASE: '1~bookworm', DYNPKG_RELEASE: '1~bookworm' },
    source: 'maxmood96/repo-info repos/nginx/remote/1.27.md, 2024-12', confidence: 'registry',
  },
  os: {
    family: 'debian', release: 'bookworm', libc: 'glibc', libcVersion: '2.36', loaderPath: '/lib64/ld-linux-x86-64.so.2',
    shell: DASH, packageManager: 'apt', packageRelease: 'bookworm', packageSets: ['debian'], usrMerged: true, slim: true,
    aptDockerClean: true,
  },
  users: [...DEBIAN_USERS, NGINX_USER],
  tools: { ...DEBIAN_TOOLS, curl: '/usr/bin/curl', 'ca-certificates': CA_BUNDLE },
  runtimes: [{ name: 'nginx', version: '1.27.3', binaryPath: '/usr/sbin/nginx', ...NGINX_SIGTERM }],
  fs: { paths: { ...DEBIAN_BASE_PATHS, ...CA_PATHS, ...NGINX_FS }, source: 'estimate: nginx.org package layout + docker-nginx entrypoint files', confidence: 'estimate' },
  notes: [
    'The master process runs as root and binds :80; workers run as `nginx` (uid 101). For a non-root image use nginxinc/nginx-unprivileged or listen on a port > 1024.',
    'docker-entrypoint.sh ends with `exec "$@"`, so nginx becomes PID 1; STOPSIGNAL SIGQUIT asks it for a graceful stop.',
  ],
};

export const NGINX_LATEST: ImageRecord = {
  ...NGINX_1_27,
  tag: 'latest',
  aliases: ['mainline', '1', '1.31', '1.31.6', 'trixie', '1.31.6-trixie', 'mainline-trixie'],
  title: 'nginx 1.31 (mainline) on debian:trixie-slim',
  snapshot: '2026-09',
  platforms: { 'linux/amd64': {}, 'linux/arm64': {} },
  compressed: { bytes: 60_000_000, source: 'estimate: simulation-model.md §3 "≈60 MB" (170 MB on disk at ≈2.8)', confidence: 'estimate' },
  onDisk: { bytes: 170_060_000, source: `${RI} repos/nginx/local/1.31.6-trixie.md (Virtual Size 170.06 MB), 2026-09`, confidence: 'registry' },
  layers: {
    items: [
      TRIXIE_SLIM_ROOTFS_LAYER,
      { createdBy: 'LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV NGINX_VERSION=1.31.6', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV PKG_RELEASE=1~trixie', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      {
        createdBy: 'RUN /bin/sh -c set -x && groupadd --system --gid 101 nginx && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx && apt-get update && … apt-get install --no-install-recommends --no-install-suggests -y $nginxPackages gettext-base curl && … rm -rf /var/lib/apt/lists/* … && mkdir /docker-entrypoint.d # buildkit',
        emptyLayer: false, bytes: 93_548_228, compressedBytes: 30_195_401,
      },
      ...NGINX_COPY_LAYERS,
      ...NGINX_TAIL_LAYERS,
    ],
    source: 'estimate: same history shape as nginx:1.27 on the trixie-slim base; nginx layer = 170.06 MB total − the others',
    confidence: 'estimate',
  },
  config: {
    ...NGINX_1_27.config, env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', NGINX_VERSION: '1.31.6', PKG_RELEASE: '1~trixie' },
    source: `${RI} repos/nginx/local/1.31.6-trixie.md via simulation-model.md §3 (STOPSIGNAL from the nginx history), 2026-09`,
  },
  os: { ...NGINX_1_27.os, release: 'trixie', libcVersion: '2.41', packageRelease: 'trixie' },
  runtimes: [{ name: 'nginx', version: '1.31.6', binaryPath: '/usr/sbin/nginx', ...NGINX_SIGTERM }],
};

const NGINX_ALPINE_FS: Readonly<Record<string, FsEntry>> = { ...ALPINE_BASE_PATHS, ...NGINX_FS };

export const NGINX_ALPINE: ImageRecord = {
  ...NGINX_LATEST,
  tag: 'alpine',
  aliases: ['mainline-alpine', '1-alpine', '1.31-alpine', '1.31.6-alpine', '1.31.6-alpine3.24', 'alpine3.24'],
  title: 'nginx 1.31 (mainline) on Alpine 3.24 (with njs, xslt, geoip, image-filter modules and curl)',
  compressed: { bytes: 22_000_000, source: 'estimate: simulation-model.md §3 "≈22 MB" (62.94 MB on disk)', confidence: 'estimate' },
  onDisk: { bytes: 62_940_000, source: `${RI} repos/nginx/local/1.31.6-alpine3.24.md (Virtual Size 62.94 MB), 2026-09`, confidence: 'registry' },
  layers: {
    items: [
      { createdBy: 'ADD alpine-minirootfs-3.24.2-x86_64.tar.gz / # buildkit', emptyLayer: false, bytes: 8_300_000, compressedBytes: 3_900_000 },
      { createdBy: 'CMD ["/bin/sh"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV NGINX_VERSION=1.31.6', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'RUN /bin/sh -c set -x && addgroup -g 101 -S nginx && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx && apkArch="$(cat /etc/apk/arch)" && … apk add -X "https://nginx.org/packages/mainline/alpine/v$(egrep -o \'^[0-9]+\\.[0-9]+\' /etc/alpine-release)/main" --no-cache $nginxPackages && … apk add --no-cache tzdata && … mkdir /docker-entrypoint.d # buildkit', emptyLayer: false, bytes: 9_000_000, compressedBytes: 3_600_000 },
      ...NGINX_COPY_LAYERS,
      { createdBy: 'ENV NJS_VERSION=0.9.4', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'RUN /bin/sh -c set -x && apkArch="$(cat /etc/apk/arch)" && nginxPackages=" nginx=${NGINX_VERSION}-r${PKG_RELEASE} nginx-module-xslt=… nginx-module-geoip=… nginx-module-image-filter=… nginx-module-njs=… " && … apk add -X … --no-cache $nginxPackages && … apk add --no-cache curl ca-certificates # buildkit', emptyLayer: false, bytes: 45_628_228, compressedBytes: 14_495_401 },
      ...NGINX_TAIL_LAYERS,
    ],
    source: 'estimate: nginx:alpine = alpine-slim + modules layer (docker-nginx mainline/alpine Dockerfiles); split of the 62.94 MB total estimated',
    confidence: 'estimate',
  },
  config: { ...NGINX_LATEST.config, source: `${RI} repos/nginx/local/1.31.6-alpine3.24.md via simulation-model.md §3, 2026-09` },
  os: {
    family: 'alpine', release: '3.24', libc: 'musl', libcVersion: '1.2.5', loaderPath: '/lib/ld-musl-x86_64.so.1',
    shell: BUSYBOX_ASH, packageManager: 'apk', packageRelease: '3.24', usrMerged: false, slim: true,
  },
  users: [...ALPINE_USERS, NGINX_USER],
  tools: { ...ALPINE_TOOLS, curl: '/usr/bin/curl' },
  fs: { paths: NGINX_ALPINE_FS, source: NGINX_1_27.fs.source, confidence: 'estimate' },
};

export const NGINX_1_27_ALPINE: ImageRecord = {
  ...NGINX_ALPINE,
  tag: '1.27-alpine',
  aliases: ['1.27.3-alpine', '1.27-alpine3.20', '1.27.3-alpine3.20'],
  title: 'nginx 1.27 on Alpine 3.20',
  snapshot: '2024-12',
  compressed: { bytes: 20_000_000, source: 'estimate: 2024-era nginx:alpine ≈20 MB compressed', confidence: 'estimate' },
  onDisk: { bytes: 47_900_000, source: 'estimate: 2024-era nginx:alpine images were ≈43–48 MB (simulation-model.md §3)', confidence: 'estimate' },
  layers: {
    items: [
      { createdBy: 'ADD alpine-minirootfs-3.20.3-x86_64.tar.gz / # buildkit', emptyLayer: false, bytes: 7_800_000, compressedBytes: 3_627_056 },
      { createdBy: 'CMD ["/bin/sh"]', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'ENV NGINX_VERSION=1.27.3', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'RUN /bin/sh -c set -x && addgroup -g 101 -S nginx && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx && … apk add --no-cache $nginxPackages && … mkdir /docker-entrypoint.d # buildkit', emptyLayer: false, bytes: 8_500_000, compressedBytes: 3_400_000 },
      ...NGINX_COPY_LAYERS,
      { createdBy: 'ENV NJS_VERSION=0.8.7', emptyLayer: true, bytes: 0, compressedBytes: 0 },
      { createdBy: 'RUN /bin/sh -c set -x && apkArch="$(cat /etc/apk/arch)" && … apk add --no-cache $nginxPackages && … apk add --no-cache curl ca-certificates # buildkit', emptyLayer: false, bytes: 31_588_228, compressedBytes: 12_968_345 },
      ...NGINX_TAIL_LAYERS,
    ],
    source: 'estimate: same history shape as nginx:alpine on alpine 3.20',
    confidence: 'estimate',
  },
  config: { ...NGINX_1_27.config, source: 'estimate: nginx:1.27 config (same for the alpine variant)', confidence: 'estimate' },
  os: { ...NGINX_ALPINE.os, release: '3.20', packageRelease: '3.20' },
  runtimes: NGINX_1_27.runtimes,
};

export const TEMURIN_NGINX_IMAGES: readonly ImageRecord[] = [
  TEMURIN_21_JDK, TEMURIN_21_JRE, NGINX_1_27, NGINX_LATEST, NGINX_ALPINE, NGINX_1_27_ALPINE,
];
