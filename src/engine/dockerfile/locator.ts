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
  /** Positions already made for source offsets of the same text (shared by the locators of one parse). */
  readonly positions?: PositionCache;
}

/**
 * A position is a function of its source offset alone, so the many ranges that start or end at the same
 * offset (a word, its command, its pipeline, its list, the script) can share one immutable Position: a
 * small direct-mapped cache, keyed by the offset, keeps a long Dockerfile's syntax tree a third smaller.
 */
export interface PositionCache {
  /** Slots - 1 (the slots are a power of two). */
  readonly mask: number;
  readonly offsets: Int32Array;
  readonly values: (Position | undefined)[];
  /** Ranges likewise, by their start offset (a hit needs the same start and end). */
  readonly ranges: (Range | undefined)[];
}

/** A cache for a text of `length` characters: 256 slots for a long file, fewer for a short one (made per parse). */
export function newPositionCache(length: number): PositionCache {
  const slots = length >= 4096 ? 256 : 32;
  return {
    mask: slots - 1,
    offsets: new Int32Array(slots).fill(-1),
    values: new Array<Position | undefined>(slots).fill(undefined),
    ranges: new Array<Range | undefined>(slots).fill(undefined),
  };
}

export function newSegments(): Segments {
  return { textStart: [], length: [], source: [], line: [], lineStart: [] };
}

/** Segments holding one piece: arrays made at their size (most instructions are one line). */
export function oneSegment(textStart: number, length: number, source: number, line: number, lineStart: number): Segments {
  return { textStart: [textStart], length: [length], source: [source], line: [line], lineStart: [lineStart] };
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
  const cache = locator.positions;
  if (cache === undefined) return { line: s.line[i]!, column: source - s.lineStart[i]! + 1, offset: source };
  const slot = source & cache.mask;
  if (cache.offsets[slot] === source) return cache.values[slot]!;
  const position = { line: s.line[i]!, column: source - s.lineStart[i]! + 1, offset: source };
  cache.offsets[slot] = source;
  cache.values[slot] = position;
  return position;
}

export function locateRange(locator: Locator, start: number, end: number): Range {
  const startPos = locate(locator, start, false);
  const endPos = end <= start ? startPos : locate(locator, end, true);
  const cache = locator.positions;
  if (cache === undefined) return { start: startPos, end: endPos };
  // Positions from the cache are shared, so equal ranges have identical ends.
  const slot = startPos.offset & cache.mask;
  const known = cache.ranges[slot];
  if (known !== undefined && known.start === startPos && known.end === endPos) return known;
  const range = { start: startPos, end: endPos };
  cache.ranges[slot] = range;
  return range;
}

/** A locator for `text.slice(base)` of another locator's text. */
export function shiftLocator(locator: Locator, base: number): Locator {
  const shifted = { segments: locator.segments, shift: locator.shift + base, fallback: locate(locator, base) };
  return locator.positions === undefined ? shifted : { ...shifted, positions: locator.positions };
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

/** `positionAt`, shared through `cache` with the positions `locate` makes for the same offset. */
export function cachedPositionAt(cache: PositionCache, line: number, lineStart: number, offset: number): Position {
  const slot = offset & cache.mask;
  if (cache.offsets[slot] === offset) return cache.values[slot]!;
  const position = { line, column: offset - lineStart + 1, offset };
  cache.offsets[slot] = offset;
  cache.values[slot] = position;
  return position;
}
