/**
 * What a COPY or ADD takes from a tree (the sent build context, or a stage's filesystem for `--from`), with
 * BuildKit's semantics (frontend/dockerfile/dockerfile2llb/convert_copy.go, tonistiigi/fsutil copy/copy.go,
 * cache/contenthash/checksum.go):
 * - a source is cleaned and made absolute (`./src/` -> `/src`); a directory source copies its contents;
 * - wildcards (`*`, `?`, `[...]`, Go `path.Match`) may sit in any segment; the literal part before the first
 *   wildcard segment is resolved (following symlinks), the rest matched below it; a matched directory brings
 *   everything inside it; no match at all is allowed (AllowEmptyWildcard) and copies nothing;
 * - a literal source that does not exist fails the cache key: `"/main.c": not found`;
 * - a matched source that is a symlink is followed; symlinks inside a copied directory are copied as links;
 * - `--exclude` patterns (patternmatcher) apply to paths relative to each matched source, never to the
 *   matched source itself; an excluded directory is skipped unless an exception (`!`) may re-include part of it;
 * - `--parents` copies from the pivot (`a/./b` -> from `a`, keeping `b`'s parents) or the root, selecting with
 *   the rest as an include pattern; a wildcard-free source must match something ("required path").
 */
import { cleanPath, joinPath } from './go-path.ts';
import { containsWildcards } from './go-match.ts';
import type { PatternMatcher } from './pattern-matcher.ts';
import { newPatternMatcher } from './pattern-matcher.ts';
import { checksumItems, checksumStrings } from './checksum.ts';
import { missingSourceMessage, refIdFor } from './errors.ts';
import type { CopiedItem, TopMatch } from './copy-walk.ts';
import { collect, topMatches } from './copy-walk.ts';
import type { FileTreeSource } from './types.ts';

export type { CopiedItem, TopMatch } from './copy-walk.ts';
export { resolvePath } from './copy-walk.ts';

export interface CopyRequest {
  /** Source paths as written (after variable expansion): `package*.json`, `./src/`, `a/./b`. */
  readonly sources: readonly string[];
  /** `--exclude` patterns. */
  readonly excludes?: readonly string[];
  /** `--parents`. */
  readonly parents?: boolean;
  /** The ref id shown in a not-found message; a stable stand-in is derived when omitted. */
  readonly ref?: string;
}

export interface SourceResolution {
  readonly source: string;
  /** Cleaned and absolute, as BuildKit hands it to the copy (`/src`). */
  readonly path: string;
  readonly wildcard: boolean;
  readonly matches: readonly TopMatch[];
  readonly items: readonly CopiedItem[];
  /** Content checksum of exactly `items` (the cache-key input for this source). */
  readonly checksum: string;
}

export type CopyError =
  | { readonly kind: 'not-found'; readonly path: string; readonly message: string }
  | { readonly kind: 'bad-pattern'; readonly message: string };

export interface CopyResolution {
  readonly sources: readonly SourceResolution[];
  readonly items: readonly CopiedItem[];
  /** Cleaned absolute paths that were required but not found (`/main.c`). */
  readonly missing: readonly string[];
  /** The first failure, worded as BuildKit reports it; the COPY step fails. */
  readonly error: CopyError | undefined;
  /** Checksum over all sources, in order. */
  readonly checksum: string;
  /** Regular-file bytes and count that would be copied (summarised directories by their declared figures). */
  readonly bytes: number;
  readonly files: number;
}


export function resolveCopySources(tree: FileTreeSource, request: CopyRequest): CopyResolution {
  const ref = request.ref ?? refIdFor(request.sources.join('\n'));
  let excludes: PatternMatcher | undefined;
  if (request.excludes !== undefined && request.excludes.length > 0) {
    const made = newPatternMatcher(request.excludes);
    if (!made.ok) {
      return failure(`invalid excludepatterns: [${request.excludes.join(' ')}]: ${made.error.message}`);
    }
    excludes = made.matcher;
  }
  const sources: SourceResolution[] = [];
  const missing: string[] = [];
  let error: CopyError | undefined;
  for (const source of request.sources) {
    const one = request.parents ? resolveParents(tree, source, excludes) : resolveOne(tree, source, excludes);
    if ('badPattern' in one) {
      error ??= { kind: 'bad-pattern', message: one.badPattern };
      continue;
    }
    if (one.missing !== undefined) {
      missing.push(one.missing);
      error ??= { kind: 'not-found', path: one.missing, message: missingSourceMessage(one.missing, ref) };
    }
    sources.push(one.resolution);
  }
  const items = sources.flatMap((s) => s.items);
  let bytes = 0;
  let files = 0;
  for (const { entry } of items) {
    if (entry.kind === 'file') {
      bytes += entry.size;
      files++;
    } else if (entry.summary !== undefined) {
      bytes += entry.summary.bytes;
      files += entry.summary.files;
    }
  }
  return {
    sources,
    items,
    missing,
    error,
    checksum: checksumStrings(sources.map((s) => s.checksum)),
    bytes,
    files,
  };
}

function failure(message: string): CopyResolution {
  return {
    sources: [],
    items: [],
    missing: [],
    error: { kind: 'bad-pattern', message },
    checksum: checksumStrings([]),
    bytes: 0,
    files: 0,
  };
}

type OneResult = { readonly resolution: SourceResolution; readonly missing: string | undefined } | { readonly badPattern: string };

function resolveOne(tree: FileTreeSource, source: string, excludes: PatternMatcher | undefined): OneResult {
  const path = joinPath('/', source);
  const wildcard = containsWildcards(path);
  const tops = topMatches(tree, path, wildcard);
  if ('badPattern' in tops) return tops;
  const items: CopiedItem[] = [];
  for (const top of tops.found) {
    const r = collect(tree, top.resolved, undefined, excludes, items);
    if (r !== undefined) return { badPattern: r };
  }
  return {
    resolution: {
      source,
      path,
      wildcard,
      matches: tops.found.map((t) => t.match),
      items,
      checksum: checksumItems(items.map((i) => ({ rel: i.to, entry: i.entry }))),
    },
    missing: tops.missing,
  };
}

function resolveParents(tree: FileTreeSource, source: string, excludes: PatternMatcher | undefined): OneResult {
  const cut = source.indexOf('/./');
  const pivot = cut < 0 ? '/' : source.slice(0, cut);
  const patternText = joinPath('/', cut < 0 ? source : source.slice(cut + 3)).slice(1);
  const made = newPatternMatcher([patternText]);
  if (!made.ok) return { badPattern: `invalid includepatterns: [${patternText}]: ${made.error.message}` };
  const required =
    !containsWildcards(pivot) && !containsWildcards(patternText) ? joinPath('/', cleanPath(`${pivot}/${patternText}`)) : undefined;
  const path = joinPath('/', pivot);
  const wildcard = containsWildcards(path);
  const tops = topMatches(tree, path, wildcard);
  if ('badPattern' in tops) return tops;
  const items: CopiedItem[] = [];
  for (const top of tops.found) {
    const r = collect(tree, top.resolved, made.matcher, excludes, items);
    if (r !== undefined) return { badPattern: r };
  }
  let missing = tops.missing;
  // BuildKit checks a required path with a plain string prefix over the included paths.
  if (missing === undefined && required !== undefined) {
    const found = items.some((i) => joinPath(path, i.to).startsWith(required));
    if (!found) missing = required;
  }
  return {
    resolution: {
      source,
      path,
      wildcard,
      matches: tops.found.map((t) => t.match),
      items,
      checksum: checksumItems(items.map((i) => ({ rel: i.to, entry: i.entry }))),
    },
    missing,
  };
}
