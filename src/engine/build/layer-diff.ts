/**
 * A step's layer as an overlay diff: what the step's snapshot holds compared with its parent.
 * Follows how overlayfs / BuildKit's differ export a layer (OCI image-spec `layer.md`, "Representing
 * Changes"): new and changed files in full (a chmod/chown of an old file copies it up whole —
 * moby/moby#47399), a whiteout for each path that was there and is gone, an opaque marker for a
 * directory that was removed and made again in the same step, and nothing at all for a file made and
 * removed within the step (which is why `apt-get install … && rm -rf /var/lib/apt/lists/*` in one RUN
 * saves the lists' bytes and the same `rm` in a later RUN does not).
 */
import type { FsNode } from './types.ts';
import { lookup } from './fs-tree.ts';
import type { DirNode } from './types.ts';
import { isWithin, joinPath } from './fs-path.ts';

export type LayerEntryKind = 'file' | 'dir' | 'symlink' | 'whiteout' | 'opaque';

export interface LayerEntry {
  readonly path: string;
  readonly kind: LayerEntryKind;
  /** Size as a tar header counts it: file bytes; 0 for the rest. */
  readonly bytes: number;
  /** The node written (files, dirs, symlinks); `undefined` for whiteouts and opaque markers. */
  readonly node: FsNode | undefined;
}

export function layerBytes(entries: readonly LayerEntry[]): number {
  let total = 0;
  for (const e of entries) total += e.bytes;
  return total;
}

/** Computes the layer of a step from the changes noted while it ran. */
export function diffLayer(
  root: DirNode,
  touched: ReadonlyMap<string, { readonly before: FsNode | undefined; readonly meta: boolean }>,
): LayerEntry[] {
  const entries: LayerEntry[] = [];
  // Parents sort before their children, so a whole added or whited-out subtree is decided first.
  const paths = sortedPaths(touched.keys());
  let covered: string | undefined; // a path whose whole subtree has already been emitted
  for (const path of paths) {
    if (covered !== undefined && isWithin(path, covered) && path !== covered) continue;
    covered = undefined;
    const { before, meta } = touched.get(path) as { before: FsNode | undefined; meta: boolean };
    const after = lookup(root, path, false);
    if (after === undefined) {
      if (before !== undefined) {
        entries.push({ path, kind: 'whiteout', bytes: 0, node: undefined });
        covered = path;
      }
      continue;
    }
    if (before === after) {
      if (after.kind === 'dir' && meta) entries.push({ path, kind: 'dir', bytes: 0, node: after });
      continue;
    }
    if (after.kind === 'dir') {
      // A directory that replaced something: if a directory was there, hide its old content.
      if (before?.kind === 'dir') entries.push({ path, kind: 'opaque', bytes: 0, node: undefined });
      emitSubtree(path, after, entries);
      covered = path;
      continue;
    }
    entries.push(entryFor(path, after));
  }
  return entries;
}

function emitSubtree(path: string, node: FsNode, out: LayerEntry[]): void {
  out.push(entryFor(path, node));
  if (node.kind !== 'dir') return;
  const names = [...node.children.keys()].sort();
  for (const name of names) emitSubtree(joinPath(path, name), node.children.get(name) as FsNode, out);
}

function entryFor(path: string, node: FsNode): LayerEntry {
  if (node.kind === 'file') return { path, kind: 'file', bytes: node.bytes, node };
  return { path, kind: node.kind, bytes: 0, node };
}

/** The paths in comparePaths order; a step's few paths by insertion, without the copy a sort makes. */
function sortedPaths(keys: Iterable<string>): string[] {
  const paths = [...keys];
  if (paths.length > 8) return paths.sort(comparePaths);
  for (let i = 1; i < paths.length; i++) {
    const p = paths[i] as string;
    let j = i - 1;
    while (j >= 0 && comparePaths(paths[j] as string, p) > 0) {
      paths[j + 1] = paths[j] as string;
      j--;
    }
    paths[j + 1] = p;
  }
  return paths;
}

/** Orders `/a`, `/a/b`, `/a-b` (a parent right before its children). */
function comparePaths(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  const n = Math.min(la, lb);
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i) === 47 ? 0 : a.charCodeAt(i);
    const cb = b.charCodeAt(i) === 47 ? 0 : b.charCodeAt(i);
    if (ca !== cb) return ca - cb;
  }
  return la - lb;
}
