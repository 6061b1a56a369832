/**
 * Read-only questions the runtime asks of the image's filesystem: path resolution with symlinks
 * followed as the kernel does (MAXSYMLINKS 40), Go's `exec.LookPath`, which runc uses to find the
 * container's program (so its error texts are Go's), and the permission checks of `execve`.
 *
 * Resolution is memoised per filesystem (images are immutable): the site runs the simulation on every
 * keystroke and the same few paths (PATH directories, loaders) are asked for many times per run.
 */
import type { DirNode, FileNode, FsNode, ImageOs } from '../build/types.ts';
import { normalizePath } from '../build/fs-path.ts';
import { baseUtilityPresent } from '../build/run/base-utilities.ts';

interface Resolved {
  readonly node: FsNode | undefined;
  /** The path after following symlinks (normalised). */
  readonly real: string;
}

const MAX_LINK_HOPS = 40;
const caches = new WeakMap<DirNode, Map<string, Resolved>>();

/** `path` made absolute against `cwd` and normalised (`.`, `..`, `//`), cheaply when it already is. */
export function absolutePath(path: string, cwd = '/'): string {
  let rel = path;
  while (rel.startsWith('./')) rel = rel.slice(2);
  const abs = rel.startsWith('/') ? rel : rel === '' || rel === '.' ? cwd : cwd === '/' ? `/${rel}` : `${cwd}/${rel}`;
  return /\/\.{0,2}(\/|$)/.test(abs) || (abs.length > 1 && abs.endsWith('/')) ? normalizePath(abs) : abs;
}

function walk(fs: DirNode, abs: string, hops: number): Resolved {
  const parts = abs.split('/').filter((p) => p !== '');
  let dir: DirNode = fs;
  const done: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i] as string;
    const node = dir.children.get(name);
    const here = `/${[...done, name].join('/')}`;
    if (node === undefined) return { node: undefined, real: `/${[...done, ...parts.slice(i)].join('/')}` };
    if (node.kind === 'symlink') {
      if (hops >= MAX_LINK_HOPS) return { node: undefined, real: here };
      const base = node.target.startsWith('/') ? node.target : `/${done.join('/')}/${node.target}`;
      const rest = parts.slice(i + 1).join('/');
      return resolveAbs(fs, normalizePath(rest === '' ? base : `${base}/${rest}`), hops + 1);
    }
    if (i === parts.length - 1) return { node, real: here };
    if (node.kind !== 'dir') return { node: undefined, real: here };
    dir = node;
    done.push(name);
  }
  return { node: dir, real: `/${done.join('/')}` };
}

function resolveAbs(fs: DirNode, abs: string, hops = 0): Resolved {
  let cache = caches.get(fs);
  if (cache === undefined) {
    cache = new Map();
    caches.set(fs, cache);
  }
  const hit = cache.get(abs);
  if (hit !== undefined) return hit;
  const r = walk(fs, abs, hops);
  if (cache.size < 10_000) cache.set(abs, r);
  return r;
}

/** The node at `path` (absolute, or relative to `cwd`), symlinks followed; `undefined` when absent. */
export function lookupPath(fs: DirNode, path: string, cwd = '/'): FsNode | undefined {
  return resolveAbs(fs, absolutePath(path, cwd)).node;
}

/** The real path of `path` after symlinks, or `undefined` when it does not exist. */
export function realPath(fs: DirNode, path: string, cwd = '/'): string | undefined {
  const r = resolveAbs(fs, absolutePath(path, cwd));
  return r.node === undefined ? undefined : r.real;
}

// ---------------------------------------------------------------------------------------------
// Base utilities

/**
 * The catalog seeds only notable files (shell, loader, runtimes); the everyday commands of a base image
 * (coreutils' `sleep`, `env`, BusyBox applets) are not in the tree. The build's RUN interpreter answers
 * "is `sleep` there?" from its list (build/run/base-utilities.ts); the runtime uses the same list, for the
 * standard bin directories, so `sleep infinity` or `#!/usr/bin/env node` work as on the real image.
 */
export interface BaseTools {
  readonly os: ImageOs;
  readonly arch: string;
}

const BIN_DIRS = new Set(['/bin', '/usr/bin', '/sbin', '/usr/sbin']);
const virtualNodes = new Map<string, FileNode>();

export function baseUtility(base: BaseTools | undefined, absPath: string): FileNode | undefined {
  if (base === undefined) return undefined;
  const slash = absPath.lastIndexOf('/');
  const dir = slash <= 0 ? '/' : absPath.slice(0, slash);
  const name = absPath.slice(slash + 1);
  if (!BIN_DIRS.has(dir) || !baseUtilityPresent(base.os, name)) return undefined;
  const busybox = base.os.family === 'alpine' || base.os.family === 'busybox';
  const key = `${base.os.libc}/${base.arch}/${busybox}`;
  let node = virtualNodes.get(key);
  if (node === undefined) {
    node = {
      kind: 'file',
      bytes: 0,
      mode: 0o755,
      uid: 0,
      gid: 0,
      digest: 'base-utility',
      text: undefined,
      binary: { linkage: 'static', interpreter: undefined, libc: base.os.libc, needs: [], arch: base.arch, producer: busybox ? 'busybox applet' : 'base image' },
      content: 'binary',
      estimate: true,
    };
    virtualNodes.set(key, node);
  }
  return node;
}

/** Docker's PATH when the image sets none: moby `daemon/pkg/oci/defaults.go` `defaultUnixPathEnv`. */
export const DOCKER_DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Who is asking: the container's user. */
export interface Credentials {
  readonly uid: number;
  readonly gid: number;
}

/**
 * May `cred` execute `node`? Root needs any x bit (execve(2) on a regular file); others need the x bit
 * of the owner, group or other class they fall in. This is what `eaccess(X_OK)` answers, which Go's
 * LookPath asks since Go 1.20 (`os/exec/lp_unix.go` `findExecutable`).
 */
export function canExecute(node: FileNode, cred: Credentials): boolean {
  if (cred.uid === 0) return (node.mode & 0o111) !== 0;
  if (node.uid === cred.uid) return (node.mode & 0o100) !== 0;
  if (node.gid === cred.gid) return (node.mode & 0o010) !== 0;
  return (node.mode & 0o001) !== 0;
}

/** May `cred` write into directory or file `node`? (root: always; others: the w bit of their class). */
export function canWrite(node: FsNode, cred: Credentials): boolean {
  if (cred.uid === 0) return true;
  if (node.kind === 'symlink') return false;
  if (node.uid === cred.uid) return (node.mode & 0o200) !== 0;
  if (node.gid === cred.gid) return (node.mode & 0o020) !== 0;
  return (node.mode & 0o002) !== 0;
}

export type LookPathResult =
  | {
      readonly ok: true;
      /** The name as LookPath returns it: `/usr/local/bin/node` for a PATH search, the argument itself otherwise. */
      readonly name: string;
      /** Absolute path after symlinks. */
      readonly real: string;
      readonly node: FileNode;
    }
  | {
      readonly ok: false;
      readonly reason: 'not-in-path' | 'no-such-file' | 'permission' | 'is-directory';
      /** Go's `exec.Error` text: `exec: "node": executable file not found in $PATH`. */
      readonly message: string;
    };

/**
 * Go's `exec.LookPath` (os/exec/lp_unix.go): a name with a `/` is checked as it is (relative to the
 * working directory); a bare name is searched in PATH, skipping files that are not executable, and
 * fails with `executable file not found in $PATH` when none is.
 */
export function lookPath(fs: DirNode, name: string, pathEnv: string, cwd: string, cred: Credentials, base?: BaseTools): LookPathResult {
  const quoted = JSON.stringify(name);
  if (name.includes('/')) {
    const abs = absolutePath(name, cwd);
    const node = lookupPath(fs, abs) ?? baseUtility(base, abs);
    if (node === undefined) return { ok: false, reason: 'no-such-file', message: `exec: ${quoted}: stat ${name}: no such file or directory` };
    if (node.kind === 'dir') return { ok: false, reason: 'is-directory', message: `exec: ${quoted}: is a directory` };
    if (node.kind !== 'file' || !canExecute(node, cred)) return { ok: false, reason: 'permission', message: `exec: ${quoted}: permission denied` };
    return { ok: true, name, real: realPath(fs, abs) ?? abs, node };
  }
  if (name !== '') {
    for (const dir of pathEnv.split(':')) {
      const candidate = dir === '' ? name : dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
      const abs = absolutePath(candidate, cwd);
      const node = lookupPath(fs, abs);
      if (node?.kind === 'file' && canExecute(node, cred)) return { ok: true, name: candidate, real: realPath(fs, abs) ?? abs, node };
    }
    for (const dir of pathEnv.split(':')) {
      const candidate = dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
      const node = baseUtility(base, absolutePath(candidate, cwd));
      if (node !== undefined) return { ok: true, name: candidate, real: absolutePath(candidate, cwd), node };
    }
  }
  return { ok: false, reason: 'not-in-path', message: `exec: ${quoted}: executable file not found in $PATH` };
}

/** The text of a file, when the simulation knows it. */
export function fileText(fs: DirNode, path: string): string | undefined {
  const node = lookupPath(fs, path);
  return node?.kind === 'file' ? node.text : undefined;
}

export function isFile(fs: DirNode, path: string): boolean {
  return lookupPath(fs, path)?.kind === 'file';
}
