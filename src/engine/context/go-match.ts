/**
 * Go's `path.Match` / `filepath.Match` on Linux: `*` (any run of non-`/`), `?` (one non-`/` character),
 * `[...]` classes with ranges and `^` negation, `\` escapes. Used twice by Docker: patternmatcher checks every
 * .dockerignore pattern with `filepath.Match(p, ".")` for syntax errors, and BuildKit matches COPY wildcard
 * sources with it. Source: go/src/path/match.go (Match, scanChunk, matchChunk, getEsc).
 *
 * Characters are compared as code points, as Go compares runes; a malformed pattern is reported as
 * `'bad-pattern'` (Go's `ErrBadPattern`, "syntax error in pattern").
 */

export type MatchResult = boolean | 'bad-pattern';

/** Go's `path.ErrBadPattern` text. */
export const BAD_PATTERN_TEXT = 'syntax error in pattern';

export function goMatch(pattern: string, name: string): MatchResult {
  let pat = pattern;
  let nm = name;
  outer: while (pat.length > 0) {
    const { star, chunk, rest } = scanChunk(pat);
    pat = rest;
    if (star && chunk === '') {
      // Trailing * matches the rest of the string unless it has a '/'.
      return nm.indexOf('/') < 0;
    }
    const first = matchChunk(chunk, nm);
    // When this is the last chunk the name must be used up, otherwise a later star may still match.
    if (first !== 'bad-pattern' && first !== undefined && (first.length === 0 || pat.length > 0)) {
      nm = first;
      continue;
    }
    if (first === 'bad-pattern') return 'bad-pattern';
    if (star) {
      // Look for a match skipping i+1 characters; a star cannot skip a '/'.
      for (let i = 0; i < nm.length && nm.charCodeAt(i) !== 47; i++) {
        const t = matchChunk(chunk, nm.slice(i + 1));
        if (t === 'bad-pattern') return 'bad-pattern';
        if (t !== undefined) {
          if (pat.length === 0 && t.length > 0) continue;
          nm = t;
          continue outer;
        }
      }
    }
    // Before returning false, check that the rest of the pattern is well formed.
    while (pat.length > 0) {
      const next = scanChunk(pat);
      pat = next.rest;
      if (matchChunk(next.chunk, '') === 'bad-pattern') return 'bad-pattern';
    }
    return false;
  }
  return nm.length === 0;
}

/** Does `name` contain `*`, `?` or `[` outside a `\` escape (BuildKit's `containsWildcards`). */
export function containsWildcards(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 42 || c === 63 || c === 91) return true;
  }
  return false;
}

function scanChunk(pattern: string): { star: boolean; chunk: string; rest: string } {
  let p = pattern;
  let star = false;
  while (p.length > 0 && p.charCodeAt(0) === 42) {
    p = p.slice(1);
    star = true;
  }
  let inrange = false;
  let i = 0;
  scan: for (; i < p.length; i++) {
    switch (p.charCodeAt(i)) {
      case 92: // '\\': the error for a trailing backslash is reported by matchChunk
        if (i + 1 < p.length) i++;
        break;
      case 91:
        inrange = true;
        break;
      case 93:
        inrange = false;
        break;
      case 42:
        if (!inrange) break scan;
        break;
    }
  }
  return { star, chunk: p.slice(0, i), rest: p.slice(i) };
}

/**
 * Matches `chunk` at the start of `s`; returns the rest of `s`, `undefined` for no match, or
 * `'bad-pattern'`. After a mismatch it keeps parsing the chunk so that syntax errors are still found.
 */
function matchChunk(chunk: string, str: string): string | undefined | 'bad-pattern' {
  let c = chunk;
  let s = str;
  let failed = false;
  while (c.length > 0) {
    if (!failed && s.length === 0) failed = true;
    const head = c.charCodeAt(0);
    if (head === 91) {
      // '[' character class
      let r = -1;
      if (!failed) {
        r = s.codePointAt(0) ?? -1;
        s = s.slice(r > 0xffff ? 2 : 1);
      }
      c = c.slice(1);
      let negated = false;
      if (c.length > 0 && c.charCodeAt(0) === 94) {
        negated = true;
        c = c.slice(1);
      }
      let match = false;
      let nrange = 0;
      for (;;) {
        if (c.length > 0 && c.charCodeAt(0) === 93 && nrange > 0) {
          c = c.slice(1);
          break;
        }
        const lo = getEsc(c);
        if (lo === undefined) return 'bad-pattern';
        c = lo.rest;
        let hi = lo.rune;
        if (c.charCodeAt(0) === 45) {
          const h = getEsc(c.slice(1));
          if (h === undefined) return 'bad-pattern';
          c = h.rest;
          hi = h.rune;
        }
        if (lo.rune <= r && r <= hi) match = true;
        nrange++;
      }
      if (match === negated) failed = true;
    } else if (head === 63) {
      // '?'
      if (!failed) {
        if (s.charCodeAt(0) === 47) failed = true;
        const cp = s.codePointAt(0) ?? 0;
        s = s.slice(cp > 0xffff ? 2 : 1);
      }
      c = c.slice(1);
    } else {
      if (head === 92) {
        c = c.slice(1);
        if (c.length === 0) return 'bad-pattern';
      }
      if (!failed) {
        if (c.charCodeAt(0) !== s.charCodeAt(0)) failed = true;
        s = s.slice(1);
      }
      c = c.slice(1);
    }
  }
  return failed ? undefined : s;
}

function getEsc(chunk: string): { rune: number; rest: string } | undefined {
  let c = chunk;
  if (c.length === 0 || c.charCodeAt(0) === 45 || c.charCodeAt(0) === 93) return undefined;
  if (c.charCodeAt(0) === 92) {
    c = c.slice(1);
    if (c.length === 0) return undefined;
  }
  const rune = c.codePointAt(0) ?? 0;
  const rest = c.slice(rune > 0xffff ? 2 : 1);
  if (rest.length === 0) return undefined;
  return { rune, rest };
}
