/**
 * The build context as data. A lesson declares a virtual tree (real content for the small files the learner
 * sees, a declared size for the big ones — an 800 MB `.git`, a 600 MB `venv/`); the CLI sends a real directory
 * with sizes and content digests. Both produce the same indexed, immutable `BuildContext`.
 */

/** What an author or the CLI writes for one path. Paths are relative to the context root, `/`-separated. */
export type ContextEntryInput = FileInput | DirInput | SymlinkInput;

interface CommonInput {
  readonly path: string;
  /** Permission bits, e.g. `0o755`. Defaults: files 0o644, directories 0o755, symlinks 0o777. */
  readonly mode?: number;
  readonly uid?: number;
  readonly gid?: number;
  /** Accepted and kept, but never part of a checksum: BuildKit drops mtime from COPY cache keys. */
  readonly mtime?: number;
}

export interface FileInput extends CommonInput {
  readonly kind?: 'file';
  /** The file's text. */
  readonly content?: string;
  /** Size in bytes. Defaults to the UTF-8 length of `content`; when both are given, `size` is the file's size and
   *  `content` stands in for it (e.g. a short placeholder for a binary). */
  readonly size?: number;
  /** A digest of the real bytes (the CLI computes it). Preferred over `content` for checksums. */
  readonly digest?: string;
}

export interface DirInput extends CommonInput {
  readonly kind: 'dir';
  /** Declares a summarised directory: its contents are not listed, only their total size ... */
  readonly size?: number;
  /** ... and how many files they are. */
  readonly files?: number;
  /** Optional digest standing for the summarised contents (changes when they change). */
  readonly digest?: string;
}

export interface SymlinkInput extends CommonInput {
  readonly kind: 'symlink';
  readonly target: string;
}

export type EntryKind = 'file' | 'dir' | 'symlink';

/** One node of an indexed tree. Plain data; the same shape serves the context and a stage's filesystem. */
export interface TreeEntry {
  /** Relative to the root, `/`-separated, cleaned; `''` for the root itself. */
  readonly path: string;
  readonly name: string;
  readonly kind: EntryKind;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  /** Regular files: bytes. Summarised directories: the declared bytes of their contents. Otherwise 0. */
  readonly size: number;
  readonly content?: string;
  readonly digest?: string;
  readonly target?: string;
  readonly mtime?: number;
  /** Present on a summarised directory: its contents are not listed. */
  readonly summary?: { readonly files: number; readonly bytes: number };
}

/**
 * The read-only questions COPY resolution and checksums ask of a file tree. The build context implements it;
 * the build can implement it over a stage's filesystem (or build one with `createContext`).
 */
export interface FileTreeSource {
  /** The entry at a cleaned relative path (`''` = root), without following symlinks. */
  entry(path: string): TreeEntry | undefined;
  /** The entries of a directory in Go byte order of their names; `undefined` when `path` is not a listed
   *  directory (a file, a symlink, a summarised directory, or nothing). */
  children(path: string): readonly TreeEntry[] | undefined;
}

export type ContextProblem =
  | { readonly kind: 'invalid-path'; readonly path: string; readonly message: string }
  | { readonly kind: 'duplicate'; readonly path: string; readonly message: string }
  | { readonly kind: 'not-a-directory'; readonly path: string; readonly message: string }
  | { readonly kind: 'inside-summary'; readonly path: string; readonly message: string }
  | { readonly kind: 'bad-number'; readonly path: string; readonly message: string };

export interface SizeCount {
  /** Bytes of regular files (and declared bytes of summarised directories). */
  readonly bytes: number;
  /** Regular files, counting the declared files of summarised directories. */
  readonly files: number;
}

export interface BuildContext extends FileTreeSource {
  /** All entries, root first, then depth-first in Go byte order (the order BuildKit walks). */
  readonly entries: readonly TreeEntry[];
  /** Entries that were dropped or corrected, with why. */
  readonly problems: readonly ContextProblem[];
  readonly total: SizeCount;
  /** Index of an entry by path. */
  indexOf(path: string): number | undefined;
  /** Child indexes of an entry, in Go byte order. */
  childIndexes(index: number): readonly number[];
}
