/**
 * `.dockerignore` matching for CopyIgnoredFile, through the build-context folder's Docker-exact matcher
 * (moby/patternmatcher: ignorefile.ReadAll, New, MatchesOrParentMatches).
 */
import { matchesOrParentMatches, newPatternMatcher, parseIgnoreFile } from '../context/index.ts';

export interface IgnoreMatcher {
  /** True when `path` (relative to the context, `/`-separated, cleaned) or a parent directory is excluded. */
  matchesOrParentMatches(path: string): boolean;
  /** Some pattern starts with `!`: BuildKit then does not run CopyIgnoredFile at all. */
  readonly hasExclusions: boolean;
  /** Cleaned patterns, `!` removed, with whether each is an exception. */
  readonly patterns: readonly { readonly pattern: string; readonly exclusion: boolean }[];
}

const matchesNothing: IgnoreMatcher = { matchesOrParentMatches: () => false, hasExclusions: false, patterns: [] };

/**
 * Builds a matcher from the text of a `.dockerignore`. Never throws: a file Docker cannot read (a 64 KiB line,
 * a lone `!`, a bad pattern) matches nothing here — the build itself reports that problem.
 */
export function compileDockerignore(text: string): IgnoreMatcher {
  const parsed = parseIgnoreFile(text);
  if (!parsed.ok) return matchesNothing;
  const created = newPatternMatcher(parsed.patterns);
  if (!created.ok) return matchesNothing;
  const matcher = created.matcher;
  return {
    hasExclusions: matcher.exclusions,
    patterns: matcher.patterns.map((p) => ({ pattern: p.text, exclusion: p.exclusion })),
    matchesOrParentMatches: (path) => matchesOrParentMatches(matcher, path) === true,
  };
}
