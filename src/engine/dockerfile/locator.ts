/**
 * Maps offsets in a derived text (an instruction's joined continuation lines, a RUN script with its
 * heredoc bodies) back to source positions. The derived text is a concatenation of pieces of
 * physical lines (segments). Segments are stored column-wise in number arrays rather than as one
 * object each: an instruction continued over 100,000 lines then costs five arrays, not 100,000
 * objects for the garbage collector.
 */
import type { Position, Range } from './source-range.ts';

export interface Segments {
  /** Offset of each piece in the derived text. */
  readonly textStart: number[];
  readonly length: number[];
  /** Offset of each piece in the source. */
  readonly source: number[];
  /** 1-based line of each piece and the source offset where that line's column 1 is. */
  readonly line: number[];
  readonly lineStart: number[];
}

export interface Locator {
  readonly segments: Segments;
  /** Added to an offset before lookup: a locator for `text.slice(shift)` shares its parent's segments. */
  readonly shift: number;
  /** Used when there are no segments. */
  readonly fallback: Position;
}

export function newSegments(): Segments {
  return { textStart: [], length: [], source: [], line: [], lineStart: [] };
}

export function addSegment(s: Segments, textStart: number, length: number, source: number, line: number, lineStart: number): void {
  s.textStart.push(textStart);
  s.length.push(length);
  s.source.push(source);
  s.line.push(line);
  s.lineStart.push(lineStart);
}

function findSegment(s: Segments, offset: number, isEnd: boolean): number {
  const starts = s.textStart;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const t = starts[mid]!;
    // For an end position, an offset on a boundary belongs to the earlier segment.
    if (isEnd ? t < offset : t <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function locate(locator: Locator, offset: number, isEnd = false): Position {
  const s = locator.segments;
  if (s.textStart.length === 0) return locator.fallback;
  const at = offset + locator.shift;
  const i = findSegment(s, at, isEnd);
  let delta = at - s.textStart[i]!;
  if (delta < 0) delta = 0;
  else if (delta > s.length[i]!) delta = s.length[i]!;
  const source = s.source[i]! + delta;
  return { line: s.line[i]!, column: source - s.lineStart[i]! + 1, offset: source };
}

export function locateRange(locator: Locator, start: number, end: number): Range {
  const startPos = locate(locator, start, false);
  return { start: startPos, end: end <= start ? startPos : locate(locator, end, true) };
}

/** A locator for `text.slice(base)` of another locator's text. */
export function shiftLocator(locator: Locator, base: number): Locator {
  return { segments: locator.segments, shift: locator.shift + base, fallback: locate(locator, base) };
}

/** Appends the pieces of `locator`'s text [start, end) to `into`, placed at `textOffset` onwards. */
export function appendRange(into: Segments, locator: Locator, start: number, end: number, textOffset: number): void {
  const s = locator.segments;
  if (s.textStart.length === 0) return;
  const from = start + locator.shift;
  const to = end + locator.shift;
  for (let i = findSegment(s, from, false); i < s.textStart.length; i++) {
    if (s.textStart[i]! > to) break;
    const a = Math.max(s.textStart[i]!, from);
    const b = Math.min(s.textStart[i]! + s.length[i]!, to);
    if (b < a) continue;
    addSegment(into, textOffset + (a - from), b - a, s.source[i]! + (a - s.textStart[i]!), s.line[i]!, s.lineStart[i]!);
  }
}

/** Position of a source offset on a known line. */
export function positionAt(line: number, lineStart: number, offset: number): Position {
  return { line, column: offset - lineStart + 1, offset };
}
