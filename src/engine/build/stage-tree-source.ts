/**
 * Views between the build context's tree type and the simulated filesystem:
 * - a stage's filesystem as a `FileTreeSource`, so that `COPY --from=<stage>` resolves its sources with the
 *   context folder's BuildKit rules (wildcards, symlinks, --exclude, --parents, not-found text);
 * - a context entry as a filesystem node, for what a COPY writes.
 */
import type { FileTreeSource, TreeEntry } from '../context/types.ts';
import { compareNames } from '../context/go-path.ts';
import { contentDigest } from '../context/checksum.ts';
import type { ContentClass, DirNode, FileNode, FsNode } from './types.ts';
import { lookup } from './fs-tree.ts';
import type { MutableDir } from './fs-tree.ts';
import { newDir } from './fs-tree.ts';

export function stageTreeSource(root: DirNode): FileTreeSource {
  const cache = new Map<string, TreeEntry>();
  const toEntry = (path: string, node: FsNode): TreeEntry => {
    const known = cache.get(path);
    if (known !== undefined) return known;
    const name = path.slice(path.lastIndexOf('/') + 1);
    const entry: TreeEntry =
      node.kind === 'file'
        ? { path, name, kind: 'file', mode: node.mode, uid: node.uid, gid: node.gid, size: node.bytes, digest: node.digest, ...(node.text !== undefined ? { content: node.text } : {}) }
        : node.kind === 'symlink'
          ? { path, name, kind: 'symlink', mode: 0o777, uid: node.uid, gid: node.gid, size: 0, target: node.target }
          : { path, name, kind: 'dir', mode: node.mode, uid: node.uid, gid: node.gid, size: 0 };
    cache.set(path, entry);
    return entry;
  };
  return {
    entry(path: string): TreeEntry | undefined {
      const node = path === '' ? root : lookup(root, `/${path}`, false);
      return node === undefined ? undefined : toEntry(path, node);
    },
    children(path: string): readonly TreeEntry[] | undefined {
      const node = path === '' ? root : lookup(root, `/${path}`, false);
      if (node?.kind !== 'dir') return undefined;
      return [...node.children.keys()].sort(compareNames).map((name) => toEntry(path === '' ? name : `${path}/${name}`, node.children.get(name) as FsNode));
    },
  };
}

/** What a file's bytes are, guessed from its name when its text is not known. */
export function contentClassOf(name: string, text: string | undefined): ContentClass {
  if (/\.(gz|tgz|xz|zst|bz2|zip|jar|war|whl|png|jpe?g|gif|webp|mp4|mp3|woff2?|7z|pdf)$/i.test(name)) return 'compressed';
  if (text !== undefined) return 'text';
  if (/\.(js|ts|tsx|jsx|json|py|go|rs|java|c|h|cpp|md|txt|csv|html|css|ya?ml|toml|xml|sql|sh|rb|php|lock|cfg|ini|env)$/i.test(name)) return 'text';
  return 'mixed';
}

export interface Ownership {
  readonly uid: number;
  readonly gid: number;
  /** `--chmod`: applied to every file and directory the copy creates. */
  readonly mode: number | undefined;
}

/** A context (or stage) entry as the node a COPY writes; `undefined` for a directory (made by the copy). */
export function nodeFromEntry(entry: TreeEntry, own: Ownership, stageNode: FsNode | undefined): FsNode | MutableDir {
  if (entry.kind === 'symlink') return { kind: 'symlink', target: entry.target ?? '', uid: own.uid, gid: own.gid };
  if (entry.kind === 'dir') {
    const dir = newDir(own.mode ?? entry.mode, own);
    if (entry.summary !== undefined) {
      // A directory known only by its total: one file stands for its contents.
      dir.children.set(`${entry.name || 'contents'}.contents`, {
        kind: 'file',
        bytes: entry.summary.bytes,
        mode: own.mode ?? 0o644,
        uid: own.uid,
        gid: own.gid,
        digest: contentDigest(entry),
        text: undefined,
        binary: undefined,
        content: 'mixed',
        estimate: false,
      });
    }
    return dir;
  }
  if (stageNode?.kind === 'file') return { ...stageNode, mode: own.mode ?? stageNode.mode, uid: own.uid, gid: own.gid };
  const file: FileNode = {
    kind: 'file',
    bytes: entry.size,
    mode: own.mode ?? entry.mode,
    uid: own.uid,
    gid: own.gid,
    digest: contentDigest(entry),
    text: entry.content,
    binary: undefined,
    content: contentClassOf(entry.name, entry.content),
    estimate: false,
  };
  return file;
}
