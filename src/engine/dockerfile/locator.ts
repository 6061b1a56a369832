/**
 * Maps offsets in a derived text (an instruction's joined continuation lines, a RUN script with its
 * heredoc bodies) back to source positions. The derived text is a concatenation of pieces of
 * physical lines; each piece is a segment.
 */
import type { Position, Range } from './source-range.ts';

export interface Segment {
  /** Offset of the piece in the derived text. */
  readonly textStart: number;
  readonly length: number;
  /** Offset of the piece in the source. */
  readonly sourceOffset: number;
  /** 1-based line and the source offset where that line's column 1 is. */
  readonly line: number;
  readonly lineStart: number;
}

export interface Locator {
  readonly segments: readonly Segment[];
  /** Used when the derived text is empty. */
  readonly fallback: Position;
}

function findSegment(segments: readonly Segment[], offset: number, isEnd: boolean): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = segments[mid]!;
    // For an end position, an offset on a boundary belongs to the earlier segment.
    if (isEnd ? s.textStart < offset : s.textStart <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function locate(locator: Locator, offset: number, isEnd = false): Position {
  const segments = locator.segments;
  if (segments.length === 0) return locator.fallback;
  const s = segments[findSegment(segments, offset, isEnd)]!;
  let delta = offset - s.textStart;
  if (delta < 0) delta = 0;
  else if (delta > s.length) delta = s.length;
  const sourceOffset = s.sourceOffset + delta;
  return { line: s.line, column: sourceOffset - s.lineStart + 1, offset: sourceOffset };
}

export function locateRange(locator: Locator, start: number, end: number): Range {
  const startPos = locate(locator, start, false);
  return { start: startPos, end: end <= start ? startPos : locate(locator, end, true) };
}

/** A locator for a sub-range of another locator's text (`text.slice(base)`). */
export function shiftLocator(locator: Locator, base: number, length: number): Locator {
  const out: Segment[] = [];
  const end = base + length;
  const segs = locator.segments;
  if (segs.length === 0) return locator;
  for (let i = findSegment(segs, base, false); i < segs.length; i++) {
    const s = segs[i]!;
    if (s.textStart >= end && out.length > 0) break;
    const from = Math.max(s.textStart, base);
    const to = Math.min(s.textStart + s.length, end);
    if (to < from) continue;
    out.push({
      textStart: from - base,
      length: to - from,
      sourceOffset: s.sourceOffset + (from - s.textStart),
      line: s.line,
      lineStart: s.lineStart,
    });
  }
  return { segments: out, fallback: locate(locator, base) };
}

/** Position of a source offset on a known line. */
export function positionAt(line: number, lineStart: number, offset: number): Position {
  return { line, column: offset - lineStart + 1, offset };
}
