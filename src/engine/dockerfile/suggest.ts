/**
 * "did you mean X?" as BuildKit computes it (moby/buildkit util/suggest/error.go): the option with
 * the smallest Levenshtein distance below 3; an exact match means there is nothing to suggest.
 * Go iterates a map there (random order among ties); we keep the first of the given order.
 */

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const al = Array.from(a);
  const bl = Array.from(b);
  let prev = Array.from({ length: bl.length + 1 }, (_, i) => i);
  for (let i = 1; i <= al.length; i++) {
    const row = [i];
    for (let j = 1; j <= bl.length; j++) {
      const cost = al[i - 1] === bl[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = row;
  }
  return prev[bl.length]!;
}

function matchCase(value: string, original: string): string {
  if (original === original.toLowerCase()) return value.toLowerCase();
  if (original === original.toUpperCase()) return value.toUpperCase();
  return value;
}

/** suggest.Search */
export function suggest(value: string, options: readonly string[], caseSensitive: boolean): string | undefined {
  const v = caseSensitive ? value : value.toLowerCase();
  let match: string | undefined;
  let min = 3;
  for (const option of options) {
    const o = caseSensitive ? option : option.toLowerCase();
    if (o === v) return undefined;
    // Distance is at least the length difference; skip hopeless options cheaply.
    if (Math.abs(o.length - v.length) > min) continue;
    const d = levenshtein(v, o);
    // Go ranges over a map here, so among equal distances its pick is random; we prefer an option
    // that starts with what was typed (`FR` -> FROM rather than ARG), then the first one.
    const better = d < min || (d === min && match !== undefined && o.startsWith(v) && !match.toLowerCase().startsWith(v));
    if (better) {
      match = caseSensitive ? o : matchCase(o, value);
      min = d;
    }
  }
  return match;
}

/** suggest.WrapError: appends ` (did you mean X?)` when there is a suggestion. */
export function withSuggestion(message: string, value: string, options: readonly string[], caseSensitive: boolean): string {
  const s = suggest(value, options, caseSensitive);
  return s === undefined ? message : `${message} (did you mean ${s}?)`;
}
