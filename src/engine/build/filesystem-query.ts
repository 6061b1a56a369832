/**
 * Questions the runtime simulation (and lint, grade) asks of a built image's filesystem:
 * is /bin/sh here, is `curl` on PATH, which loader does /app/server need and is it present,
 * does user `app` exist. Pure reads over `DirNode`; symlinks are followed as the kernel does.
 */
import type { BinaryInfo, DirNode, FileNode, FsNode, GroupAccount, SymlinkNode, UserAccount } from './types.ts';
import { lookup, resolvePath } from './fs-tree.ts';
import { normalizePath } from './fs-path.ts';

/** The node at `path` (symlinks followed, the last one too unless `followLast` is false). */
export function lookupPath(fs: DirNode, path: string, followLast = true): FsNode | undefined {
  return lookup(fs, path, followLast);
}

/** The real path after following symlinks, or `undefined` when it does not exist. */
export function realPath(fs: DirNode, path: string): string | undefined {
  const r = resolvePath(fs, path, true);
  return r.node === undefined ? undefined : r.path;
}

export function isExecutableFile(node: FsNode | undefined): node is FileNode {
  return node !== undefined && node.kind === 'file' && (node.mode & 0o111) !== 0;
}

/** Docker's default PATH when the image sets none (moby `oci.DefaultPathEnv` for Linux). */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/**
 * Finds a command as `execvp` would: a name with a `/` is taken as a path (relative to `cwd`), anything
 * else is searched in the directories of `pathEnv`. Returns the path it was found at and the file.
 */
export function findOnPath(
  fs: DirNode,
  name: string,
  pathEnv: string = DEFAULT_PATH,
  cwd = '/',
): { readonly path: string; readonly node: FileNode } | undefined {
  if (name === '') return undefined;
  if (name.includes('/')) {
    const path = normalizePath(name, cwd);
    const node = lookup(fs, path);
    return isExecutableFile(node) ? { path, node } : undefined;
  }
  // Each PATH directory is looked up once and the name read from it, so a name found nowhere (a command
  // the simulation knows but the image's tree does not list) costs one walk per directory, over names
  // split once per PATH value.
  const plainName = name !== '.' && name !== '..';
  for (const dir of pathDirs(pathEnv, cwd)) {
    let node: FsNode | undefined;
    if (plainName) {
      const parent = resolveDir(fs, dir);
      if (parent?.kind !== 'dir') continue;
      node = parent.children.get(name);
      if (node === undefined) continue;
      if (node.kind === 'symlink') node = lookup(fs, normalizePath(`${dir.text}/${name}`, cwd));
    } else node = lookup(fs, normalizePath(`${dir.text}/${name}`, cwd));
    if (isExecutableFile(node)) return { path: normalizePath(`${dir.text}/${name}`, cwd), node };
  }
  return undefined;
}

interface PathDir {
  /** As written in PATH. */
  readonly text: string;
  /** Normalised, and its names. */
  readonly path: string;
  readonly names: readonly string[];
  /** The names after the symlink last met at `index` (merged /usr: `/bin` -> `usr/bin`), remembered per link node. */
  via: { readonly link: SymlinkNode; readonly index: number; readonly names: readonly string[] } | undefined;
}

/** PATH values already split (a pure function of the text; a build has a handful). */
const splitPaths = new Map<string, readonly PathDir[]>();

function pathDirs(pathEnv: string, cwd: string): readonly PathDir[] {
  const known = splitPaths.get(pathEnv);
  if (known !== undefined) return known;
  const dirs: PathDir[] = [];
  let relative = false;
  for (const text of pathEnv.split(':')) {
    if (text === '') continue;
    if (!text.startsWith('/')) relative = true;
    const path = normalizePath(text, cwd);
    dirs.push({ text, path, names: path === '/' ? [] : path.slice(1).split('/'), via: undefined });
  }
  // A relative entry depends on the working directory: not remembered.
  if (!relative) {
    if (splitPaths.size >= 64) splitPaths.clear();
    splitPaths.set(pathEnv, dirs);
  }
  return dirs;
}

/**
 * `lookup(fs, dir.path)` over names split once: a symlink met on the way (merged /usr's `/bin`, `/sbin`) is
 * replaced by its target, whose names are remembered for that link node (immutable, so the same node always
 * leads to the same names); a second symlink takes the general walk.
 */
function resolveDir(fs: DirNode, dir: PathDir): FsNode | undefined {
  const names = dir.names;
  let node: FsNode = fs;
  for (let i = 0; i < names.length; i++) {
    if (node.kind !== 'dir') return undefined;
    const next: FsNode | undefined = node.children.get(names[i] as string);
    if (next === undefined) return undefined;
    if (next.kind === 'symlink') return viaLink(fs, dir, i, next);
    node = next;
  }
  return node;
}

function viaLink(fs: DirNode, dir: PathDir, index: number, link: SymlinkNode): FsNode | undefined {
  let names: readonly string[];
  const memo = dir.via;
  if (memo !== undefined && memo.link === link && memo.index === index) names = memo.names;
  else {
    // As the walk does: the target is read relative to the directory the link is in.
    const at = index === 0 ? '/' : `/${dir.names.slice(0, index).join('/')}`;
    const target = normalizePath(link.target, at);
    names = [...(target === '/' ? [] : target.slice(1).split('/')), ...dir.names.slice(index + 1)];
    dir.via = { link, index, names };
  }
  let node: FsNode = fs;
  for (const name of names) {
    if (node.kind !== 'dir') return undefined;
    const next: FsNode | undefined = node.children.get(name);
    if (next === undefined) return undefined;
    if (next.kind === 'symlink') return lookup(fs, dir.path);
    node = next;
  }
  return node;
}

/** What starting `path` needs: its ELF loader (if dynamic) and whether that loader exists in `fs`. */
export function loaderStatus(
  fs: DirNode,
  path: string,
): { readonly binary: BinaryInfo | undefined; readonly interpreter: string | undefined; readonly interpreterPresent: boolean } {
  const node = lookup(fs, path);
  const binary = node?.kind === 'file' ? node.binary : undefined;
  const interpreter = binary?.linkage === 'dynamic' ? binary.interpreter : undefined;
  return { binary, interpreter, interpreterPresent: interpreter === undefined || lookup(fs, interpreter)?.kind === 'file' };
}

/** The `#!` line of a script file (`#!/bin/sh` -> `['/bin/sh']`, `#!/usr/bin/env node` -> `['/usr/bin/env', 'node']`). */
export function shebang(node: FsNode | undefined): readonly string[] | undefined {
  if (node?.kind !== 'file' || node.text === undefined || !node.text.startsWith('#!')) return undefined;
  const end = node.text.indexOf('\n');
  const line = (end < 0 ? node.text.slice(2) : node.text.slice(2, end)).replace(/\r$/, '');
  const words = line.trim().split(/[ \t]+/).filter((w) => w !== '');
  return words.length > 0 ? words : undefined;
}

/** Users in /etc/passwd (`name:x:uid:gid:gecos:home:shell`). */
export function readUsers(fs: DirNode): UserAccount[] {
  const text = fileText(fs, '/etc/passwd');
  const users: UserAccount[] = [];
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f.length < 7 || f[0] === '') continue;
    const uid = Number(f[2]);
    const gid = Number(f[3]);
    if (!Number.isInteger(uid) || !Number.isInteger(gid)) continue;
    users.push({ name: f[0] as string, uid, gid, home: f[5] as string, shell: f[6] as string });
  }
  return users;
}

/** Groups in /etc/group (`name:x:gid:member,member`). */
export function readGroups(fs: DirNode): GroupAccount[] {
  const text = fileText(fs, '/etc/group');
  const groups: GroupAccount[] = [];
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f.length < 3 || f[0] === '') continue;
    const gid = Number(f[2]);
    if (!Number.isInteger(gid)) continue;
    groups.push({ name: f[0] as string, gid, members: (f[3] ?? '').split(',').filter((m) => m !== '') });
  }
  return groups;
}

export type UserResolution =
  | { readonly ok: true; readonly uid: number; readonly gid: number; readonly name: string | undefined }
  | { readonly ok: false; readonly message: string };

/**
 * Resolves a USER value (`app`, `1000`, `app:staff`, `1000:1000`) against /etc/passwd and /etc/group as
 * runc does at container start: a numeric uid needs no entry; a name that is not in /etc/passwd fails
 * with `unable to find user app: no matching entries in passwd file`.
 */
export function resolveUser(fs: DirNode, spec: string): UserResolution {
  if (spec === '') return { ok: true, uid: 0, gid: 0, name: 'root' };
  const [userPart = '', groupPart] = spec.split(':', 2);
  const users = readUsers(fs);
  let uid: number;
  let gid: number;
  let name: string | undefined;
  if (/^\d+$/.test(userPart)) {
    uid = Number(userPart);
    const entry = users.find((u) => u.uid === uid);
    gid = entry?.gid ?? 0;
    name = entry?.name;
  } else {
    const entry = users.find((u) => u.name === userPart);
    if (entry === undefined) return { ok: false, message: `unable to find user ${userPart}: no matching entries in passwd file` };
    uid = entry.uid;
    gid = entry.gid;
    name = entry.name;
  }
  if (groupPart !== undefined && groupPart !== '') {
    if (/^\d+$/.test(groupPart)) gid = Number(groupPart);
    else {
      const group = readGroups(fs).find((g) => g.name === groupPart);
      if (group === undefined) return { ok: false, message: `unable to find group ${groupPart}: no matching entries in group file` };
      gid = group.gid;
    }
  }
  return { ok: true, uid, gid, name };
}

function fileText(fs: DirNode, path: string): string {
  const node = lookup(fs, path);
  return node?.kind === 'file' ? (node.text ?? '') : '';
}
