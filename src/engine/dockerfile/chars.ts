/**
 * Character classes as BuildKit's Go code sees them.
 */

/** Go's unicode.IsSpace (Latin-1 space characters plus the Unicode White_Space property). */
export function isGoSpace(c: number): boolean {
  if (c <= 0xff) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0xa0;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** BuildKit parser's `reWhitespace` class: `[\t\v\f\r ]`. */
export function isSplitSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0x0d;
}

/** strings.TrimSpace bounds: [start, end) of `s` without leading/trailing Go spaces. */
export function trimSpaceBounds(s: string, start = 0, end = s.length): [number, number] {
  while (start < end && isGoSpace(s.charCodeAt(start))) start++;
  while (end > start && isGoSpace(s.charCodeAt(end - 1))) end--;
  return [start, end];
}

/** Splits s[start, end) on runs of `[\t\v\f\r ]` (Go regexp.Split(-1)); returns [start, end) pairs. */
export function splitWhitespace(s: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let wordStart = start;
  let i = start;
  while (i < end) {
    if (isSplitSpace(s.charCodeAt(i))) {
      out.push([wordStart, i]);
      while (i < end && isSplitSpace(s.charCodeAt(i))) i++;
      wordStart = i;
    } else {
      i++;
    }
  }
  out.push([wordStart, end]);
  return out;
}

/** Index of the first `[\t\v\f\r ]` run in s[start, end), or -1. */
export function indexOfSplitSpace(s: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (isSplitSpace(s.charCodeAt(i))) return i;
  return -1;
}

/** Length in UTF-8 bytes, stopping early once `limit` is exceeded. */
export function utf8Length(s: string, limit = Infinity): number {
  let n = 0;
  for (let i = 0; i < s.length && n <= limit; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
