/**
 * Read-only questions the runtime asks of the image's filesystem, on top of the build's
 * filesystem-query.ts (symlinks followed as the kernel does): Go's `exec.LookPath`, which runc uses to
 * find the container's program (so its error texts are Go's), and the permission checks of `execve`.
 */
import type { DirNode, FileNode, FsNode } from '../build/types.ts';
import { lookupPath, readGroups, readUsers, realPath } from '../build/filesystem-query.ts';
import { normalizePath } from '../build/fs-path.ts';

export { lookupPath, readGroups, readUsers, realPath };

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
export function lookPath(fs: DirNode, name: string, pathEnv: string, cwd: string, cred: Credentials): LookPathResult {
  const quoted = JSON.stringify(name);
  if (name.includes('/')) {
    const abs = normalizePath(name, cwd);
    const node = lookupPath(fs, abs);
    if (node === undefined) return { ok: false, reason: 'no-such-file', message: `exec: ${quoted}: stat ${name}: no such file or directory` };
    if (node.kind === 'dir') return { ok: false, reason: 'is-directory', message: `exec: ${quoted}: is a directory` };
    if (node.kind !== 'file' || !canExecute(node, cred)) return { ok: false, reason: 'permission', message: `exec: ${quoted}: permission denied` };
    return { ok: true, name, real: realPath(fs, abs) ?? abs, node };
  }
  if (name !== '') {
    for (const dir of pathEnv.split(':')) {
      const candidate = dir === '' ? name : `${dir.replace(/\/+$/, '')}/${name}`;
      const abs = normalizePath(candidate, cwd);
      const node = lookupPath(fs, abs);
      if (node?.kind === 'file' && canExecute(node, cred)) return { ok: true, name: candidate, real: realPath(fs, abs) ?? abs, node };
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
