// Shared literals for the image records: shells, users, runtimes' signal behaviour, tool sets and file-system
// seed fragments. Sizes in fs seeds are approximate (they only feed "is it there?" answers and dive-style views).
import type { FsEntry, RuntimeSpec, ShellSpec, ToolSet, UserSpec } from '../types.ts';

export const SNAPSHOT_REPO_INFO = 'docker-library/repo-info';

export const DASH: ShellSpec = {
  path: '/bin/sh',
  impl: 'dash',
  execsLoneCommand: false,
  source: 'measured: dash 0.5.12-2 -c forks for every string (Debian patch 0004 disables the exec) — runtime-signals.md §2, 2026-11',
};

export const DASH_UBUNTU: ShellSpec = {
  path: '/bin/sh',
  impl: 'dash',
  execsLoneCommand: false,
  source: 'estimate: Ubuntu ships Debian\'s dash; whether it keeps patch 0004 is unconfirmed (runtime-signals.md §2), assumed like Debian',
};

export const BUSYBOX_ASH: ShellSpec = {
  path: '/bin/sh',
  impl: 'busybox-ash',
  execsLoneCommand: true,
  source: 'measured: busybox 1.35 ash -c execs a lone last command (shell/ash.c evalstring EV_EXIT) — runtime-signals.md §2, 2026-11',
};

// ---- users --------------------------------------------------------------------------------------------------

/** base-passwd 3.6 (Debian 12/13, Ubuntu): the static system accounts. */
export const DEBIAN_USERS: readonly UserSpec[] = [
  { name: 'root', uid: 0, gid: 0, home: '/root', shell: '/bin/bash' },
  { name: 'daemon', uid: 1, gid: 1 }, { name: 'bin', uid: 2, gid: 2 }, { name: 'sys', uid: 3, gid: 3 },
  { name: 'sync', uid: 4, gid: 65534 }, { name: 'games', uid: 5, gid: 60 }, { name: 'man', uid: 6, gid: 12 },
  { name: 'lp', uid: 7, gid: 7 }, { name: 'mail', uid: 8, gid: 8 }, { name: 'news', uid: 9, gid: 9 },
  { name: 'uucp', uid: 10, gid: 10 }, { name: 'proxy', uid: 13, gid: 13 }, { name: 'www-data', uid: 33, gid: 33 },
  { name: 'backup', uid: 34, gid: 34 }, { name: 'list', uid: 38, gid: 38 }, { name: 'irc', uid: 39, gid: 39 },
  { name: '_apt', uid: 42, gid: 65534 }, { name: 'nobody', uid: 65534, gid: 65534, home: '/nonexistent' },
];

export const ALPINE_USERS: readonly UserSpec[] = [
  { name: 'root', uid: 0, gid: 0, home: '/root', shell: '/bin/sh' },
  { name: 'bin', uid: 1, gid: 1 }, { name: 'daemon', uid: 2, gid: 2 }, { name: 'lp', uid: 4, gid: 7 },
  { name: 'sync', uid: 5, gid: 0 }, { name: 'shutdown', uid: 6, gid: 0 }, { name: 'halt', uid: 7, gid: 0 },
  { name: 'mail', uid: 8, gid: 12 }, { name: 'news', uid: 9, gid: 13 }, { name: 'uucp', uid: 10, gid: 14 },
  { name: 'cron', uid: 16, gid: 16 }, { name: 'ftp', uid: 21, gid: 21 }, { name: 'sshd', uid: 22, gid: 22 },
  { name: 'games', uid: 35, gid: 35 }, { name: 'ntp', uid: 123, gid: 123 }, { name: 'guest', uid: 405, gid: 100 },
  { name: 'nobody', uid: 65534, gid: 65534, home: '/' },
];

export const BUSYBOX_USERS: readonly UserSpec[] = [
  { name: 'root', uid: 0, gid: 0, home: '/root', shell: '/bin/sh' },
  { name: 'daemon', uid: 1, gid: 1 }, { name: 'bin', uid: 2, gid: 2 }, { name: 'sys', uid: 3, gid: 3 },
  { name: 'sync', uid: 4, gid: 100 }, { name: 'mail', uid: 8, gid: 8 }, { name: 'www-data', uid: 33, gid: 33 },
  { name: 'operator', uid: 37, gid: 37 }, { name: 'nobody', uid: 65534, gid: 65534, home: '/home' },
];

/** distroless base/testdata/base.yaml: root, nobody, nonroot (65532, common/variables.bzl NONROOT). */
export const DISTROLESS_USERS: readonly UserSpec[] = [
  { name: 'root', uid: 0, gid: 0, home: '/root', shell: '/sbin/nologin' },
  { name: 'nobody', uid: 65534, gid: 65534, home: '/nonexistent', shell: '/sbin/nologin' },
  { name: 'nonroot', uid: 65532, gid: 65532, home: '/home/nonroot', shell: '/sbin/nologin' },
];

export const NODE_USER: UserSpec = { name: 'node', uid: 1000, gid: 1000, home: '/home/node', shell: '/bin/bash' };
export const NODE_USER_ALPINE: UserSpec = { name: 'node', uid: 1000, gid: 1000, home: '/home/node', shell: '/bin/sh' };
export const NGINX_USER: UserSpec = { name: 'nginx', uid: 101, gid: 101, home: '/nonexistent', shell: '/bin/false' };

// ---- runtimes' SIGTERM behaviour as PID 1 (runtime-signals.md §3, §5) -------------------------------------------

export const NODE_SIGTERM = {
  sigtermAsPid1: 'ignored',
  exitCodeOnSigterm: undefined,
  note: 'node re-raises SIGTERM after resetting its handler; as PID 1 the kernel drops it, so without process.on("SIGTERM") docker stop waits 10 s and SIGKILLs (137)',
  source: 'nodejs/node src/node.cc RegisterSignalHandler(SIGTERM, SignalExit, true); measured in runtime-signals.md §3/§5, 2026-11',
} as const satisfies Partial<RuntimeSpec>;

export const PYTHON_SIGTERM = {
  sigtermAsPid1: 'ignored',
  exitCodeOnSigterm: undefined,
  note: 'CPython installs no SIGTERM handler (SIG_DFL); as PID 1 the default action never happens, so docker stop waits 10 s and SIGKILLs (137)',
  source: 'docs.python.org/3/library/signal.html; measured in runtime-signals.md §3/§5, 2026-11',
} as const satisfies Partial<RuntimeSpec>;

export const JAVA_SIGTERM = {
  sigtermAsPid1: 'exits',
  exitCodeOnSigterm: 143,
  note: 'the JVM handles SIGTERM (java.lang.Terminator): shutdown hooks run, then exit(128+15) = 143',
  source: 'Temurin src.zip Terminator.java; measured on OpenJDK 17 in runtime-signals.md §3, 2026-11',
} as const satisfies Partial<RuntimeSpec>;

export const GO_SIGTERM = {
  sigtermAsPid1: 'exits',
  exitCodeOnSigterm: 2,
  note: 'a Go program without signal.Notify catches SIGTERM in the runtime, fails to re-raise it as PID 1 and exits with status 2',
  source: 'golang/go src/runtime/signal_unix.go dieFromSignal; measured in runtime-signals.md §3/§5, 2026-11',
} as const satisfies Partial<RuntimeSpec>;

export const NGINX_SIGTERM = {
  sigtermAsPid1: 'exits',
  exitCodeOnSigterm: 0,
  gracefulSignal: 'SIGQUIT',
  note: 'nginx shuts down fast on SIGTERM and gracefully on SIGQUIT, which the image sets as STOPSIGNAL',
  source: 'nginx(8); docker-nginx mainline/debian/Dockerfile STOPSIGNAL SIGQUIT — runtime-signals.md §3, 2026-11',
} as const satisfies Partial<RuntimeSpec>;

export const RUST_SIGTERM = {
  sigtermAsPid1: 'ignored',
  exitCodeOnSigterm: undefined,
  note: 'a Rust binary installs no SIGTERM handler by default (SIG_DFL), so as PID 1 it ignores SIGTERM unless the app handles it',
  source: 'estimate: Rust std leaves SIGTERM at SIG_DFL (only SIGPIPE is changed); same PID-1 rule as any handler-less program (runtime-signals.md §1)',
} as const satisfies Partial<RuntimeSpec>;

// ---- tool sets ------------------------------------------------------------------------------------------------

export const NO_TOOLS: ToolSet = {
  bash: undefined, curl: undefined, wget: undefined, tini: undefined, 'ca-certificates': undefined,
  python3: undefined, pip: undefined, node: undefined, npm: undefined, gcc: undefined, make: undefined,
  git: undefined, java: undefined, go: undefined, cargo: undefined,
};

export const CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

/** What debian:bookworm/trixie ship: bash, nothing else of the list (no ca-certificates!). */
export const DEBIAN_TOOLS: ToolSet = { ...NO_TOOLS, bash: '/bin/bash' };

/** buildpack-deps:<suite> (python:3.x, node:22, rust:1.x full images): curl, wget, git, gcc, make, python3 (via mercurial). */
export const BUILDPACK_DEPS_TOOLS: ToolSet = {
  ...NO_TOOLS,
  bash: '/bin/bash', curl: '/usr/bin/curl', wget: '/usr/bin/wget', 'ca-certificates': CA_BUNDLE,
  python3: '/usr/bin/python3', gcc: '/usr/bin/gcc', make: '/usr/bin/make', git: '/usr/bin/git',
};

/** BusyBox applets in alpine: wget is there (BusyBox's), curl and bash are not; the CA bundle comes with apk-tools. */
export const ALPINE_TOOLS: ToolSet = { ...NO_TOOLS, wget: '/usr/bin/wget', 'ca-certificates': CA_BUNDLE };

// ---- file-system seed fragments --------------------------------------------------------------------------------

type Paths = Readonly<Record<string, FsEntry>>;

/** Merged /usr (Debian ≥ 12, Ubuntu ≥ 20.04): the top-level dirs are symlinks. */
export const USRMERGE_PATHS: Paths = {
  '/bin': { kind: 'symlink', target: 'usr/bin' },
  '/sbin': { kind: 'symlink', target: 'usr/sbin' },
  '/lib': { kind: 'symlink', target: 'usr/lib' },
  '/lib64': { kind: 'symlink', target: 'usr/lib64' },
};

export const GLIBC_AMD64_PATHS: Paths = {
  '/usr/lib64/ld-linux-x86-64.so.2': { kind: 'symlink', target: '../lib/x86_64-linux-gnu/ld-linux-x86-64.so.2' },
  '/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2': { kind: 'file', size: 210_968, mode: 0o755 },
  '/usr/lib/x86_64-linux-gnu/libc.so.6': { kind: 'file', size: 1_922_136, mode: 0o755 },
};

/** The parts of a Debian/Ubuntu base every image built on it has. */
export const DEBIAN_BASE_PATHS: Paths = {
  ...USRMERGE_PATHS,
  ...GLIBC_AMD64_PATHS,
  '/usr/bin/dash': { kind: 'file', size: 125_560, mode: 0o755 },
  '/usr/bin/sh': { kind: 'symlink', target: 'dash' },
  '/usr/bin/bash': { kind: 'file', size: 1_265_648, mode: 0o755 },
  '/usr/bin/apt-get': { kind: 'file', size: 51_592, mode: 0o755 },
  '/usr/bin/dpkg': { kind: 'file', size: 318_368, mode: 0o755 },
  '/etc/passwd': { kind: 'file', size: 922, mode: 0o644 },
  '/etc/group': { kind: 'file', size: 446, mode: 0o644 },
  '/etc/apt/apt.conf.d/docker-clean': { kind: 'file', size: 780, mode: 0o644 },
  '/var/lib/apt/lists': { kind: 'dir', size: 0 },
  '/var/lib/dpkg/status': { kind: 'file', size: 76_000, mode: 0o644 },
  '/var/cache/apt/archives': { kind: 'dir', size: 0 },
  '/tmp': { kind: 'dir' },
  '/root': { kind: 'dir' },
  '/usr/local/bin': { kind: 'dir' },
};

export const CA_PATHS: Paths = {
  '/etc/ssl/certs/ca-certificates.crt': { kind: 'file', size: 219_000, mode: 0o644 },
};

export const BUILDPACK_DEPS_PATHS: Paths = {
  ...CA_PATHS,
  '/usr/bin/curl': { kind: 'file', size: 277_632, mode: 0o755 },
  '/usr/bin/wget': { kind: 'file', size: 527_536, mode: 0o755 },
  '/usr/bin/git': { kind: 'file', size: 3_991_296, mode: 0o755 },
  '/usr/bin/gcc': { kind: 'symlink', target: 'gcc-12' },
  '/usr/bin/gcc-12': { kind: 'file', size: 1_231_304, mode: 0o755 },
  '/usr/bin/make': { kind: 'file', size: 253_000, mode: 0o755 },
  '/usr/bin/python3': { kind: 'symlink', target: 'python3.11' },
  '/usr/bin/python3.11': { kind: 'file', size: 6_831_736, mode: 0o755 },
};

export const ALPINE_BASE_PATHS: Paths = {
  '/bin/busybox': { kind: 'file', size: 808_712, mode: 0o755 },
  '/bin/sh': { kind: 'symlink', target: '/bin/busybox' },
  '/usr/bin/wget': { kind: 'symlink', target: '/bin/busybox' },
  '/lib/ld-musl-x86_64.so.1': { kind: 'file', size: 659_576, mode: 0o755 },
  '/lib/libc.musl-x86_64.so.1': { kind: 'symlink', target: 'ld-musl-x86_64.so.1' },
  '/sbin/apk': { kind: 'file', size: 133_000, mode: 0o755 },
  '/etc/apk/repositories': { kind: 'file', size: 103, mode: 0o644 },
  '/etc/passwd': { kind: 'file', size: 1_172, mode: 0o644 },
  '/etc/group': { kind: 'file', size: 682, mode: 0o644 },
  '/etc/ssl/certs/ca-certificates.crt': { kind: 'file', size: 219_000, mode: 0o644 },
  '/lib/apk/db/installed': { kind: 'file', size: 24_000, mode: 0o644 },
  '/var/cache/apk': { kind: 'dir', size: 0 },
  '/tmp': { kind: 'dir' },
  '/root': { kind: 'dir' },
  '/usr/local/bin': { kind: 'dir' },
};

/** gcr.io/distroless/static: no libc, no shell; passwd, CA bundle, tzdata. */
export const DISTROLESS_STATIC_PATHS: Paths = {
  '/etc/passwd': { kind: 'file', size: 200, mode: 0o644 },
  '/etc/group': { kind: 'file', size: 120, mode: 0o644 },
  '/etc/ssl/certs/ca-certificates.crt': { kind: 'file', size: 219_000, mode: 0o644 },
  '/usr/share/zoneinfo': { kind: 'dir', size: 1_900_000 },
  '/etc/os-release': { kind: 'file', size: 180, mode: 0o644 },
  '/home/nonroot': { kind: 'dir' },
  '/tmp': { kind: 'dir' },
};

/** distroless/base adds glibc + libssl (no usrmerge symlinks in distroless: /lib64 is a real dir). */
export const DISTROLESS_GLIBC_PATHS: Paths = {
  '/lib64/ld-linux-x86-64.so.2': { kind: 'symlink', target: '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2' },
  '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2': { kind: 'file', size: 210_968, mode: 0o755 },
  '/lib/x86_64-linux-gnu/libc.so.6': { kind: 'file', size: 1_922_136, mode: 0o755 },
  '/usr/lib/x86_64-linux-gnu/libssl.so.3': { kind: 'file', size: 696_000, mode: 0o644 },
};
