/**
 * Small `BuiltImage` values for the runtime's unit tests, built directly (not through the build), with
 * base filesystems shaped like the real images where it matters here: Debian's merged /usr and dash
 * as /bin/sh, Alpine's BusyBox applets and musl loader, scratch's nothing, distroless's passwd.
 */
import type {
  BinaryInfo,
  BuiltImage,
  CommandOrigin,
  DirNode,
  FileNode,
  FsNode,
  GroupAccount,
  Healthcheck,
  ImageConfig,
  ImageOs,
  UserAccount,
} from '../../build/types.ts';
import { parseShell } from '../../shell/index.ts';

export type Base = 'debian' | 'ubuntu' | 'alpine' | 'scratch' | 'distroless' | 'distroless-base';

export type FileSpec =
  | string
  | {
      readonly text?: string;
      readonly mode?: number;
      readonly uid?: number;
      readonly gid?: number;
      /** An ELF: `glibc` / `musl` dynamic for the image's arch, `static`, or details. */
      readonly elf?: 'glibc' | 'musl' | 'static' | Partial<BinaryInfo> & { readonly handlesSignals?: boolean };
      readonly link?: string;
      readonly dir?: boolean;
    };

export interface CommandSpec {
  readonly value: readonly string[];
  readonly origin: CommandOrigin;
}

export function exec(argv: readonly string[], line = 1, inherited = false): CommandSpec {
  return { value: argv, origin: { form: 'exec', script: undefined, shell: undefined, line, inherited } };
}

export function shell(text: string, shellArgv: readonly string[] = ['/bin/sh', '-c'], line = 1, inherited = false): CommandSpec {
  return { value: [...shellArgv, text], origin: { form: 'shell', script: parseShell(text), shell: shellArgv, line, inherited } };
}

export interface FixtureInput {
  readonly base: Base;
  /** `BuiltImage.baseImage` (the FROM reference); the base's name by default. */
  readonly baseImage?: string;
  readonly arch?: string;
  readonly files?: Readonly<Record<string, FileSpec>>;
  readonly entrypoint?: CommandSpec;
  readonly cmd?: CommandSpec;
  readonly env?: Readonly<Record<string, string>>;
  readonly workdir?: string;
  readonly user?: string;
  readonly stopSignal?: string;
  readonly healthcheck?: Partial<Healthcheck> & { readonly test: readonly string[] };
  readonly shellConfig?: readonly string[];
  readonly users?: readonly UserAccount[];
  readonly groups?: readonly GroupAccount[];
}

const LOADERS: Readonly<Record<string, Readonly<Record<'glibc' | 'musl', string>>>> = {
  amd64: { glibc: '/lib64/ld-linux-x86-64.so.2', musl: '/lib/ld-musl-x86_64.so.1' },
  arm64: { glibc: '/lib/ld-linux-aarch64.so.1', musl: '/lib/ld-musl-aarch64.so.1' },
};

export function elf(libc: 'glibc' | 'musl' | 'static', arch = 'amd64', extra: Partial<BinaryInfo> = {}): BinaryInfo {
  const loaders = LOADERS[arch] ?? LOADERS.amd64;
  return libc === 'static'
    ? { linkage: 'static', interpreter: undefined, libc: 'none', needs: [], arch, producer: 'go build', ...extra }
    : { linkage: 'dynamic', interpreter: loaders?.[libc], libc, needs: [], arch, producer: 'gcc', ...extra };
}

const DEB_USERS: UserAccount[] = [
  { name: 'root', uid: 0, gid: 0, home: '/root', shell: '/bin/bash' },
  { name: 'daemon', uid: 1, gid: 1, home: '/usr/sbin', shell: '/usr/sbin/nologin' },
  { name: 'nobody', uid: 65534, gid: 65534, home: '/nonexistent', shell: '/usr/sbin/nologin' },
];
const ALPINE_USERS: UserAccount[] = [
  { name: 'root', uid: 0, gid: 0, home: '/root', shell: '/bin/sh' },
  { name: 'nobody', uid: 65534, gid: 65534, home: '/', shell: '/sbin/nologin' },
];
const DISTROLESS_USERS: UserAccount[] = [
  { name: 'root', uid: 0, gid: 0, home: '/root', shell: '/sbin/nologin' },
  { name: 'nobody', uid: 65534, gid: 65534, home: '/nonexistent', shell: '/sbin/nologin' },
  { name: 'nonroot', uid: 65532, gid: 65532, home: '/home/nonroot', shell: '/sbin/nologin' },
];

function baseFiles(base: Base, arch: string): Record<string, FileSpec> {
  const loaders = LOADERS[arch] ?? (LOADERS.amd64 as Readonly<Record<'glibc' | 'musl', string>>);
  switch (base) {
    case 'debian':
    case 'ubuntu': {
      const bin = (name: string) => ({ [`/usr/bin/${name}`]: { elf: 'glibc' as const, mode: 0o755 } });
      return {
        '/bin': { link: 'usr/bin' },
        '/sbin': { link: 'usr/sbin' },
        '/lib': { link: 'usr/lib' },
        '/lib64': { link: 'usr/lib64' },
        [`/usr${loaders.glibc}`]: { elf: 'glibc', mode: 0o755 },
        '/usr/lib/x86_64-linux-gnu/libc.so.6': { elf: 'glibc', mode: 0o755 },
        ...bin('dash'),
        '/usr/bin/sh': { link: 'dash' },
        ...bin('bash'),
        ...bin('env'),
        ...bin('sleep'),
        ...bin('cat'),
        ...bin('echo'),
        ...bin('apt-get'),
        '/usr/local/bin': { dir: true },
        '/usr/local/sbin': { dir: true },
        '/usr/sbin': { dir: true },
        '/tmp': { dir: true, mode: 0o1777 },
        '/root': { dir: true, mode: 0o700 },
        '/etc/passwd': 'root:x:0:0:root:/root:/bin/bash\n',
      };
    }
    case 'alpine': {
      const applet = (path: string) => ({ [path]: { link: '/bin/busybox' } });
      return {
        '/bin/busybox': { elf: 'musl', mode: 0o755 },
        [loaders.musl]: { elf: 'musl', mode: 0o755 },
        ...applet('/bin/sh'),
        ...applet('/bin/ash'),
        ...applet('/bin/sleep'),
        ...applet('/bin/cat'),
        ...applet('/bin/echo'),
        ...applet('/usr/bin/env'),
        ...applet('/usr/bin/wget'),
        '/sbin/apk': { elf: 'musl', mode: 0o755 },
        '/usr/local/bin': { dir: true },
        '/tmp': { dir: true, mode: 0o1777 },
        '/root': { dir: true, mode: 0o700 },
        '/etc/passwd': 'root:x:0:0:root:/root:/bin/sh\n',
      };
    }
    case 'scratch':
      return {};
    case 'distroless':
      return { '/etc/passwd': 'root:x:0:0:root:/root:/sbin/nologin\n', '/tmp': { dir: true, mode: 0o1777 } };
    case 'distroless-base':
      return {
        '/etc/passwd': 'root:x:0:0:root:/root:/sbin/nologin\n',
        '/tmp': { dir: true, mode: 0o1777 },
        [loaders.glibc]: { elf: 'glibc', mode: 0o755 },
      };
  }
}

interface MutableDir {
  readonly kind: 'dir';
  mode: number;
  uid: number;
  gid: number;
  readonly children: Map<string, FsNode>;
}

function dir(mode = 0o755): MutableDir {
  return { kind: 'dir', mode, uid: 0, gid: 0, children: new Map() };
}

function put(root: MutableDir, path: string, node: FsNode): void {
  const parts = path.split('/').filter((p) => p !== '');
  let d = root;
  for (const part of parts.slice(0, -1)) {
    let next = d.children.get(part);
    if (next === undefined) {
      next = dir();
      d.children.set(part, next);
    }
    if (next.kind !== 'dir') throw new Error(`fixture: ${part} of ${path} is not a directory`);
    d = next as MutableDir;
  }
  const name = parts.at(-1) as string;
  const existing = d.children.get(name);
  if (node.kind === 'dir' && existing?.kind === 'dir') {
    (existing as MutableDir).mode = node.mode;
    (existing as MutableDir).uid = node.uid;
    (existing as MutableDir).gid = node.gid;
    return;
  }
  d.children.set(name, node);
}

function toNode(spec: FileSpec, arch: string): FsNode {
  if (typeof spec === 'string') return file({ text: spec });
  if (spec.link !== undefined) return { kind: 'symlink', target: spec.link, uid: 0, gid: 0 };
  if (spec.dir === true) return { ...dir(spec.mode ?? 0o755), uid: spec.uid ?? 0, gid: spec.gid ?? 0 };
  let binary: BinaryInfo | undefined;
  if (spec.elf !== undefined) {
    binary = typeof spec.elf === 'string' ? elf(spec.elf, arch) : { ...elf('glibc', arch), ...spec.elf };
  }
  return file({ ...spec, binary, mode: spec.mode ?? (binary !== undefined ? 0o755 : 0o644) });
}

function file(spec: { text?: string; mode?: number; uid?: number; gid?: number; binary?: BinaryInfo }): FileNode {
  return {
    kind: 'file',
    bytes: spec.text?.length ?? 1000,
    mode: spec.mode ?? 0o644,
    uid: spec.uid ?? 0,
    gid: spec.gid ?? 0,
    digest: 'fixture',
    text: spec.text,
    binary: spec.binary,
    content: spec.binary !== undefined ? 'binary' : 'text',
    estimate: false,
  };
}

function parsePasswd(text: string): UserAccount[] {
  return text
    .split('\n')
    .map((l) => l.split(':'))
    .filter((f) => f.length >= 7)
    .map((f) => ({ name: f[0] as string, uid: Number(f[2]), gid: Number(f[3]), home: f[5] as string, shell: f[6] as string }));
}

export function imageFixture(input: FixtureInput): BuiltImage {
  const arch = input.arch ?? 'amd64';
  const root = dir();
  const specs = { ...baseFiles(input.base, arch), ...(input.files ?? {}) };
  for (const [path, spec] of Object.entries(specs)) put(root, path, toNode(spec, arch));
  const workdir = input.workdir ?? '/';
  if (workdir !== '/' && !(input.files ?? {})[workdir]) put(root, workdir, dir());
  const passwd = specs['/etc/passwd'];
  const defaultUsers =
    input.base === 'alpine' ? ALPINE_USERS : input.base.startsWith('distroless') ? DISTROLESS_USERS : input.base === 'scratch' ? [] : DEB_USERS;
  const users = input.users ?? (typeof passwd === 'string' && passwd.split('\n').length > 2 ? parsePasswd(passwd) : defaultUsers);
  const groups = input.groups ?? users.map((u) => ({ name: u.name, gid: u.gid, members: [] }));
  const pkgs = { packageRelease: undefined, packageSets: [], slim: false };
  const osByBase: Readonly<Record<Base, ImageOs>> = {
    debian: { family: 'debian', libc: 'glibc', shellImpl: 'dash', packageManager: 'apt', ...pkgs, packageRelease: 'bookworm' },
    ubuntu: { family: 'ubuntu', libc: 'glibc', shellImpl: 'dash', packageManager: 'apt', ...pkgs, packageRelease: 'noble' },
    alpine: { family: 'alpine', libc: 'musl', shellImpl: 'busybox-ash', packageManager: 'apk', ...pkgs, packageRelease: '3.21' },
    scratch: { family: 'scratch', libc: 'none', shellImpl: undefined, packageManager: undefined, ...pkgs },
    distroless: { family: 'distroless', libc: 'none', shellImpl: undefined, packageManager: undefined, ...pkgs },
    'distroless-base': { family: 'distroless', libc: 'glibc', shellImpl: undefined, packageManager: undefined, ...pkgs },
  };
  const hc = input.healthcheck;
  const config: ImageConfig = {
    entrypoint: input.entrypoint?.value,
    cmd: input.cmd?.value,
    entrypointOrigin: input.entrypoint?.origin,
    cmdOrigin: input.cmd?.origin,
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', ...(input.env ?? {}) },
    workdir,
    user: input.user ?? '',
    exposedPorts: [],
    stopSignal: input.stopSignal,
    healthcheck:
      hc === undefined
        ? undefined
        : {
            test: hc.test,
            intervalSeconds: hc.intervalSeconds,
            timeoutSeconds: hc.timeoutSeconds,
            startPeriodSeconds: hc.startPeriodSeconds,
            startIntervalSeconds: hc.startIntervalSeconds,
            retries: hc.retries,
            origin: hc.test[0] === 'CMD-SHELL' ? { form: 'shell', script: parseShell(hc.test[1] ?? ''), shell: undefined, line: 1, inherited: false } : undefined,
          },
    shell: input.shellConfig ?? ['/bin/sh', '-c'],
    labels: {},
    volumes: [],
    onbuild: [],
  };
  return {
    stage: '',
    baseImage: input.baseImage ?? input.base,
    platform: { os: 'linux', arch },
    os: osByBase[input.base],
    config,
    filesystem: root as DirNode,
    layers: [],
    history: [],
    diskBytes: 0,
    compressedBytes: 0,
    wastedBytes: 0,
    efficiency: 1,
    users,
    groups,
    estimates: [],
  };
}

/** Runtime files of official images (binaries as ELF; scripts with text where it matters). */
export const runtimes = {
  node(libc: 'glibc' | 'musl' = 'glibc', arch = 'amd64'): Record<string, FileSpec> {
    return {
      '/usr/local/bin/node': { elf: elf(libc, arch) },
      '/usr/local/lib/node_modules/npm/bin/npm-cli.js': { text: '#!/usr/bin/env node\nrequire("../lib/cli.js")(process)\n', mode: 0o755 },
      '/usr/local/bin/npm': { link: '../lib/node_modules/npm/bin/npm-cli.js' },
      '/opt/yarn/bin/yarn.js': { text: '#!/usr/bin/env node\nrequire("../lib/cli.js")\n', mode: 0o755 },
      '/usr/local/bin/yarn': { link: '/opt/yarn/bin/yarn.js' },
      '/usr/local/bin/docker-entrypoint.sh': { mode: 0o755 },
    };
  },
  python(libc: 'glibc' | 'musl' = 'glibc'): Record<string, FileSpec> {
    return {
      '/usr/local/bin/python3.12': { elf: elf(libc) },
      '/usr/local/bin/python3': { link: 'python3.12' },
      '/usr/local/bin/python': { link: 'python3' },
    };
  },
};
