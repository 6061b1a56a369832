/**
 * Reading a .dockerignore as Docker does, and choosing which one applies.
 *
 * Parsing is moby/patternmatcher ignorefile.ReadAll: the UTF-8 BOM is stripped from the first line; a line
 * is a comment only when `#` is its very first character (checked before trimming, so ` # x` is a pattern);
 * lines are trimmed; empty lines skipped; `!` marks an exception (trimmed again after the `!`); the pattern is
 * cleaned with `filepath.Clean` and one leading `/` removed. Lines are read with Go's bufio.Scanner, which fails
 * on a line of 64 KiB or more ("bufio.Scanner: token too long").
 *
 * Choice is BuildKit's dockerui (frontend/dockerui/config.go): `<Dockerfile path>.dockerignore`, read from the
 * Dockerfile's directory, wins over `.dockerignore` at the context root.
 */
import { cleanPath, goTrimSpace, utf8Length } from './go-path.ts';
import type { FileTreeSource, TreeEntry } from './types.ts';

export interface IgnoreFileLine {
  /** 1-based line number in the file. */
  readonly line: number;
  /** The pattern as patternmatcher receives it (`!` kept, cleaned). */
  readonly pattern: string;
}

export type ParsedIgnoreFile =
  | { readonly ok: true; readonly patterns: readonly string[]; readonly lines: readonly IgnoreFileLine[] }
  | { readonly ok: false; readonly line: number; readonly message: string };

// bufio.MaxScanTokenSize: a line that does not fit the scanner's 64 KiB buffer stops the read.
const MAX_LINE_BYTES = 64 * 1024;

export function parseIgnoreFile(text: string): ParsedIgnoreFile {
  const patterns: string[] = [];
  const lines: IgnoreFileLine[] = [];
  let start = 0;
  let lineNo = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let raw = text.slice(start, end);
    start = end + 1;
    lineNo++;
    // The line (with its \r, without its \n) must be shorter than the buffer, final line included.
    if (raw.length * 3 >= MAX_LINE_BYTES && utf8Length(raw) >= MAX_LINE_BYTES) {
      return { ok: false, line: lineNo, message: 'bufio.Scanner: token too long' };
    }
    if (raw.endsWith('\r')) raw = raw.slice(0, -1); // ScanLines drops a trailing \r
    if (lineNo === 1 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
    if (raw.charCodeAt(0) === 35) continue; // '#': a comment only in the first column
    let pattern = goTrimSpace(raw);
    if (pattern === '') continue;
    const invert = pattern.charCodeAt(0) === 33;
    if (invert) pattern = goTrimSpace(pattern.slice(1));
    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.charCodeAt(0) === 47) pattern = pattern.slice(1);
    }
    if (invert) pattern = '!' + pattern;
    patterns.push(pattern);
    lines.push({ line: lineNo, pattern });
  }
  return { ok: true, patterns, lines };
}

export interface IgnoreFileChoice {
  /** Context-relative path of the file used. */
  readonly path: string;
  /** `dockerfile`: the `<Dockerfile>.dockerignore` beside the Dockerfile; `root`: `.dockerignore`. */
  readonly source: 'dockerfile' | 'root';
  /** Its text; `undefined` when the file is only declared by size and its patterns are unknown. */
  readonly text: string | undefined;
}

export const DEFAULT_DOCKERIGNORE = '.dockerignore';

/**
 * Which ignore file BuildKit reads for a Dockerfile at `dockerfilePath` (context-relative, `Dockerfile` by
 * default). An existing `<Dockerfile>.dockerignore` wins even when it is empty (the built-in frontend reads it
 * as an empty, non-nil file); then `.dockerignore` at the root. Both reads follow a symlink, as BuildKit's
 * `FollowPaths` does. `undefined`: no ignore file, everything is sent.
 */
export function chooseIgnoreFile(tree: FileTreeSource, dockerfilePath = 'Dockerfile'): IgnoreFileChoice | undefined {
  const beside = cleanPath(dockerfilePath).replace(/^\/+/, '') + '.dockerignore';
  const own = readableFile(tree, beside);
  if (own !== undefined) return { path: beside, source: 'dockerfile', text: own.content };
  const root = readableFile(tree, DEFAULT_DOCKERIGNORE);
  if (root !== undefined) return { path: DEFAULT_DOCKERIGNORE, source: 'root', text: root.content };
  return undefined;
}

function readableFile(tree: FileTreeSource, path: string): TreeEntry | undefined {
  let entry = tree.entry(path);
  let current = path;
  for (let hops = 0; entry?.kind === 'symlink' && hops < 40; hops++) {
    const target = entry.target ?? '';
    const dir = current.includes('/') ? current.slice(0, current.lastIndexOf('/')) : '';
    current = cleanPath(target.startsWith('/') ? target : `${dir}/${target}`).replace(/^\/+/, '');
    entry = tree.entry(current);
  }
  return entry?.kind === 'file' ? entry : undefined;
}
