/**
 * A small, fixed catalog for the build's unit tests: a few images and packages with figures from
 * simulation-model.md (§3, §4), so the tests check the build's mechanics without depending on the real
 * catalog's data as it evolves.
 */
import type { CatalogImage, ImageRecord, ToolSet, UserSpec } from '../../catalog/types.ts';
import { withDigest } from '../../catalog/digest.ts';
import { parseReference } from '../../catalog/reference.ts';
import type { CatalogView, PackagePlan, PlannedPackage } from '../catalog-view.ts';
import type { EcosystemFigures } from '../catalog-view.ts';

/** Fixed figures (simulation-model.md §4) so that the tests do not move with the catalog. */
const FIGURES: EcosystemFigures = {
  aptListsBytes: () => 19_856_468,
  apkIndexBytes: 2.5e6,
  dpkgInfoBytesPerPackage: 31_000,
  pipCacheRatio: 0.33,
  npmCacheRatio: 0.35,
  downloadBytesPerSecond: 40e6,
};

const NO_TOOLS: ToolSet = {
  bash: undefined, curl: undefined, wget: undefined, tini: undefined, 'ca-certificates': undefined, python3: undefined, pip: undefined,
  node: undefined, npm: undefined, gcc: undefined, make: undefined, git: undefined, java: undefined, go: undefined, cargo: undefined,
};
const DEBIAN_USERS: UserSpec[] = [
  { name: 'root', uid: 0, gid: 0, home: '/root', shell: '/bin/bash' },
  { name: 'nobody', uid: 65534, gid: 65534, home: '/nonexistent' },
];
const ALPINE_USERS: UserSpec[] = [
  { name: 'root', uid: 0, gid: 0, home: '/root', shell: '/bin/sh' },
  { name: 'nobody', uid: 65534, gid: 65534, home: '/' },
];

interface Fake {
  ref: string;
  family: 'debian' | 'alpine' | 'distroless';
  bytes: number;
  compressed: number;
  release?: string;
  slim?: boolean;
  env?: Record<string, string>;
  cmd?: string[];
  entrypoint?: string[];
  tools?: Partial<ToolSet>;
  users?: UserSpec[];
  extra?: Record<string, { kind: 'file'; size: number; mode?: number }>;
}

function record(f: Fake): ImageRecord {
  const parsed = parseReference(f.ref);
  if (!parsed.ok) throw new Error(parsed.error);
  const debian = f.family === 'debian';
  const alpine = f.family === 'alpine';
  return {
    repository: parsed.ref.repository,
    tag: parsed.ref.tag,
    aliases: [],
    title: f.ref,
    snapshot: '2026-09',
    platforms: { 'linux/amd64': {} },
    compressed: { bytes: f.compressed, source: 'test', confidence: 'registry' },
    onDisk: { bytes: f.bytes, source: 'test', confidence: 'registry' },
    layers: { items: [{ createdBy: `ADD rootfs of ${f.ref} / # buildkit`, emptyLayer: false, bytes: f.bytes, compressedBytes: f.compressed }, { createdBy: `CMD ${JSON.stringify(f.cmd ?? [])}`, emptyLayer: true, bytes: 0, compressedBytes: 0 }], source: 'test', confidence: 'registry' },
    config: {
      entrypoint: f.entrypoint, cmd: f.cmd, env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', ...(f.env ?? {}) },
      workdir: '', user: '', stopSignal: undefined, exposedPorts: [], shell: ['/bin/sh', '-c'], source: 'test', confidence: 'registry',
    },
    os: {
      family: f.family,
      release: f.release,
      libc: f.family === 'distroless' ? 'none' : alpine ? 'musl' : 'glibc',
      loaderPath: f.family === 'distroless' ? undefined : alpine ? '/lib/ld-musl-x86_64.so.1' : '/lib64/ld-linux-x86-64.so.2',
      shell: f.family === 'distroless' ? undefined : { path: '/bin/sh', impl: alpine ? 'busybox-ash' : 'dash', execsLoneCommand: alpine, source: 'test' },
      packageManager: debian ? 'apt' : alpine ? 'apk' : 'none',
      packageRelease: f.release,
      usrMerged: debian,
      slim: f.slim ?? false,
      aptDockerClean: debian,
    },
    users: f.users ?? (alpine ? ALPINE_USERS : f.family === 'distroless' ? [] : DEBIAN_USERS),
    tools: { ...NO_TOOLS, ...(debian ? { bash: '/bin/bash' } : {}), ...(alpine ? { wget: '/usr/bin/wget', 'ca-certificates': '/etc/ssl/certs/ca-certificates.crt' } : {}), ...(f.tools ?? {}) },
    runtimes: [],
    fs: { paths: f.extra ?? {}, source: 'test', confidence: 'registry' },
  };
}

const IMAGES: Fake[] = [
  { ref: 'debian:bookworm', family: 'debian', bytes: 116_570_000, compressed: 48_497_091, release: 'bookworm', cmd: ['bash'] },
  { ref: 'debian:bookworm-slim', family: 'debian', bytes: 74_830_000, compressed: 28_232_590, release: 'bookworm', slim: true, cmd: ['bash'] },
  { ref: 'alpine:3.21', family: 'alpine', bytes: 7_800_000, compressed: 3_626_020, release: '3.21', cmd: ['/bin/sh'] },
  {
    ref: 'python:3.12-slim', family: 'debian', bytes: 124_300_000, compressed: 45_400_000, release: 'bookworm', slim: true, cmd: ['python3'],
    env: { PYTHON_VERSION: '3.12.13', LANG: 'C.UTF-8' }, tools: { python3: '/usr/local/bin/python3', pip: '/usr/local/bin/pip', 'ca-certificates': '/etc/ssl/certs/ca-certificates.crt' },
    extra: { '/usr/local/bin/pip3': { kind: 'file', size: 230, mode: 0o755 }, '/usr/local/lib/python3.12/os.py': { kind: 'file', size: 40_000 } },
  },
  {
    ref: 'python:3.12', family: 'debian', bytes: 1_020_000_000, compressed: 380_600_000, release: 'bookworm', cmd: ['python3'],
    env: { PYTHON_VERSION: '3.12.14', LANG: 'C.UTF-8' },
    tools: { python3: '/usr/local/bin/python3', pip: '/usr/local/bin/pip', gcc: '/usr/bin/gcc', make: '/usr/bin/make', curl: '/usr/bin/curl', wget: '/usr/bin/wget', git: '/usr/bin/git', 'ca-certificates': '/etc/ssl/certs/ca-certificates.crt' },
  },
  {
    ref: 'python:3.12-alpine', family: 'alpine', bytes: 48_840_000, compressed: 18_000_000, release: '3.23', cmd: ['python3'],
    env: { PYTHON_VERSION: '3.12.13' }, tools: { python3: '/usr/local/bin/python3', pip: '/usr/local/bin/pip' },
  },
  {
    ref: 'golang:1.25', family: 'debian', bytes: 807_360_000, compressed: 300_000_000, release: 'bookworm', cmd: ['bash'],
    env: { GOPATH: '/go', PATH: '/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', GOTOOLCHAIN: 'local' },
    tools: { go: '/usr/local/go/bin/go', gcc: '/usr/bin/gcc', git: '/usr/bin/git', curl: '/usr/bin/curl', make: '/usr/bin/make', 'ca-certificates': '/etc/ssl/certs/ca-certificates.crt' },
  },
  {
    ref: 'golang:1.25-alpine', family: 'alpine', bytes: 215_260_000, compressed: 78_000_000, release: '3.24', cmd: ['/bin/sh'],
    env: { GOPATH: '/go', PATH: '/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
    tools: { go: '/usr/local/go/bin/go' },
  },
  {
    ref: 'node:22-alpine', family: 'alpine', bytes: 167_630_000, compressed: 60_600_000, release: '3.23', cmd: ['node'], entrypoint: ['docker-entrypoint.sh'],
    tools: { node: '/usr/local/bin/node', npm: '/usr/local/bin/npm' },
    users: [...ALPINE_USERS, { name: 'node', uid: 1000, gid: 1000, home: '/home/node', shell: '/bin/sh' }],
    extra: { '/usr/local/bin/docker-entrypoint.sh': { kind: 'file', size: 447, mode: 0o755 } },
  },
  { ref: 'gcr.io/distroless/static-debian12', family: 'distroless', bytes: 2_430_000, compressed: 2_000_000, users: [{ name: 'root', uid: 0, gid: 0, home: '/root', shell: '/sbin/nologin' }, { name: 'nonroot', uid: 65532, gid: 65532, home: '/home/nonroot' }] },
];

interface Pkg {
  bytes: number;
  binaries?: string[];
  deps?: [string, number][];
  recommends?: [string, number][];
}

/** apt (bookworm, §4.1 closures) and apk (§4.2) figures, rounded. */
const APT: Record<string, Pkg> = {
  curl: { bytes: 489_000, binaries: ['curl'], deps: [['libcurl4', 11_500_000]], recommends: [['ca-certificates', 3_800_000]] },
  'ca-certificates': { bytes: 388_000, deps: [['openssl', 8_600_000]] },
  gcc: { bytes: 47_000, binaries: ['gcc', 'cc'], deps: [['gcc-12', 68_000_000], ['binutils', 112_000_000]], recommends: [['libc6-dev', 89_000_000]] },
  'build-essential': { bytes: 20_000, binaries: ['gcc', 'cc', 'g++', 'make'], deps: [['gcc-12', 68_000_000], ['g++-12', 87_000_000], ['binutils', 112_000_000], ['libc6-dev', 56_000_000]], recommends: [['fakeroot', 79_000_000]] },
  tini: { bytes: 750_000, binaries: ['tini', 'tini-static'] },
  python3: { bytes: 81_000, binaries: ['python3'], deps: [['python3.11', 33_400_000]], recommends: [['python3-minimal-extra', 3_100_000]] },
  'python3-pip': { bytes: 7_000_000, binaries: ['pip', 'pip3'], deps: [['python3', 33_500_000], ['python3-setuptools', 7_400_000]], recommends: [['build-essential', 421_000_000]] },
  git: { bytes: 44_890_000, binaries: ['git'], deps: [['perl', 63_900_000]], recommends: [['less', 15_000_000]] },
  vim: { bytes: 3_650_000, binaries: ['vim'], deps: [['vim-runtime', 38_000_000]] },
  cmake: { bytes: 28_897_000, binaries: ['cmake'], deps: [['cmake-data', 66_700_000]], recommends: [['gcc', 265_000_000]] },
  make: { bytes: 1_592_000, binaries: ['make'] },
  'python3-dev': { bytes: 155_000, deps: [['python3.11-dev', 94_200_000]], recommends: [['gcc', 60_000_000]] },
};
const APT_MISSING = new Set(['cuda-toolkit-12-1']);
const APK: Record<string, Pkg> = {
  curl: { bytes: 278_000, binaries: ['curl'], deps: [['libcurl', 725_000], ['brotli-libs', 957_000], ['libunistring', 1_877_000], ['c-ares', 237_000]] },
  'build-base': { bytes: 4_000, binaries: ['gcc', 'cc', 'g++', 'make'], deps: [['gcc', 180_000_000], ['binutils', 20_000_000], ['musl-dev', 10_000_000]] },
  gcc: { bytes: 180_000_000, binaries: ['gcc', 'cc'], deps: [['binutils', 20_000_000]] },
  git: { bytes: 17_000_000, binaries: ['git'] },
  tini: { bytes: 40_000, binaries: ['tini'] },
  'musl-dev': { bytes: 10_000_000 },
  bash: { bytes: 1_300_000, binaries: ['bash'] },
};

function plan(table: Record<string, Pkg>, missing: ReadonlySet<string>, names: readonly string[], recommends: boolean, installed: ReadonlySet<string>): PackagePlan {
  const packages: PlannedPackage[] = [];
  const seen = new Set(installed);
  const unknown: string[] = [];
  const unavailable = names.filter((n) => missing.has(n)).map((name) => ({ name, message: `Unable to locate package ${name}` }));
  for (const name of names) {
    if (missing.has(name) || seen.has(name)) continue;
    seen.add(name);
    const p = table[name];
    if (p === undefined) {
      unknown.push(name);
      packages.push({ name, bytes: 2e6, downloadBytes: 0.8e6, binaries: [name], auto: false, estimate: true });
      continue;
    }
    packages.push({ name, bytes: p.bytes, downloadBytes: p.bytes / 2.6, binaries: p.binaries ?? [], auto: false, estimate: false });
    for (const [dep, bytes] of [...(p.deps ?? []), ...(recommends ? (p.recommends ?? []) : [])]) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      packages.push({ name: dep, bytes, downloadBytes: bytes / 2.6, binaries: table[dep]?.binaries ?? [], auto: true, estimate: false });
    }
  }
  return { packages, unknown, unavailable, notes: [] };
}

const PIP: Record<string, { bytes: number; wheel: number; native?: boolean; scripts?: string[] }> = {
  flask: { bytes: 5_000_000, wheel: 1_600_000, scripts: ['flask'] },
  gunicorn: { bytes: 1_200_000, wheel: 400_000, scripts: ['gunicorn'] },
  numpy: { bytes: 60_000_000, wheel: 18_000_000, native: true },
  requests: { bytes: 1_500_000, wheel: 500_000 },
};
const NPM: Record<string, { bytes: number; packages: number; bins?: string[] }> = {
  express: { bytes: 2_900_000, packages: 68 },
  typescript: { bytes: 30_500_000, packages: 1, bins: ['tsc', 'tsserver'] },
  react: { bytes: 4_000_000, packages: 3 },
  'react-dom': { bytes: 4_400_000, packages: 3 },
  bcrypt: { bytes: 2_000_000, packages: 60 },
};

export function fakeCatalog(): CatalogView {
  const images = new Map<string, CatalogImage>();
  for (const f of IMAGES) images.set(f.ref, withDigest(record(f)));
  return {
    image: (ref) => {
      const parsed = parseReference(ref);
      if (!parsed.ok) return undefined;
      return images.get(parsed.ref.familiar) ?? images.get(ref);
    },
    aptPlan: (_image, names, options) => plan(APT, APT_MISSING, names, options.recommends, options.installed),
    apkPlan: (_release, names, installed) => plan(APK, new Set(), names, false, installed),
    pipPlan: (names, libc) => ({
      packages: names.map((name) => {
        const p = PIP[name.toLowerCase()];
        return p === undefined
          ? { name, bytes: 3e6, wheelBytes: 1e6, native: false, scripts: [], estimate: true }
          : { name, bytes: p.bytes, wheelBytes: p.wheel, native: (p.native ?? false) && libc === 'musl', scripts: p.scripts ?? [], estimate: false };
      }),
      notes: names.filter((n) => PIP[n.toLowerCase()] === undefined).map((n) => `${n}: not in the catalog — estimated`),
    }),
    npm: (name) => {
      const p = NPM[name];
      return p === undefined ? { name, bytes: 2e6, packages: 5, bins: [], estimate: true } : { name, bytes: p.bytes, packages: p.packages, bins: p.bins ?? [], estimate: false };
    },
    figures: FIGURES,
  };
}
