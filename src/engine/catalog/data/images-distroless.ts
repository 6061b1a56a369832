// gcr.io/distroless (Debian 12 based): static, base, cc, python3, nodejs22, java21 and their :nonroot tags.
// No shell, no package manager. Sources: GoogleContainerTools/distroless README files, common/variables.bzl
// (NONROOT = 65532), base/testdata/base.yaml (users), and `docker images` figures quoted in issues
// (keptn/lifecycle-toolkit#1087, distroless#1482) — simulation-model.md §3. Most sizes are estimates.
import type { FsEntry, ImageConfig, ImageRecord } from '../types.ts';
import {
  CA_BUNDLE, DISTROLESS_GLIBC_PATHS, DISTROLESS_STATIC_PATHS, DISTROLESS_USERS, JAVA_SIGTERM, NODE_SIGTERM, NO_TOOLS,
  PYTHON_SIGTERM,
} from './common.ts';

const DL = 'GoogleContainerTools/distroless';
const ENV = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', SSL_CERT_FILE: CA_BUNDLE } as const;
const ROOT_CONFIG: ImageConfig = {
  entrypoint: undefined, cmd: undefined, env: ENV, workdir: '/', user: '0', stopSignal: undefined, exposedPorts: [],
  shell: ['/bin/sh', '-c'],
  source: `${DL} README (no shell: exec-form ENTRYPOINT/CMD only), 2026`, confidence: 'registry',
};
const STATIC_LAYER = {
  createdBy: 'bazel build //static:static_debian12 (base-files, netbase, tzdata, ca-certificates, passwd/group)', emptyLayer: false,
  bytes: 2_430_000, compressedBytes: 1_000_000,
} as const;
const GLIBC_LAYER = {
  createdBy: 'bazel build //base:base_debian12 (libc6, libssl3, openssl)', emptyLayer: false, bytes: 18_270_000, compressedBytes: 7_600_000,
} as const;
const CC_LAYER = {
  createdBy: 'bazel build //cc:cc_debian12 (libgcc-s1, libstdc++6, libgomp1)', emptyLayer: false, bytes: 2_500_000, compressedBytes: 1_000_000,
} as const;
const NO_SHELL_OS = {
  family: 'distroless', release: 'debian12', shell: undefined, packageManager: 'none', usrMerged: false, slim: true,
} as const;
const GLIBC_OS = { ...NO_SHELL_OS, libc: 'glibc', libcVersion: '2.36', loaderPath: '/lib64/ld-linux-x86-64.so.2' } as const;
const STATIC_FS_SOURCE = `estimate: ${DL} static/README.md contents (ca-certificates, /etc/passwd, tzdata, /tmp, no shell)`;
const NOTES_NO_SHELL = [
  'No /bin/sh: shell-form RUN, CMD and ENTRYPOINT fail; use the exec form. Use the :debug tag for a BusyBox shell at /busybox/sh.',
  'No package manager: install nothing here; copy what you need from a build stage.',
];

export const DISTROLESS_STATIC: ImageRecord = {
  repository: 'gcr.io/distroless/static-debian12',
  repositoryAliases: ['gcr.io/distroless/static'],
  tag: 'latest',
  aliases: [],
  title: 'distroless/static (Debian 12): CA certificates, tzdata, passwd — no libc, no shell',
  snapshot: '2026-01',
  platforms: { 'linux/amd64': {}, 'linux/arm64': {} },
  compressed: { bytes: 1_000_000, source: `estimate: ${DL} README "~2 MiB" image; gzip of certs+tzdata ≈ 40 %`, confidence: 'estimate' },
  onDisk: { bytes: 2_430_000, source: 'keptn/lifecycle-toolkit#1087 (`docker images` static:nonroot 2.43 MB), via simulation-model.md §3', confidence: 'registry' },
  layers: { items: [STATIC_LAYER], source: `estimate: distroless images are built by Bazel; their several small layers are shown as one`, confidence: 'estimate' },
  config: ROOT_CONFIG,
  os: { ...NO_SHELL_OS, libc: 'none', loaderPath: undefined },
  users: DISTROLESS_USERS,
  tools: { ...NO_TOOLS, 'ca-certificates': CA_BUNDLE },
  runtimes: [],
  fs: { paths: DISTROLESS_STATIC_PATHS, source: STATIC_FS_SOURCE, confidence: 'estimate' },
  notes: [...NOTES_NO_SHELL, 'No libc: only static binaries run (Go with CGO_ENABLED=0, Rust with the musl target).'],
};

export const DISTROLESS_STATIC_NONROOT: ImageRecord = {
  ...DISTROLESS_STATIC,
  tag: 'nonroot',
  title: 'distroless/static (Debian 12), running as nonroot (uid 65532)',
  config: { ...ROOT_CONFIG, user: '65532', workdir: '/home/nonroot', source: `${DL} common/variables.bzl NONROOT = 65532, 2026` },
};

const BASE_FS: Readonly<Record<string, FsEntry>> = { ...DISTROLESS_STATIC_PATHS, ...DISTROLESS_GLIBC_PATHS };

export const DISTROLESS_BASE: ImageRecord = {
  ...DISTROLESS_STATIC,
  repository: 'gcr.io/distroless/base-debian12',
  repositoryAliases: ['gcr.io/distroless/base'],
  title: 'distroless/base (Debian 12): static + glibc and libssl — no shell',
  compressed: { bytes: 8_600_000, source: 'estimate: simulation-model.md §3 "≈8–9 MB"', confidence: 'estimate' },
  onDisk: { bytes: 20_700_000, source: 'estimate: base-debian11:nonroot is 20.4 MB (keptn/lifecycle-toolkit#1087); debian12 slightly larger', confidence: 'estimate' },
  layers: { items: [STATIC_LAYER, GLIBC_LAYER], source: 'estimate: static layers + the glibc/libssl layers (base/README.md)', confidence: 'estimate' },
  os: GLIBC_OS,
  fs: { paths: BASE_FS, source: `estimate: ${DL} base/README.md (static + glibc, libssl, openssl)`, confidence: 'estimate' },
  notes: [...NOTES_NO_SHELL, 'glibc is here: dynamically linked C programs (and CGO Go binaries) run.'],
};

export const DISTROLESS_BASE_NONROOT: ImageRecord = {
  ...DISTROLESS_BASE,
  tag: 'nonroot',
  title: 'distroless/base (Debian 12), running as nonroot (uid 65532)',
  config: DISTROLESS_STATIC_NONROOT.config,
};

const CC_FS: Readonly<Record<string, FsEntry>> = {
  ...BASE_FS,
  '/usr/lib/x86_64-linux-gnu/libstdc++.so.6': { kind: 'file', size: 2_190_000, mode: 0o644 },
  '/lib/x86_64-linux-gnu/libgcc_s.so.1': { kind: 'file', size: 125_000, mode: 0o644 },
};

export const DISTROLESS_CC: ImageRecord = {
  ...DISTROLESS_BASE,
  repository: 'gcr.io/distroless/cc-debian12',
  repositoryAliases: ['gcr.io/distroless/cc'],
  title: 'distroless/cc (Debian 12): base + libgcc and libstdc++ (for Rust/C++ binaries) — no shell',
  compressed: { bytes: 9_600_000, source: 'estimate: simulation-model.md §3 "≈9–10 MB"', confidence: 'estimate' },
  onDisk: { bytes: 23_200_000, source: 'estimate: simulation-model.md §3 "≈23 MB" (base + libgcc/libstdc++)', confidence: 'estimate' },
  layers: { items: [STATIC_LAYER, GLIBC_LAYER, CC_LAYER], source: 'estimate: base layers + libgcc/libstdc++ (cc/README.md)', confidence: 'estimate' },
  fs: { paths: CC_FS, source: `estimate: ${DL} cc/README.md`, confidence: 'estimate' },
};

const PY_FS: Readonly<Record<string, FsEntry>> = {
  ...CC_FS,
  '/usr/bin/python3.11': { kind: 'file', size: 6_831_736, mode: 0o755 },
  '/usr/bin/python3': { kind: 'symlink', target: 'python3.11' },
  '/usr/lib/python3.11': { kind: 'dir', size: 21_000_000 },
};

export const DISTROLESS_PYTHON3: ImageRecord = {
  ...DISTROLESS_CC,
  repository: 'gcr.io/distroless/python3-debian12',
  repositoryAliases: ['gcr.io/distroless/python3'],
  title: 'distroless/python3 (Debian 12, Python 3.11) — no shell, no pip',
  compressed: { bytes: 20_000_000, source: 'estimate: simulation-model.md §3 "≈20 MB"', confidence: 'estimate' },
  onDisk: { bytes: 52_500_000, source: 'estimate: simulation-model.md §3 "≈50–55 MB" (low confidence)', confidence: 'estimate' },
  layers: {
    items: [STATIC_LAYER, GLIBC_LAYER, CC_LAYER, { createdBy: 'bazel build //python3:python3_debian12 (python3.11 from Debian)', emptyLayer: false, bytes: 29_300_000, compressedBytes: 10_400_000 }],
    source: 'estimate: cc layers + Debian python3.11', confidence: 'estimate',
  },
  config: { ...ROOT_CONFIG, entrypoint: ['/usr/bin/python3.11'], source: `${DL} python3/README.md (ENTRYPOINT python3.11 on debian12), 2026` },
  tools: { ...DISTROLESS_CC.tools, python3: '/usr/bin/python3' },
  runtimes: [{ name: 'python', version: '3.11.2', binaryPath: '/usr/bin/python3.11', ...PYTHON_SIGTERM }],
  fs: { paths: PY_FS, source: `estimate: ${DL} python3/README.md`, confidence: 'estimate' },
  notes: [...NOTES_NO_SHELL, 'No pip: install dependencies in a build stage (pip install --target) and copy them in; match Python 3.11 ABI.'],
};

export const DISTROLESS_PYTHON3_NONROOT: ImageRecord = {
  ...DISTROLESS_PYTHON3,
  tag: 'nonroot',
  title: 'distroless/python3 (Debian 12), running as nonroot (uid 65532)',
  config: { ...DISTROLESS_PYTHON3.config, user: '65532', workdir: '/home/nonroot' },
};

const NODE_FS: Readonly<Record<string, FsEntry>> = {
  ...CC_FS,
  '/nodejs/bin/node': { kind: 'file', size: 118_000_000, mode: 0o755 },
};

export const DISTROLESS_NODEJS22: ImageRecord = {
  ...DISTROLESS_CC,
  repository: 'gcr.io/distroless/nodejs22-debian12',
  title: 'distroless/nodejs22 (Debian 12) — node only: no shell, no npm',
  compressed: { bytes: 52_600_000, source: 'estimate: simulation-model.md §3 "≈45–55 MB"', confidence: 'estimate' },
  onDisk: { bytes: 195_000_000, source: 'estimate: nodejs20-debian12 was 181 MB (distroless#1482, Dec 2023); node 22 binary is larger', confidence: 'estimate' },
  layers: {
    items: [STATIC_LAYER, GLIBC_LAYER, CC_LAYER, { createdBy: 'bazel build //nodejs:nodejs22_debian12 (official node tarball in /nodejs)', emptyLayer: false, bytes: 171_800_000, compressedBytes: 43_000_000 }],
    source: 'estimate: cc layers + the node 22 tarball', confidence: 'estimate',
  },
  config: { ...ROOT_CONFIG, entrypoint: ['/nodejs/bin/node'], source: `${DL} nodejs/README.md (ENTRYPOINT node), 2026` },
  tools: { ...DISTROLESS_CC.tools, node: '/nodejs/bin/node' },
  runtimes: [{ name: 'node', version: '22.23.2', binaryPath: '/nodejs/bin/node', ...NODE_SIGTERM }],
  fs: { paths: NODE_FS, source: `estimate: ${DL} nodejs/README.md`, confidence: 'estimate' },
  notes: [...NOTES_NO_SHELL, 'ENTRYPOINT is node: give the script as CMD ["server.js"]. Node as PID 1 ignores SIGTERM unless the app handles it.'],
};

export const DISTROLESS_NODEJS22_NONROOT: ImageRecord = {
  ...DISTROLESS_NODEJS22,
  tag: 'nonroot',
  title: 'distroless/nodejs22 (Debian 12), running as nonroot (uid 65532)',
  config: { ...DISTROLESS_NODEJS22.config, user: '65532', workdir: '/home/nonroot' },
};

const JAVA_FS: Readonly<Record<string, FsEntry>> = {
  ...CC_FS,
  '/usr/bin/java': { kind: 'symlink', target: '/usr/lib/jvm/temurin21_jre_amd64/bin/java' },
  '/usr/lib/jvm/temurin21_jre_amd64/bin/java': { kind: 'file', size: 12_900, mode: 0o755 },
};

export const DISTROLESS_JAVA21: ImageRecord = {
  ...DISTROLESS_CC,
  repository: 'gcr.io/distroless/java21-debian12',
  title: 'distroless/java21 (Debian 12, Temurin JRE) — ENTRYPOINT java -jar, no shell',
  compressed: { bytes: 85_600_000, source: 'estimate: simulation-model.md §3 "≈80–90 MB"', confidence: 'estimate' },
  onDisk: { bytes: 210_000_000, source: 'estimate: simulation-model.md §3 "≈200–220 MB" (java-debian10:11 was 200 MB, distroless PR #769)', confidence: 'estimate' },
  layers: {
    items: [STATIC_LAYER, GLIBC_LAYER, CC_LAYER, { createdBy: 'bazel build //java:java21_debian12 (Temurin 21 JRE, fontconfig)', emptyLayer: false, bytes: 186_800_000, compressedBytes: 76_000_000 }],
    source: 'estimate: cc layers + a Java 21 runtime', confidence: 'estimate',
  },
  config: { ...ROOT_CONFIG, entrypoint: ['/usr/bin/java', '-jar'], source: `${DL} java/README.md (ENTRYPOINT ["/usr/bin/java", "-jar"]), 2026` },
  tools: { ...DISTROLESS_CC.tools, java: '/usr/bin/java' },
  runtimes: [{ name: 'java', version: '21.0.x', binaryPath: '/usr/bin/java', ...JAVA_SIGTERM }],
  fs: { paths: JAVA_FS, source: `estimate: ${DL} java/README.md`, confidence: 'estimate' },
  notes: [...NOTES_NO_SHELL, 'ENTRYPOINT is `java -jar`: give the jar path as CMD ["/app/app.jar"].'],
};

export const DISTROLESS_JAVA21_NONROOT: ImageRecord = {
  ...DISTROLESS_JAVA21,
  tag: 'nonroot',
  title: 'distroless/java21 (Debian 12), running as nonroot (uid 65532)',
  config: { ...DISTROLESS_JAVA21.config, user: '65532', workdir: '/home/nonroot' },
};

export const DISTROLESS_IMAGES: readonly ImageRecord[] = [
  DISTROLESS_STATIC, DISTROLESS_STATIC_NONROOT, DISTROLESS_BASE, DISTROLESS_BASE_NONROOT, DISTROLESS_CC,
  DISTROLESS_PYTHON3, DISTROLESS_PYTHON3_NONROOT, DISTROLESS_NODEJS22, DISTROLESS_NODEJS22_NONROOT,
  DISTROLESS_JAVA21, DISTROLESS_JAVA21_NONROOT,
];
