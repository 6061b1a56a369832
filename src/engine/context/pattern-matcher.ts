/**
 * moby/patternmatcher, the matcher behind .dockerignore, `COPY --exclude` and `COPY --parents`: patterns are
 * cleaned (`path.Clean`) and anchored at the root; `*`, `?`, `[...]`, `\` and `**` (any number of segments,
 * including none); a `!` pattern is an exception; the last pattern that matches decides. Each pattern is
 * classified like Docker's `compile` (exact, prefix, suffix or regular expression) and regular expressions are
 * built from the same Go regexp text, then translated. Source: moby/patternmatcher patternmatcher.go
 * (New, Pattern.compile, Pattern.match, MatchesOrParentMatches, MatchesUsingParentResults).
 */
import { cleanPath, goTrimSpace } from './go-path.ts';
import { BAD_PATTERN_TEXT, goMatch } from './go-match.ts';
import type { GoRegexp } from './go-regexp.ts';
import { compileGoRegexp } from './go-regexp.ts';

export type MatchType = 'exact' | 'prefix' | 'suffix' | 'regexp';

export interface Pattern {
  /** The cleaned pattern without its `!`. */
  readonly text: string;
  readonly exclusion: boolean;
  readonly matchType: MatchType;
  /** The Go regular expression Docker builds for a `regexp` pattern (`^[^/]*\.md$`). */
  readonly goRegexp: string | undefined;
  /** `undefined` when Go's regexp compiler would reject `goRegexp`: matching then fails with a syntax error. */
  readonly regexp: GoRegexp | undefined;
}

export interface PatternMatcher {
  readonly patterns: readonly Pattern[];
  /** Whether any pattern is a `!` exception (patternmatcher's `Exclusions()`). */
  readonly exclusions: boolean;
}

export type PatternError =
  | { readonly kind: 'lone-exclamation'; readonly index: number; readonly message: string }
  | { readonly kind: 'bad-pattern'; readonly index: number; readonly pattern: string; readonly message: string };

export type NewMatcherResult =
  | { readonly ok: true; readonly matcher: PatternMatcher }
  | { readonly ok: false; readonly error: PatternError };

/** patternmatcher's `New`: empty patterns dropped, `!` exceptions, syntax checked with `filepath.Match`. */
export function newPatternMatcher(patterns: readonly string[]): NewMatcherResult {
  const out: Pattern[] = [];
  let exclusions = false;
  for (let index = 0; index < patterns.length; index++) {
    let p = goTrimSpace(patterns[index] ?? '');
    if (p === '') continue;
    p = cleanPath(p);
    let exclusion = false;
    if (p.charCodeAt(0) === 33) {
      if (p.length === 1) {
        return { ok: false, error: { kind: 'lone-exclamation', index, message: 'illegal exclusion pattern: "!"' } };
      }
      exclusion = true;
      exclusions = true;
      p = p.slice(1);
    }
    if (goMatch(p, '.') === 'bad-pattern') {
      return { ok: false, error: { kind: 'bad-pattern', index, pattern: p, message: BAD_PATTERN_TEXT } };
    }
    out.push(compilePattern(p, exclusion));
  }
  return { ok: true, matcher: { patterns: out, exclusions } };
}

/** patternmatcher's `compile`: decides the match type and builds the Go regexp text exactly as Docker does. */
export function compilePattern(text: string, exclusion: boolean): Pattern {
  let reg = '^';
  let type: MatchType = 'exact';
  const chars = Array.from(text);
  let pos = 0;
  const peek = (): string | undefined => chars[pos];
  for (let i = 0; pos < chars.length; i++) {
    const ch = chars[pos++] as string;
    if (ch === '*') {
      if (peek() === '*') {
        pos++;
        if (peek() === '/') pos++; // treat **/ as **
        if (peek() === undefined) {
          // "**" at the end accepts everything, as .gitignore does
          if (type === 'exact') type = 'prefix';
          else {
            reg += '.*';
            type = 'regexp';
          }
        } else {
          // any number of segments, even none
          reg += '(.*/)?';
          type = 'regexp';
        }
        if (i === 0) type = 'suffix';
      } else {
        reg += '[^/]*';
        type = 'regexp';
      }
    } else if (ch === '?') {
      reg += '[^/]';
      type = 'regexp';
    } else if ('.+()|{}$'.includes(ch)) {
      reg += '\\' + ch;
    } else if (ch === '\\') {
      if (peek() !== undefined) {
        reg += '\\' + (chars[pos++] as string);
        type = 'regexp';
      } else reg += '\\';
    } else if (ch === '[' || ch === ']') {
      reg += ch;
      type = 'regexp';
    } else reg += ch;
  }
  if (type !== 'regexp') return { text, exclusion, matchType: type, goRegexp: undefined, regexp: undefined };
  reg += '$';
  return { text, exclusion, matchType: type, goRegexp: reg, regexp: compileGoRegexp(reg) };
}

/** One pattern against one slash-separated path (`Pattern.match`). */
export function patternMatches(p: Pattern, path: string): boolean | 'bad-pattern' {
  switch (p.matchType) {
    case 'exact':
      return path === p.text;
    case 'prefix':
      return path.startsWith(p.text.slice(0, -2));
    case 'suffix': {
      const suffix = p.text.slice(2);
      if (path.endsWith(suffix)) return true;
      // **/foo matches "foo"
      return suffix.charCodeAt(0) === 47 && path === suffix.slice(1);
    }
    case 'regexp':
      return p.regexp === undefined ? 'bad-pattern' : p.regexp.test(path);
  }
}

/**
 * `MatchesOrParentMatches`: true when the path, or one of its parent directories, is matched by the
 * patterns (last match wins). This is the one-shot form; a walk uses `matchesUsingParentResults`.
 */
export function matchesOrParentMatches(m: PatternMatcher, file: string): boolean | 'bad-pattern' {
  let matched = false;
  const slash = file.lastIndexOf('/');
  const parent = slash < 0 ? '.' : cleanPath(file.slice(0, slash + 1));
  const parentDirs = parent === '.' ? [] : parent.split('/');
  for (const p of m.patterns) {
    // An inclusion cannot change an already matched path, an exception cannot change an unmatched one.
    if (p.exclusion !== matched) continue;
    let match = patternMatches(p, file);
    if (match === 'bad-pattern') return match;
    if (!match && parentDirs.length > 0) {
      for (let i = 0; i < parentDirs.length && !match; i++) {
        match = patternMatches(p, parentDirs.slice(0, i + 1).join('/')) === true;
      }
    }
    if (match) matched = !p.exclusion;
  }
  return matched;
}

/** Per-pattern results for a directory, handed to its children (patternmatcher's `MatchInfo`). */
export type MatchInfo = readonly boolean[] | undefined;

export interface MatchWithInfo {
  readonly matched: boolean;
  readonly info: readonly boolean[];
}

/**
 * `MatchesUsingParentResults`: what fsutil's walker (the build context upload) and the COPY implementation
 * call for each path, passing the parent directory's per-pattern results. A pattern that matched the parent
 * counts as matching the child. A pattern skipped at the parent is not recorded, so this can differ from
 * `matchesOrParentMatches` (e.g. `a`, `!a/b`, `a` keeps `a/b`); Docker's upload follows this one.
 */
export function matchesUsingParentResults(
  m: PatternMatcher,
  file: string,
  parent: MatchInfo,
): MatchWithInfo | 'bad-pattern' {
  const n = m.patterns.length;
  const info = new Array<boolean>(n);
  let matched = false;
  const noParent = parent === undefined || parent.length === 0;
  for (let i = 0; i < n; i++) {
    const p = m.patterns[i] as Pattern;
    let match = noParent ? false : parent[i] === true;
    if (!match) {
      if (p.exclusion !== matched) {
        info[i] = false;
        continue;
      }
      const r = patternMatches(p, file);
      if (r === 'bad-pattern') return r;
      match = r;
      // Without parent results, fall back to checking every parent (as MatchesOrParentMatches does).
      if (!match && noParent) {
        const slash = file.lastIndexOf('/');
        if (slash >= 0) {
          const dirs = cleanPath(file.slice(0, slash + 1)).split('/');
          for (let k = 0; k < dirs.length && !match; k++) match = patternMatches(p, dirs.slice(0, k + 1).join('/')) === true;
        }
      }
    }
    info[i] = match;
    if (match) matched = !p.exclusion;
  }
  return { matched, info };
}

/** fsutil's `patternWithoutTrailingGlob`: `a/b/**` and `a/b/*` become `a/b`. */
export function patternWithoutTrailingGlob(p: Pattern): string {
  let s = p.text;
  if (s.endsWith('/**')) s = s.slice(0, -3);
  if (s.endsWith('/*')) s = s.slice(0, -2);
  return s;
}
