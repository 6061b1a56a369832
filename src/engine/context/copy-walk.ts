/**
 * Walking a tree for COPY: the top-level matches of a source (wildcards, symlinks), and everything a matched
 * source brings with `--exclude` / `--parents` filtering — tonistiigi/fsutil copy/copy.go (ResolveWildcards,
 * copier.copy, copyDirectory) and moby/buildkit cache/contenthash/checksum.go (includedPaths, wildcardPrefix).
 */
import { basePath, joinPath } from './go-path.ts';
import { containsWildcards, goMatch } from './go-match.ts';
import type { MatchInfo, PatternMatcher } from './pattern-matcher.ts';
import { matchesUsingParentResults } from './pattern-matcher.ts';
import type { EntryKind, FileTreeSource, TreeEntry } from './types.ts';

export interface CopiedItem {
  /** Where the entry is in the source tree (after following a matched symlink). */
  readonly from: string;
  /**
   * Where it lands, relative to the destination: `''` is the matched source itself (a file takes the
   * destination or `destination/<name>`; a directory's contents go into the destination); below a directory
   * source, the path inside it; with `--parents`, the path from the pivot (or the root), parents included.
   */
  readonly to: string;
  readonly entry: TreeEntry;
}

export interface TopMatch {
  /** The matched path in the tree, before symlinks are followed. */
  readonly path: string;
  /** The name a single file takes in a destination directory. */
  readonly name: string;
  /** What it is once followed. */
  readonly kind: EntryKind;
}

const MAX_LINK_HOPS = 255; // BuildKit contenthash's limit when following symlinks

export interface Found {
  readonly match: TopMatch;
  /** The followed path whose entry is copied. */
  readonly resolved: string;
}

/** The top-level matches of one source path (absolute, cleaned). */
export function topMatches(
  tree: FileTreeSource,
  path: string,
  wildcard: boolean,
): { readonly found: readonly Found[]; readonly missing: string | undefined } | { readonly badPattern: string } {
  if (!wildcard) {
    const resolved = resolvePath(tree, path.slice(1), true);
    const entry = resolved === undefined ? undefined : tree.entry(resolved);
    if (resolved === undefined || entry === undefined) return { found: [], missing: path };
    return { found: [{ match: { path: path.slice(1), name: basePath(path), kind: entry.kind }, resolved }], missing: undefined };
  }
  const { literal, rest } = splitWildcards(path);
  const base = literal === '/' ? '' : resolvePath(tree, literal.slice(1), true);
  const baseEntry = base === undefined ? undefined : tree.entry(base);
  if (base === undefined || baseEntry?.kind !== 'dir') return { found: [], missing: undefined };
  // Without classes or escapes, '*' and '?' never match '/', so the pattern's segments line up with the path's:
  // each directory can be tested against its own segment and skipped early. Otherwise match whole paths.
  const segments = /[[\\]/.test(rest) ? undefined : rest.split('/');
  const found: Found[] = [];
  const literalPrefix = literal === '/' ? '' : literal.slice(1) + '/';
  interface Dir {
    readonly dir: string;
    readonly rel: string;
    readonly depth: number;
  }
  const stack: Dir[] = [{ dir: base, rel: '', depth: 0 }];
  while (stack.length > 0) {
    const { dir, rel, depth } = stack.pop() as Dir;
    const deeper: Dir[] = [];
    for (const entry of tree.children(dir) ?? []) {
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      let m: boolean | 'bad-pattern';
      let descend: boolean;
      if (segments !== undefined) {
        const segmentMatch = goMatch(segments[depth] as string, entry.name) === true;
        m = segmentMatch && depth === segments.length - 1;
        descend = segmentMatch && depth < segments.length - 1;
      } else {
        m = goMatch(rest, childRel);
        if (m === 'bad-pattern') return { badPattern: 'syntax error in pattern' };
        descend = !m;
      }
      if (m) {
        const shown = literalPrefix + childRel;
        const resolved = entry.kind === 'symlink' ? resolvePath(tree, entry.path, true) : entry.path;
        const target = resolved === undefined ? undefined : tree.entry(resolved);
        if (resolved === undefined || target === undefined) return { found, missing: '/' + shown };
        found.push({ match: { path: shown, name: entry.name, kind: target.kind }, resolved });
        continue; // a matched directory is copied whole
      }
      if (descend && entry.kind === 'dir') deeper.push({ dir: entry.path, rel: childRel, depth: depth + 1 });
    }
    for (let k = deeper.length - 1; k >= 0; k--) stack.push(deeper[k] as Dir);
  }
  // The walk is depth-first in name order, as filepath.Walk is.
  return { found, missing: undefined };
}

/** BuildKit's splitWildcards: the segments before the first one with a wildcard, and the rest. */
function splitWildcards(path: string): { readonly literal: string; readonly rest: string } {
  const parts = path.split('/');
  const literal: string[] = [];
  const rest: string[] = [];
  let found = false;
  for (const part of parts) {
    if (!found && containsWildcards(part)) found = true;
    (found ? rest : literal).push(part === '' ? '/' : part);
  }
  return { literal: joinPath(...literal), rest: joinPath(...rest) };
}

/**
 * Follows symlinks along a relative path inside the tree (absolute link targets start again at its root;
 * `..` cannot leave it). The last segment is followed only when `followLast`. `undefined`: not found.
 */
export function resolvePath(tree: FileTreeSource, path: string, followLast: boolean): string | undefined {
  let parts = path === '' ? [] : path.split('/');
  let resolved: string[] = [];
  let hops = 0;
  let i = 0;
  while (i < parts.length) {
    const name = parts[i] as string;
    i++;
    if (name === '' || name === '.') continue;
    if (name === '..') {
      resolved.pop();
      continue;
    }
    const candidate = resolved.length === 0 ? name : `${resolved.join('/')}/${name}`;
    const entry = tree.entry(candidate);
    if (entry === undefined) return undefined;
    const last = i >= parts.length || parts.slice(i).every((p) => p === '' || p === '.');
    if (entry.kind === 'symlink' && (!last || followLast)) {
      if (++hops > MAX_LINK_HOPS) return undefined;
      const target = entry.target ?? '';
      if (target.startsWith('/')) resolved = [];
      parts = [...target.split('/'), ...parts.slice(i)];
      i = 0;
      continue;
    }
    if (!last && entry.kind !== 'dir') return undefined;
    resolved.push(name);
  }
  return resolved.join('/');
}

/**
 * Everything one matched source brings, depth-first in name order: the source itself (`to` = `''`), and for a
 * directory what is inside it, filtered by the include (`--parents`) and exclude (`--exclude`) matchers on
 * paths relative to the source. A directory that is itself filtered out still appears before its first
 * included child (the copy creates it then). Returns an error text for a pattern Go's regexp would reject.
 */
export function collect(
  tree: FileTreeSource,
  top: string,
  include: PatternMatcher | undefined,
  exclude: PatternMatcher | undefined,
  out: CopiedItem[],
): string | undefined {
  const topEntry = tree.entry(top) as TreeEntry;
  // The source itself counts unless an include pattern (--parents) leaves it out, as in BuildKit's checksum.
  const topMatch = include === undefined ? undefined : matchesUsingParentResults(include, '', undefined);
  const topIncluded = topMatch === undefined || (topMatch !== 'bad-pattern' && topMatch.matched);
  const topItem: CopiedItem = { from: top, to: '', entry: topEntry };
  if (topIncluded) out.push(topItem);
  if (topEntry.kind !== 'dir' || topEntry.summary !== undefined) return undefined;
  interface Frame {
    readonly path: string;
    readonly rel: string;
    readonly includeInfo: MatchInfo;
    readonly excludeInfo: MatchInfo;
    /** This directory's item while it is filtered out itself: added before its first included descendant. */
    pending: CopiedItem | undefined;
    readonly parent: Frame | undefined;
  }
  const root: Frame = {
    path: top,
    rel: '',
    includeInfo: undefined,
    excludeInfo: undefined,
    pending: topIncluded ? undefined : topItem,
    parent: undefined,
  };
  // Depth-first with an explicit stack; children pushed in reverse so they pop in name order.
  const work: { frame: Frame; entry: TreeEntry }[] = [];
  const pushChildren = (frame: Frame): void => {
    const list = tree.children(frame.path) ?? [];
    for (let k = list.length - 1; k >= 0; k--) work.push({ frame, entry: list[k] as TreeEntry });
  };
  pushChildren(root);
  while (work.length > 0) {
    const { frame, entry } = work.pop() as { frame: Frame; entry: TreeEntry };
    const path = entry.path;
    const rel = frame.rel === '' ? entry.name : `${frame.rel}/${entry.name}`;
    let included = true;
    let excluded = false;
    let includeInfo: MatchInfo;
    let excludeInfo: MatchInfo;
    if (include !== undefined) {
      const r = matchesUsingParentResults(include, rel, frame.includeInfo);
      if (r === 'bad-pattern') return 'failed to match includepatterns: syntax error in pattern';
      included = r.matched;
      includeInfo = r.info;
    }
    if (exclude !== undefined) {
      const r = matchesUsingParentResults(exclude, rel, frame.excludeInfo);
      if (r === 'bad-pattern') return 'failed to match excludepatterns: syntax error in pattern';
      excludeInfo = r.info;
      if (r.matched) {
        included = false;
        excluded = true;
      }
    }
    const item: CopiedItem = { from: path, to: rel, entry };
    const isDir = entry.kind === 'dir' && entry.summary === undefined;
    if (included) {
      // Create the directories above it that were filtered out themselves.
      const pending: CopiedItem[] = [];
      for (let f: Frame | undefined = frame; f !== undefined && f.pending !== undefined; f = f.parent) {
        pending.push(f.pending);
        f.pending = undefined;
      }
      for (let k = pending.length - 1; k >= 0; k--) out.push(pending[k] as CopiedItem);
      out.push(item);
    }
    if (!isDir) continue;
    // An excluded directory is not entered unless an exception might re-include something in it.
    if (excluded && !exclude?.exclusions) continue;
    const child: Frame = { path, rel, includeInfo, excludeInfo, pending: included ? undefined : item, parent: frame };
    pushChildren(child);
  }
  return undefined;
}
