/**
 * The .dockerignore of a build context, as BuildKit finds it (frontend/dockerui): `<Dockerfile>.dockerignore`
 * beside the Dockerfile wins over `.dockerignore` at the context root. One reader for every verb: `build` and
 * `run` turn it into a matcher that decides what is walked; `lint` hands its text to the linter's checks.
 * File system access stays here; the engine parses and matches.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { newPatternMatcher, parseIgnoreFile } from '../../engine/context/index.ts';
import type { PatternMatcher } from '../../engine/context/index.ts';

/** Bigger than any real .dockerignore; a file this size is not one. */
const MAX_IGNORE_BYTES = 4 * 1024 * 1024;

export interface IgnoreFile {
  /** The file's name relative to the context root. */
  readonly name: string;
  readonly text: string;
}

/** The ignore file that applies to `dockerfileName` (a `/`-separated path inside `dir`), or `undefined`. */
export function findIgnoreFile(dir: string, dockerfileName = 'Dockerfile'): IgnoreFile | undefined {
  for (const name of [`${dockerfileName}.dockerignore`, '.dockerignore']) {
    const path = join(dir, name);
    try {
      const stat = statSync(path);
      if (!stat.isFile() || stat.size > MAX_IGNORE_BYTES) continue;
      return { name, text: readFileSync(path, 'utf8') };
    } catch {
      // not there (or unreadable): try the next one
    }
  }
  return undefined;
}

export type IgnoreMatcherResult =
  | { readonly ok: true; readonly matcher: PatternMatcher | undefined }
  | { readonly ok: false; readonly message: string };

/**
 * The matcher of the context's ignore file; `undefined` when there is none or it has no patterns. A file BuildKit
 * would refuse (a line too long for its reader, a lone `!`, a malformed pattern) is an error, as it is for
 * `docker build`, not silently dropped.
 */
export function contextIgnoreMatcher(dir: string, dockerfileName = 'Dockerfile'): IgnoreMatcherResult {
  const file = findIgnoreFile(dir, dockerfileName);
  if (file === undefined) return { ok: true, matcher: undefined };
  const parsed = parseIgnoreFile(file.text);
  if (!parsed.ok) return { ok: false, message: `${file.name} line ${parsed.line}: ${parsed.message}` };
  const made = newPatternMatcher(parsed.patterns);
  if (!made.ok) return { ok: false, message: `${file.name}: ${made.error.message}` };
  return { ok: true, matcher: made.matcher.patterns.length > 0 ? made.matcher : undefined };
}
