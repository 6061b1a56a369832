/**
 * Terminal column widths as the Docker CLI counts them, for aligning tables and truncating CREATED BY.
 * - `displayWidth`: mattn/go-runewidth `StringWidth` (used by docker/cli's tabwriter): East Asian wide and
 *   fullwidth characters take 2 columns, combining marks and zero-width characters 0, others 1.
 * - `ellipsis`: docker/cli formatter.Ellipsis, which uses golang.org/x/text/width (wide/fullwidth = 2,
 *   everything else 1, combining marks included).
 * The wide ranges are the main blocks of Unicode's EastAsianWidth W/F (CJK, Hangul, kana, fullwidth forms,
 * emoji); rarer wide code points count as 1 here.
 */

const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0], [0x23f3, 0x23f3],
  [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f], [0x2693, 0x2693], [0x26a1, 0x26a1],
  [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5], [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea],
  [0x26f2, 0x26f3], [0x26f5, 0x26f5], [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b],
  [0x2728, 0x2728], [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
  [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55], [0x2e80, 0x303e],
  [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x16fe4],
  [0x17000, 0x18cff], [0x1b000, 0x1b2ff], [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a], [0x1f200, 0x1f251], [0x1f300, 0x1f64f], [0x1f680, 0x1f6ff], [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f9ff], [0x1fa70, 0x1faff], [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

function isWide(cp: number): boolean {
  if (cp < 0x1100) return false;
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = WIDE[mid] as readonly [number, number];
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\u200b\ufe00-\ufe0f]$/u;

/** Columns a string takes in a terminal (go-runewidth StringWidth). */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      w++;
      continue;
    }
    const cp = s.codePointAt(i) ?? c;
    if (cp > 0xffff) i++;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue; // control characters
    const ch = String.fromCodePoint(cp);
    if (ZERO_WIDTH.test(ch)) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

/**
 * formatter.Ellipsis: cut `s` to `max` display columns, the last one being `…`. Pure ASCII is cut by
 * characters; otherwise wide characters count 2.
 */
export function ellipsis(s: string, max: number): string {
  if (max <= 0) return '';
  const chars = Array.from(s);
  if (max === 1) return chars[0] ?? '';
  // Go compares the byte length with the rune count: pure ASCII takes the fast path.
  if (/^[\x00-\x7f]*$/.test(s)) return s.length <= max ? s : s.slice(0, max - 1) + '…';
  const ends: number[] = [];
  let width = 0;
  for (const ch of chars) {
    width += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
    ends.push(width);
  }
  if (width <= max) return s;
  for (let i = 0; i + 1 < ends.length; i++) {
    if ((ends[i] as number) <= max - 1 && (ends[i + 1] as number) > max - 1) return chars.slice(0, i + 1).join('') + '…';
  }
  return s;
}
