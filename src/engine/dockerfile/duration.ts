/**
 * Go's time.ParseDuration, used by BuildKit for HEALTHCHECK --interval/--timeout/--start-period/
 * --start-interval (instructions/parse.go parseOptInterval). Returns milliseconds or Go's error text.
 */
import { goQuote } from './go-quote.ts';

const UNIT_MS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  'µs': 1e-3, // U+00B5
  'μs': 1e-3, // U+03BC
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

export function parseGoDuration(s: string): number | string {
  const invalid = `time: invalid duration ${goQuote(s)}`;
  let i = 0;
  let neg = false;
  if (s[0] === '-' || s[0] === '+') {
    neg = s[0] === '-';
    i = 1;
  }
  if (s.slice(i) === '0') return 0;
  if (i === s.length) return invalid;
  let total = 0;
  while (i < s.length) {
    const numStart = i;
    while (i < s.length && s[i]! >= '0' && s[i]! <= '9') i++;
    const intPart = s.slice(numStart, i);
    let fracPart = '';
    if (s[i] === '.') {
      i++;
      const f = i;
      while (i < s.length && s[i]! >= '0' && s[i]! <= '9') i++;
      fracPart = s.slice(f, i);
    }
    if (intPart === '' && fracPart === '') return invalid;
    const unitStart = i;
    while (i < s.length && s[i] !== '.' && !(s[i]! >= '0' && s[i]! <= '9')) i++;
    const unit = s.slice(unitStart, i);
    if (unit === '') return `time: missing unit in duration ${goQuote(s)}`;
    const ms = UNIT_MS[unit];
    if (ms === undefined) return `time: unknown unit ${goQuote(unit)} in duration ${goQuote(s)}`;
    total += Number(`${intPart || '0'}.${fracPart || '0'}`) * ms;
  }
  return neg ? -total : total;
}
