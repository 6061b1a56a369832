/**
 * The build context: a file tree (declared by a lesson or read by the CLI), what .dockerignore keeps out of
 * it, what a COPY/ADD takes from it, and the content checksums its cache keys use. Pure; every rule follows
 * Docker (moby/patternmatcher, tonistiigi/fsutil, moby/buildkit), with sources cited in each file.
 */
export type {
  BuildContext,
  ContextEntryInput,
  ContextProblem,
  DirInput,
  EntryKind,
  FileInput,
  FileTreeSource,
  SizeCount,
  SymlinkInput,
  TreeEntry,
} from './types.ts';
export { createContext } from './tree.ts';

export type { IgnoreFileChoice, IgnoreFileLine, ParsedIgnoreFile } from './ignore-file.ts';
export { chooseIgnoreFile, parseIgnoreFile, DEFAULT_DOCKERIGNORE } from './ignore-file.ts';

export type { MatchInfo, MatchType, MatchWithInfo, Pattern, PatternError, PatternMatcher } from './pattern-matcher.ts';
export {
  compilePattern,
  matchesOrParentMatches,
  matchesUsingParentResults,
  newPatternMatcher,
  patternMatches,
} from './pattern-matcher.ts';

export type { Approximation, ContextLoadError, LoadContextOptions, LoadedContext } from './load-context.ts';
export { loadBuildContext } from './load-context.ts';
export type { ContextReport, TopLevelUsage } from './context-report.ts';
export { largestTopLevel, summariseContext } from './context-report.ts';

export type { CopiedItem, CopyError, CopyRequest, CopyResolution, SourceResolution, TopMatch } from './copy-sources.ts';
export { resolveCopySources, resolvePath } from './copy-sources.ts';
export type { ChecksumItem } from './checksum.ts';
export { checksumItems, contentDigest } from './checksum.ts';
export { checksumNotFoundMessage, missingSourceMessage, refIdFor } from './errors.ts';

export { goMatch, containsWildcards } from './go-match.ts';
export { cleanPath, joinPath, compareNames } from './go-path.ts';
