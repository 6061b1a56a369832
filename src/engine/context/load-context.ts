/**
 * What the builder receives: the context minus what .dockerignore excludes, decided the way Docker's upload
 * does it — tonistiigi/fsutil `filterFS.Walk` (filter.go), which BuildKit's `llb.Local(..., ExcludePatterns)`
 * uses. The walk goes depth-first in name order and asks patternmatcher's `MatchesUsingParentResults` for each
 * path. An excluded directory is skipped whole, unless an exception pattern (`!...`) might re-include something
 * inside it; then it is walked, and it is sent (lazily, before its first sent child) only if something inside
 * is re-included. A summarised directory cannot be walked: it is sent or excluded whole, and where a pattern
 * might split it the result says so in `approximations`.
 */
import type { ParsedIgnoreFile, IgnoreFileChoice, IgnoreFileLine } from './ignore-file.ts';
import { chooseIgnoreFile, parseIgnoreFile } from './ignore-file.ts';
import type { Pattern, PatternMatcher } from './pattern-matcher.ts';
import { matchesUsingParentResults, newPatternMatcher, patternWithoutTrailingGlob } from './pattern-matcher.ts';
import { BAD_PATTERN_TEXT } from './go-match.ts';
import type { ContextReport } from './context-report.ts';
import { summariseContext } from './context-report.ts';
import type { BuildContext, FileTreeSource, TreeEntry } from './types.ts';

export interface LoadContextOptions {
  /** Context-relative path of the Dockerfile; decides which `<Dockerfile>.dockerignore` applies. */
  readonly dockerfilePath?: string;
  /** An ignore file to use instead of looking in the context (e.g. when the Dockerfile lives outside it). */
  readonly ignoreFile?: { readonly path: string; readonly text: string };
}

export type ContextLoadError =
  | { readonly kind: 'ignore-file'; readonly path: string; readonly line: number; readonly message: string }
  | { readonly kind: 'pattern'; readonly path: string; readonly line: number | undefined; readonly message: string };

/** Where the simulation had to decide for a summarised directory without knowing its contents. */
export interface Approximation {
  readonly path: string;
  /** `may-exclude-inside`: the directory is sent, but these patterns may exclude part of it.
   *  `may-include-inside`: the directory is excluded, but these exceptions may re-include part of it. */
  readonly kind: 'may-exclude-inside' | 'may-include-inside';
  readonly patterns: readonly string[];
}

export interface LoadedContext {
  readonly context: BuildContext;
  readonly ignoreFile: IgnoreFileChoice | undefined;
  /** The ignore file's patterns with their line numbers. */
  readonly patterns: readonly IgnoreFileLine[];
  readonly matcher: PatternMatcher | undefined;
  /** Set when Docker would fail at "load build context"; nothing is sent then. */
  readonly error: ContextLoadError | undefined;
  /** The tree the builder receives; COPY and ADD see only this. */
  readonly sent: FileTreeSource;
  /** Whether the entry at this context path is sent. */
  isSent(path: string): boolean;
  readonly report: ContextReport;
  readonly approximations: readonly Approximation[];
}

const SENT = 1;
const SKIPPED = 2; // excluded with everything below it

export function loadBuildContext(context: BuildContext, options: LoadContextOptions = {}): LoadedContext {
  const ignoreFile: IgnoreFileChoice | undefined = options.ignoreFile
    ? { path: options.ignoreFile.path, source: 'dockerfile', text: options.ignoreFile.text }
    : chooseIgnoreFile(context, options.dockerfilePath);
  const parsed: ParsedIgnoreFile =
    ignoreFile?.text === undefined ? { ok: true, patterns: [], lines: [] } : parseIgnoreFile(ignoreFile.text);
  const ignorePath = ignoreFile?.path ?? '.dockerignore';
  if (!parsed.ok) {
    const message = `failed to read dockerignore patterns: failed parsing ${ignorePath}: ${parsed.message}`;
    return failed(context, ignoreFile, [], undefined, { kind: 'ignore-file', path: ignorePath, line: parsed.line, message });
  }
  const created = newPatternMatcher(parsed.patterns);
  if (!created.ok) {
    // fsutil.NewFilterFS: `invalid excludepatterns: [a b]: <error>`
    const line = parsed.lines[created.error.index]?.line;
    const message = `invalid excludepatterns: [${parsed.patterns.join(' ')}]: ${created.error.message}`;
    return failed(context, ignoreFile, parsed.lines, undefined, { kind: 'pattern', path: ignorePath, line, message });
  }
  const matcher = created.matcher.patterns.length > 0 ? created.matcher : undefined;
  const walked = walk(context, matcher);
  if (walked.badPattern !== undefined) {
    const line = parsed.lines.find((l) => l.pattern.replace(/^!/, '') === walked.badPattern)?.line;
    const message = `failed to match excludepatterns: ${BAD_PATTERN_TEXT}`;
    return failed(context, ignoreFile, parsed.lines, matcher, { kind: 'pattern', path: ignorePath, line, message });
  }
  return result(context, ignoreFile, parsed.lines, matcher, undefined, walked.state, walked.approximations);
}

interface Walked {
  readonly state: Uint8Array;
  readonly approximations: Approximation[];
  readonly badPattern: string | undefined;
}

function walk(context: BuildContext, matcher: PatternMatcher | undefined): Walked {
  const entries = context.entries;
  const n = entries.length;
  const state = new Uint8Array(n);
  const approximations: Approximation[] = [];
  state[0] = SENT;
  if (matcher === undefined) {
    state.fill(SENT);
    return { state, approximations, badPattern: undefined };
  }
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) for (const c of context.childIndexes(i)) parent[c] = i;
  const infos: (readonly boolean[] | undefined)[] = new Array(n);
  // fsutil's onlyPrefixExcludeExceptions: no exception has a glob character before a trailing /* or /**.
  const exceptions = matcher.patterns
    .filter((p) => p.exclusion)
    .map((p) => {
      const literal = patternWithoutTrailingGlob(p);
      return { shown: show(p), prefix: literal + '/', glob: GLOB_CHARS.test(literal) };
    });
  const onlyPrefixExceptions = exceptions.every((e) => !e.glob);

  // Entries are in depth-first name order, so a parent is always decided before its children.
  for (let i = 1; i < n; i++) {
    const up = parent[i] as number;
    if (state[up] === SKIPPED) {
      state[i] = SKIPPED;
      continue;
    }
    const entry = entries[i] as TreeEntry;
    const r = matchesUsingParentResults(matcher, entry.path, infos[up]);
    if (r === 'bad-pattern') {
      const bad = matcher.patterns.find((p) => p.matchType === 'regexp' && p.regexp === undefined);
      return { state, approximations, badPattern: bad?.text };
    }
    const isDir = entry.kind === 'dir';
    if (isDir) infos[i] = r.info;
    if (r.matched) {
      if (!isDir) continue;
      // An excluded directory is walked only if an exception might re-include something inside it.
      const inside = entry.path + '/';
      const mayReinclude = exceptions.filter((e) => e.glob || e.prefix.startsWith(inside));
      if (onlyPrefixExceptions && mayReinclude.length === 0) state[i] = SKIPPED;
      else if (entry.summary !== undefined) {
        approximations.push({ path: entry.path, kind: 'may-include-inside', patterns: mayReinclude.map((e) => e.shown) });
      }
      continue;
    }
    // Sent: so are the directories above it that were excluded but walked.
    for (let k = i; state[k] !== SENT; k = parent[k] as number) state[k] = SENT;
    if (entry.summary !== undefined) {
      const mayExclude = matcher.patterns.filter((p) => !p.exclusion && mayMatchInside(p, entry.path));
      if (mayExclude.length > 0) {
        approximations.push({ path: entry.path, kind: 'may-exclude-inside', patterns: mayExclude.map(show) });
      }
    }
  }
  return { state, approximations, badPattern: undefined };
}

const show = (p: Pattern): string => (p.exclusion ? '!' : '') + p.text;
const GLOB_CHARS = /[*[\]?^\\]/; // fsutil's patternChars

/** Could this pattern match something below `dir`? Literal prefixes must agree; wildcards are assumed to. */
function mayMatchInside(p: Pattern, dir: string): boolean {
  const inside = dir + '/';
  if (p.matchType === 'suffix') return true;
  const text = p.matchType === 'prefix' ? p.text.slice(0, -2) : p.text;
  const wild = text.search(/[*?[\\]/);
  const literal = wild < 0 ? text : text.slice(0, wild);
  if (wild < 0 && p.matchType === 'exact') return literal.startsWith(inside);
  return literal.startsWith(inside) || inside.startsWith(literal);
}

function failed(
  context: BuildContext,
  ignoreFile: IgnoreFileChoice | undefined,
  lines: readonly IgnoreFileLine[],
  matcher: PatternMatcher | undefined,
  error: ContextLoadError,
): LoadedContext {
  const state = new Uint8Array(context.entries.length);
  state[0] = SENT;
  return result(context, ignoreFile, lines, matcher, error, state, []);
}

function result(
  context: BuildContext,
  ignoreFile: IgnoreFileChoice | undefined,
  patterns: readonly IgnoreFileLine[],
  matcher: PatternMatcher | undefined,
  error: ContextLoadError | undefined,
  state: Uint8Array,
  approximations: readonly Approximation[],
): LoadedContext {
  const isSentIndex = (i: number | undefined): boolean => i !== undefined && state[i] === SENT;
  const lists = new Map<number, readonly TreeEntry[]>();
  const sent: FileTreeSource = {
    entry: (path) => {
      const i = context.indexOf(path);
      return isSentIndex(i) ? context.entries[i as number] : undefined;
    },
    children: (path) => {
      const i = context.indexOf(path);
      if (!isSentIndex(i) || context.children(path) === undefined) return undefined;
      let list = lists.get(i as number);
      if (list === undefined) {
        list = context
          .childIndexes(i as number)
          .filter((c) => state[c] === SENT)
          .map((c) => context.entries[c] as TreeEntry);
        lists.set(i as number, list);
      }
      return list;
    },
  };
  return {
    context,
    ignoreFile,
    patterns,
    matcher,
    error,
    sent,
    isSent: (path) => isSentIndex(context.indexOf(path)),
    report: summariseContext(context, (i) => state[i] === SENT),
    approximations,
  };
}
