/**
 * Offsets -> 1-based line and column (UTF-16 code units, as Monaco counts), the same positions as the
 * Dockerfile tree (`dockerfile/source-range.ts`). Built once per file; each lookup is a binary search.
 */
import type { Position, Range } from '../dockerfile/source-range.ts';

export interface LineIndex {
  readonly position: (offset: number) => Position;
  readonly range: (start: number, end: number) => Range;
}

export function lineIndex(text: string): LineIndex {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // \n, and a \r not followed by \n: YAML's line breaks.
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  const position = (raw: number): Position => {
    const offset = Math.max(0, Math.min(raw, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
  };
  return {
    position,
    range: (start, end) => {
      const s = position(start);
      return { start: s, end: end <= start ? s : position(end) };
    },
  };
}
