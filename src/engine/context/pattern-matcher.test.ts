import { describe, expect, it } from 'vitest';
import { cleanPath } from './go-path.ts';
import { goMatch } from './go-match.ts';
import type { MatchInfo, PatternMatcher } from './pattern-matcher.ts';
import { compilePattern, matchesOrParentMatches, matchesUsingParentResults, newPatternMatcher } from './pattern-matcher.ts';
import { compileGoRegexp } from './go-regexp.ts';
import { COMPILE, GO_MATCH, MATCHES, MULTI_PATTERN_MATCHES, SIMPLE_MATCHES } from './testdata/patternmatcher-cases.ts';

function matcher(patterns: readonly string[]): PatternMatcher {
  const made = newPatternMatcher(patterns);
  if (!made.ok) throw new Error(made.error.message);
  return made.matcher;
}

/** patternmatcher's package-level `MatchesOrParentMatches(file, patterns)`. */
function matches(file: string, patterns: readonly string[]): boolean | 'error' {
  const made = newPatternMatcher(patterns);
  if (!made.ok) return 'error';
  const clean = cleanPath(file);
  if (clean === '.') return false;
  const r = matchesOrParentMatches(made.matcher, clean);
  return r === 'bad-pattern' ? 'error' : r;
}

/** The walk a directory tree does: parent results handed down segment by segment. */
function matchesWalking(m: PatternMatcher, text: string): boolean | 'bad-pattern' {
  const slash = text.lastIndexOf('/');
  const parent = slash < 0 ? '.' : cleanPath(text.slice(0, slash + 1));
  let info: MatchInfo;
  if (parent !== '.') {
    const dirs = parent.split('/');
    for (let i = 0; i < dirs.length; i++) {
      const r = matchesUsingParentResults(m, dirs.slice(0, i + 1).join('/'), info);
      if (r === 'bad-pattern') return r;
      info = r.info;
    }
  }
  const r = matchesUsingParentResults(m, text, info);
  return r === 'bad-pattern' ? r : r.matched;
}

describe('moby/patternmatcher TestMatches', () => {
  it.each(MATCHES)('MatchesOrParentMatches %j on %j is %s', (pattern, text, pass) => {
    expect(matchesOrParentMatches(matcher([pattern]), text)).toBe(pass);
  });
  it.each(MATCHES)('MatchesUsingParentResults %j on %j is %s', (pattern, text, pass) => {
    expect(matchesWalking(matcher([pattern]), text)).toBe(pass);
  });
  it.each(MATCHES)('MatchesUsingParentResults without context %j on %j is %s', (pattern, text, pass) => {
    const r = matchesUsingParentResults(matcher([pattern]), text, undefined);
    expect(r !== 'bad-pattern' && r.matched).toBe(pass);
  });
  it.each(MULTI_PATTERN_MATCHES)('patterns %j on %j is %s', (patterns, text, pass) => {
    const m = matcher(patterns);
    expect(matchesOrParentMatches(m, text)).toBe(pass);
    expect(matchesWalking(m, text)).toBe(pass);
    const r = matchesUsingParentResults(m, text, undefined);
    expect(r !== 'bad-pattern' && r.matched).toBe(pass);
  });
});

describe('moby/patternmatcher single-case tests', () => {
  it.each(SIMPLE_MATCHES)('%s', (_name, file, patterns, result) => {
    expect(matches(file, patterns)).toBe(result);
  });

  it.each(GO_MATCH)('TestMatch: Matches(%j, [%j])', (pattern, name, match, bad) => {
    expect(matches(name, [pattern])).toBe(bad ? 'error' : match);
  });

  it.each(GO_MATCH)('Go filepath.Match(%j, %j)', (pattern, name, match, bad) => {
    // patternmatcher changed this row to true: its Matches also tries the parent "ab". Go's own table says false.
    const want = pattern === 'a*' && name === 'ab/c' ? false : match;
    expect(goMatch(pattern, name)).toBe(bad ? 'bad-pattern' : want);
  });

  it.each(COMPILE)('TestCompile %j is %s %s', (pattern, type, regexp) => {
    const p = compilePattern(cleanPath(pattern), false);
    expect(p.matchType).toBe(type);
    if (type === 'regexp') expect(p.goRegexp).toBe(regexp);
  });

  it('cleans patterns, drops empty ones and notes exceptions (TestCleanPatterns*)', () => {
    expect(matcher(['docs', 'config']).patterns).toHaveLength(2);
    expect(matcher(['docs', 'config', '']).patterns).toHaveLength(2);
    expect(matcher(['docs', '!docs/README.md']).exclusions).toBe(true);
    expect(matcher(['docs', '  !docs/README.md']).exclusions).toBe(true);
    expect(matcher(['docs', '!docs/README.md  ']).exclusions).toBe(true);
    const lone = newPatternMatcher(['!']);
    expect(lone.ok ? '' : lone.error.message).toBe('illegal exclusion pattern: "!"');
  });

  it('a pattern filepath.Match accepts but Go regexp rejects fails when matched, every time', () => {
    // TestMatchesOrParentMatchesMalformedPatternDoesNotPanicOnRepeatedCall
    const m = matcher(['[Local-Only]/']);
    expect(matchesOrParentMatches(m, 'x')).toBe('bad-pattern');
    expect(matchesOrParentMatches(m, 'x')).toBe('bad-pattern');
  });
});

describe('Go regexp features Docker passes through', () => {
  const cases: readonly (readonly [pattern: string, path: string, match: boolean | 'bad-pattern'])[] = [
    ['[[:digit:]]*.log', '2024.log', true],
    ['[[:digit:]]*.log', 'a2024.log', false],
    ['[[:^digit:]]*', 'abc', true],
    ['[[:alpha:]]', '1', false],
    ['file\\d', 'file7', true],
    ['file\\d', 'filed', false],
    ['\\x41*', 'Abc', true],
    ['\\101*', 'Abc', true],
    ['a\\sb*', 'a b', true],
    ['a\\sb*', 'a\u00a0b', false], // Go's \s is ASCII
    ['[\\w]*', 'a_1', true],
    ['[*]', '*', false], // '*' inside a class becomes [^/]* in Docker's regexp
    ['[*]', '[', false],
    ['[*]]', '[]', false],
    ['[*]]', '[]]', true],
    ['x[z-a]', 'xa', 'bad-pattern'],
    ['\\8*', '8', 'bad-pattern'],
    ['\\é*', 'é', 'bad-pattern'],
    ['?', 'é', true],
    ['?', '😀', true],
    ['\\pL*', 'λx', true],
    ['\\pL*', '1x', false],
    ['\\p{Greek}*', 'λx', 'bad-pattern'], // '{' is escaped first, so \p sees a backslash

    ['a^b*', 'a^b', false], // a raw ^ in a regexp pattern is an anchor
    ['a^b', 'a^b', true], // but an exact pattern compares text
    ['[[:nope:]]*', 'x', 'bad-pattern'],
    ['#*', '#x', true],
    ['\\Qa.b\\E*', 'a.bc', false], // the escaped '.' stays escaped inside \Q...\E
    ['\\Qa.b\\E*', 'a\\.bc', true],
  ];
  it.each(cases)('%j on %j', (pattern, path, want) => {
    const made = newPatternMatcher([pattern]);
    expect(made.ok).toBe(true);
    if (made.ok) expect(matchesOrParentMatches(made.matcher, path)).toBe(want);
  });
});

describe('MatchesUsingParentResults differs from MatchesOrParentMatches as in Docker', () => {
  it('a pattern skipped at the parent is not inherited', () => {
    const m = matcher(['a', '!a/b', 'a']);
    expect(matchesOrParentMatches(m, 'a/b')).toBe(true);
    expect(matchesWalking(m, 'a/b')).toBe(false);
  });
});

describe('matching stays linear, as Go’s RE2 does', () => {
  it('a pattern with many stars against a long name returns at once', () => {
    const m = matcher(['*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b']);
    const started = performance.now();
    expect(matchesOrParentMatches(m, 'a'.repeat(20_000))).toBe(false);
    expect(matchesOrParentMatches(m, 'a'.repeat(20_000) + 'c/b')).toBe(false);
    expect(matchesOrParentMatches(m, 'a'.repeat(20_000) + 'cb')).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('many ** segments against a deep path return at once', () => {
    const m = matcher(['**/a/**/a/**/a/**/a/**/a/**/b']);
    const deep = Array.from({ length: 5_000 }, () => 'a').join('/');
    const started = performance.now();
    expect(matchesOrParentMatches(m, deep)).toBe(false);
    expect(matchesOrParentMatches(m, deep + '/b')).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('the NFA and JavaScript’s RegExp agree', () => {
    const patterns = ['**/*.txt', '**/dir2/**', 'a*b?c*x', '[[:digit:]]*.log', 'x\\d*y*', '**/**/*.txt', 'a**/*.txt', '*[!a-c]*'];
    const paths = ['dir/dir/file.txt', 'file.txt', 'dir/dir2/dir3/file', 'abxbbxdbxebxczzx', '2024.log', 'x1yy', 'a/dir/x.txt', 'zz!', 'é/ü.txt', ''];
    for (const p of patterns) {
      const source = compilePattern(p, false).goRegexp as string;
      const nfa = compileGoRegexp(source, 'nfa');
      const js = compileGoRegexp(source, 'js');
      for (const path of paths) expect([p, path, nfa?.test(path)]).toEqual([p, path, js?.test(path)]);
    }
  });
});
