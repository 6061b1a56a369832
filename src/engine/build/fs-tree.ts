/**
 * The simulated filesystem a stage is built on: a tree of directories (mutable while their stage is
 * being built) holding immutable file and symlink nodes. Every change made while a step runs is noted
 * (path -> the node that was there before), so that when the step ends its layer can be computed as an
 * overlay diff (layer-diff.ts): what is new or changed, and whiteouts for what is gone.
 *
 * Symlinked directories are followed for every path component but the last, as the kernel does: on a
 * merged-/usr Debian image `/bin` is a link to `usr/bin`, so writing `/bin/tool` writes `/usr/bin/tool`.
 */
import type { DirNode, FileNode, FsNode, SymlinkNode } from './types.ts';
import { joinPath, normalizePath, pathSegments } from './fs-path.ts';

/** A directory while its stage is being built. Seen from outside as a readonly `DirNode`. */
export interface MutableDir {
  readonly kind: 'dir';
  mode: number;
  uid: number;
  gid: number;
  readonly children: Map<string, FsNode>;
}

interface Touch {
  /** The node at the path before the step (`undefined`: nothing was there). */
  readonly before: FsNode | undefined;
  /** Only the metadata of a directory that stays changed (chmod/chown of a dir). */
  meta: boolean;
}

/** A stage's filesystem and, while a step runs, the changes it made. */
export interface FsState {
  readonly root: MutableDir;
  touched: Map<string, Touch> | undefined;
}

export interface Owner {
  readonly uid: number;
  readonly gid: number;
}

const ROOT_OWNER: Owner = { uid: 0, gid: 0 };
const MAX_LINK_HOPS = 40; // Linux MAXSYMLINKS

export function newDir(mode = 0o755, owner: Owner = ROOT_OWNER): MutableDir {
  return { kind: 'dir', mode, uid: owner.uid, gid: owner.gid, children: new Map() };
}

export function newFsState(root: MutableDir = newDir()): FsState {
  return { root, touched: undefined };
}

/** Deep copy of the directories; file and symlink nodes are immutable and shared. */
export function cloneDir(dir: DirNode): MutableDir {
  const copy = newDir(dir.mode, dir);
  for (const [name, node] of dir.children) copy.children.set(name, node.kind === 'dir' ? cloneDir(node) : node);
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Reading

/**
 * Resolves symlinks in `path` (every component; the last one too when `followLast`). Returns the real
 * path and the node there, or `undefined` for the node when it does not exist.
 */
export function resolvePath(
  root: DirNode,
  path: string,
  followLast = true,
): { readonly path: string; readonly node: FsNode | undefined } {
  const out: Resolved = { path: '', parent: undefined };
  const node = walk(root, path, followLast, out);
  return { path: out.path, node };
}

/**
 * `resolvePath`, with the directory the last component was looked up in when the walk got that far
 * (`parent` is `undefined` when a directory on the way is missing, or the path is `/`).
 */
export function resolveInParent(
  root: DirNode,
  path: string,
  followLast = true,
): { readonly path: string; readonly node: FsNode | undefined; readonly parent: DirNode | undefined } {
  const out: Resolved = { path: '', parent: undefined };
  const node = walk(root, path, followLast, out);
  return { path: out.path, node, parent: out.parent };
}

export function lookup(root: DirNode, path: string, followLast = true): FsNode | undefined {
  return walk(root, path, followLast, undefined);
}

interface Resolved {
  path: string;
  parent: DirNode | undefined;
}

/**
 * The walk behind `resolvePath` and `lookup`, over the normalised path as a string (no segment arrays):
 * a symlink met on the way is replaced by its target and the walk starts again, as the kernel does. The
 * real path is written to `out` when asked for (`lookup` does not need it and allocates nothing).
 */
function walk(root: DirNode, path: string, followLast: boolean, out: Resolved | undefined): FsNode | undefined {
  let p = normalizePath(path);
  let hops = 0;
  restart: for (;;) {
    if (p === '/') {
      if (out !== undefined) out.path = p;
      return root;
    }
    let dir: DirNode = root;
    let start = 1;
    for (;;) {
      const slash = p.indexOf('/', start);
      const last = slash < 0;
      const name = last ? p.slice(start) : p.slice(start, slash);
      const node = dir.children.get(name);
      if (node === undefined) {
        if (out !== undefined) {
          out.path = p;
          out.parent = last ? dir : undefined;
        }
        return undefined;
      }
      if (node.kind === 'symlink' && (!last || followLast)) {
        const dirPath = start === 1 ? '/' : p.slice(0, start - 1);
        if (++hops > MAX_LINK_HOPS) {
          if (out !== undefined) out.path = joinPath(dirPath, name);
          return undefined;
        }
        // The target is normal and so is the rest of the path: joined, they still are.
        const target = normalizePath(node.target, dirPath);
        p = last ? target : target === '/' ? p.slice(slash) : target + p.slice(slash);
        continue restart;
      }
      if (last) {
        if (out !== undefined) {
          out.path = p;
          out.parent = dir;
        }
        return node;
      }
      if (node.kind !== 'dir') {
        if (out !== undefined) out.path = p.slice(0, slash);
        return undefined;
      }
      dir = node;
      start = slash + 1;
    }
  }
}

/** Every file below `dir` (depth first, names sorted), with paths relative to `dir`. */
export function* walkFiles(dir: DirNode, prefix = ''): Generator<{ readonly path: string; readonly node: FsNode }> {
  const names = [...dir.children.keys()].sort();
  for (const name of names) {
    const node = dir.children.get(name) as FsNode;
    const path = prefix === '' ? name : `${prefix}/${name}`;
    yield { path, node };
    if (node.kind === 'dir') yield* walkFiles(node, path);
  }
}

/** Σ bytes of the files under a node. */
export function treeBytes(node: FsNode): number {
  if (node.kind === 'file') return node.bytes;
  if (node.kind === 'symlink') return 0;
  let total = 0;
  for (const child of node.children.values()) total += treeBytes(child);
  return total;
}

// ---------------------------------------------------------------------------------------------
// Writing (notes every change in `state.touched` while a step runs)

function touch(state: FsState, realPath: string, before: FsNode | undefined): void {
  const touched = state.touched;
  if (touched !== undefined && !touched.has(realPath)) touched.set(realPath, { before, meta: false });
}

/** The parent directory for writing `path` (created with `owner` when missing), and the real path. */
function parentFor(state: FsState, path: string, owner: Owner): { dir: MutableDir; name: string; path: string } | undefined {
  const normal = normalizePath(path);
  if (normal === '/') return undefined;
  const cut = normal.lastIndexOf('/');
  const parent = mkdirp(state, cut === 0 ? '/' : normal.slice(0, cut), owner);
  if (parent === undefined) return undefined;
  const name = normal.slice(cut + 1);
  return { dir: parent.dir, name, path: joinPath(parent.path, name) };
}

/**
 * `mkdir -p`: returns the directory (following symlinks) and its real path; `undefined` when a
 * component is a file.
 */
export function mkdirp(state: FsState, path: string, owner: Owner = ROOT_OWNER, mode = 0o755): { dir: MutableDir; path: string } | undefined {
  const resolved = resolvePath(state.root, path, true);
  if (resolved.node !== undefined) {
    return resolved.node.kind === 'dir' ? { dir: resolved.node as MutableDir, path: resolved.path } : undefined;
  }
  // Create the missing components one by one (each may itself sit behind a symlink).
  let dir = state.root;
  let dirPath = '/';
  for (const name of pathSegments(resolved.path)) {
    const existing = dir.children.get(name);
    if (existing === undefined) {
      const created = newDir(mode, owner);
      touch(state, joinPath(dirPath, name), undefined);
      dir.children.set(name, created);
      dir = created;
      dirPath = joinPath(dirPath, name);
      continue;
    }
    if (existing.kind === 'dir') {
      // dirPath is real (no symlink in it), so this is what resolving dirPath/name would find.
      dir = existing as MutableDir;
      dirPath = joinPath(dirPath, name);
      continue;
    }
    const next = resolvePath(state.root, joinPath(dirPath, name), true);
    if (next.node === undefined || next.node.kind !== 'dir') return undefined;
    dir = next.node as MutableDir;
    dirPath = next.path;
  }
  return { dir, path: dirPath };
}

/** Puts `node` at `path` (replacing what is there; a symlink at the last component is replaced, not followed). */
export function putNode(state: FsState, path: string, node: FsNode, parentOwner: Owner = ROOT_OWNER): string | undefined {
  const parent = parentFor(state, path, parentOwner);
  if (parent === undefined) return undefined;
  touch(state, parent.path, parent.dir.children.get(parent.name));
  parent.dir.children.set(parent.name, node);
  return parent.path;
}

/** Writes a file, following a symlink at the last component as `>` does. */
export function writeFile(state: FsState, path: string, file: FileNode): string | undefined {
  const resolved = resolveInParent(state.root, path, true);
  if (resolved.node?.kind === 'dir') return undefined;
  const parent = resolved.parent;
  if (parent === undefined) return putNode(state, resolved.path, file);
  // The directory is there already (the walk just read it): what putNode would do, without walking again.
  const name = resolved.path.slice(resolved.path.lastIndexOf('/') + 1);
  touch(state, resolved.path, parent.children.get(name));
  (parent as MutableDir).children.set(name, file);
  return resolved.path;
}

/** `rm -rf path` (the last component is not followed). Returns whether something was removed. */
export function removePath(state: FsState, path: string): boolean {
  const normal = normalizePath(path);
  if (normal === '/') return false;
  const resolved = resolvePath(state.root, normal, false);
  if (resolved.node === undefined) return false;
  const cut = resolved.path.lastIndexOf('/');
  const parent = lookup(state.root, cut === 0 ? '/' : resolved.path.slice(0, cut));
  if (parent === undefined || parent.kind !== 'dir') return false;
  touch(state, resolved.path, resolved.node);
  (parent as MutableDir).children.delete(resolved.path.slice(cut + 1));
  return true;
}

/** Changes the metadata of whatever is at `path`: files are replaced (overlay copy-up), dirs edited in place. */
export function changeMeta(state: FsState, path: string, change: { mode?: number; uid?: number; gid?: number }): boolean {
  const resolved = resolvePath(state.root, path, true);
  const node = resolved.node;
  if (node === undefined) return false;
  if (node.kind === 'dir') {
    const dir = node as MutableDir;
    touch(state, resolved.path, dir);
    const t = state.touched?.get(resolved.path);
    if (t !== undefined && t.before === dir) t.meta = true;
    if (change.mode !== undefined) dir.mode = change.mode;
    if (change.uid !== undefined) dir.uid = change.uid;
    if (change.gid !== undefined) dir.gid = change.gid;
    return true;
  }
  if (node.kind === 'symlink') {
    const link: SymlinkNode = { ...node, uid: change.uid ?? node.uid, gid: change.gid ?? node.gid };
    putNode(state, resolved.path, link);
    return true;
  }
  const file: FileNode = { ...node, mode: change.mode ?? node.mode, uid: change.uid ?? node.uid, gid: change.gid ?? node.gid };
  putNode(state, resolved.path, file);
  return true;
}

/** Starts noting changes for a new step. */
export function beginStep(state: FsState): void {
  state.touched = new Map();
}

/** The changes noted since `beginStep` (and stops noting). */
export function endStep(state: FsState): ReadonlyMap<string, { readonly before: FsNode | undefined; readonly meta: boolean }> {
  const touched = state.touched ?? new Map<string, Touch>();
  state.touched = undefined;
  return touched;
}
