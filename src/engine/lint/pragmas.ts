/**
 * Comments that switch checks off: hadolint's `# hadolint ignore=…` pragmas and Docker's `# check=…`
 * options (as the file's parser directive, or as a comment right above an instruction, which BuildKit
 * applies to that instruction only).
 */

export interface HadolintPragma {
  readonly scope: 'next-line' | 'stage' | 'global';
  readonly codes: readonly string[];
}

// hadolint 2.15 (src/Hadolint/Pragma.hs): `hadolint`, blanks, optional `global`/`stage`, `ignore = A, B`, where a
// code is made of the characters D L S C 0-9 only, and a trailing `# comment` is allowed. Anything else —
// `ignore=crazy,DL3002` included — is not a pragma at all.
const ignorePragma =
  /^[ \t]*hadolint[ \t]+(?:(global|stage)[ \t]+)?ignore[ \t]*=[ \t]*([DLSC0-9]+(?:[ \t]*,[ \t]*[DLSC0-9]+)*)[ \t]*(?:#.*)?$/;

/** Reads the text after `#`; `undefined` when the comment is not an ignore pragma. */
export function parseHadolintPragma(commentText: string): HadolintPragma | undefined {
  if (!commentText.includes('hadolint')) return undefined;
  const match = ignorePragma.exec(commentText);
  if (!match) return undefined;
  const scope = match[1] === 'global' ? 'global' : match[1] === 'stage' ? 'stage' : 'next-line';
  return { scope, codes: match[2]!.split(',').map((code) => code.trim()) };
}

/** `# check=skip=A,B;error=true;experimental=C` as BuildKit reads it (linter.ParseLintOptions). */
export interface CheckOptions {
  readonly skipAll: boolean;
  readonly skip: readonly string[];
  readonly error: boolean;
  readonly experimentalAll: boolean;
  readonly experimental: readonly string[];
}

export const noCheckOptions: CheckOptions = { skipAll: false, skip: [], error: false, experimentalAll: false, experimental: [] };

function parseBool(text: string): boolean | undefined {
  // Go's strconv.ParseBool
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  return undefined;
}

/** Parses the value of a `check` option; `undefined` when BuildKit would reject it. */
export function parseCheckOptions(value: string): CheckOptions | undefined {
  const text = value.trim();
  if (text === '') return noCheckOptions;
  let options = { ...noCheckOptions };
  // strings.SplitN(checkStr, ";", 3)
  const parts = text.split(';');
  const limited = parts.length > 3 ? [...parts.slice(0, 2), parts.slice(2).join(';')] : parts;
  for (const part of limited) {
    const eq = part.indexOf('=');
    if (eq < 0) return undefined;
    const key = part.slice(0, eq).trim();
    const v = part.slice(eq + 1).trim();
    const list = v.split(',').map((s) => s.trim());
    if (key === 'skip') {
      options = v === 'all' ? { ...options, skipAll: true } : { ...options, skip: list };
    } else if (key === 'experimental') {
      options = v === 'all' ? { ...options, experimentalAll: true } : { ...options, experimental: list };
    } else if (key === 'error') {
      const b = parseBool(v);
      if (b === undefined) return undefined;
      options = { ...options, error: b };
    } else return undefined;
  }
  return options;
}

/** Linter.WithMergedConfig: skips and experimental rules add up, `error` is not changed by a comment. */
export function mergeCheckOptions(base: CheckOptions, other: CheckOptions): CheckOptions {
  return {
    skipAll: base.skipAll || other.skipAll,
    skip: other.skip.length > 0 ? [...base.skip, ...other.skip] : base.skip,
    error: base.error,
    experimentalAll: base.experimentalAll || other.experimentalAll,
    experimental: other.experimental.length > 0 ? [...base.experimental, ...other.experimental] : base.experimental,
  };
}

// parser.DirectiveParser with an empty comment prefix: `name = value`, name starting with a letter.
const directiveLine = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

/**
 * Linter.WithMergedConfigFromComments: the first comment above an instruction that reads `check=…` adds its
 * options (the value ends at the first space, so `check=skip=all // why` works); a value BuildKit cannot
 * parse leaves the options as they were.
 */
export function checkOptionsFromComments(base: CheckOptions, comments: readonly string[]): CheckOptions {
  for (const comment of comments) {
    const match = directiveLine.exec(comment.trimStart());
    if (!match || match[1]!.toLowerCase() !== 'check') continue;
    const value = match[2]!.split(' ')[0]!;
    const parsed = parseCheckOptions(value);
    return parsed ? mergeCheckOptions(base, parsed) : base;
  }
  return base;
}
