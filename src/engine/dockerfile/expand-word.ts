/**
 * Expanding one Dockerfile word with BuildKit's lexer and placing its variable references in the
 * source. Offsets inside the word are mapped by column, which is exact for words on one line.
 */
import type { ExpandedWord, ScopeVariable, VariableReference } from './expansion-types.ts';
import type { Position, Range } from './source-range.ts';
import type { LexOptions, LexResult } from './word-lexer.ts';
import { lexWord } from './word-lexer.ts';

export type Scope = ReadonlyMap<string, ScopeVariable>;

/** Decides whether an unmatched reference is reported (see VariableReference.undefined). */
export type IsReported = (name: string) => boolean;

function shift(p: Position, by: number): Position {
  return { line: p.line, column: p.column + by, offset: p.offset + by };
}

function subRange(range: Range, lead: number, start: number, end: number): Range {
  const single = range.start.line === range.end.line;
  const max = single ? range.end.offset - range.start.offset : Infinity;
  const s = Math.min(lead + start, max);
  const e = Math.min(lead + end, max);
  return { start: shift(range.start, s), end: shift(range.start, e) };
}

export interface WordInput {
  readonly field: string;
  readonly index: number;
  readonly role: ExpandedWord['role'];
  readonly text: string;
  readonly range: Range;
  /** Characters in the source before `text` starts within `range` (1 for a JSON string's quote). */
  readonly lead?: number;
}

/** No `$`, `<`, quote or escape token: what BuildKit's lexer returns unchanged (ProcessWord; spaces stay). */
function isPlain(text: string, escapeToken: number): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x24 || c === 0x3c || c === 0x27 || c === 0x22 || c === escapeToken) return false;
  }
  return true;
}

export function lookupIn(scope: Scope): (name: string) => string | undefined {
  return (name) => scope.get(name)?.value;
}

/** Shared by the words without variables (readonly; not frozen, see expand.ts NONE). */
const NO_REFERENCES: readonly VariableReference[] = [];

export function expandWordIn(
  input: WordInput,
  scope: Scope,
  options: LexOptions,
  reported: IsReported,
  processWords = false,
): { word: ExpandedWord; error: string | undefined } {
  if (!processWords && isPlain(input.text, options.escapeToken)) {
    // Nothing for the lexer to do: the word is its own value (most keys, values and paths).
    const word = { field: input.field, index: input.index, role: input.role, source: input.text, value: input.text, range: input.range, references: NO_REFERENCES };
    return { word, error: undefined };
  }
  const result: LexResult = lexWord(input.text, lookupIn(scope), options);
  const references: VariableReference[] = result.references.map((r) => ({
    name: r.name,
    raw: input.text.slice(r.start, r.end),
    range: subRange(input.range, input.lead ?? 0, r.start, r.end),
    found: r.found,
    undefined: !r.found && reported(r.name),
    hasDefault: r.hasDefault,
  }));
  return {
    word: {
      field: input.field,
      index: input.index,
      role: input.role,
      source: input.text,
      value: processWords ? result.words.join(' ') : result.value,
      range: input.range,
      references,
    },
    error: result.error,
  };
}
