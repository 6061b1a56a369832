import { describe, expect, it } from 'vitest';
import { formatBytes, formatPercent, formatSeconds, utf8Bytes } from './format.ts';

describe('formatBytes (decimal units, as docker images prints them)', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1.00 kB'],
    [45_600_000, '45.6 MB'],
    [130_000_000, '130 MB'],
    [1_020_000_000, '1.02 GB'],
    [-2_000_000, '-2.00 MB'],
    [Number.NaN, '—'],
  ])('%d bytes -> %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

describe('formatSeconds and formatPercent', () => {
  it.each([
    [0, '0.0s'],
    [0.05, '0.1s'],
    [10.2, '10.2s'],
    [125, '2 min 5 s'],
  ])('%d s -> %s', (seconds, text) => expect(formatSeconds(seconds)).toBe(text));
  // dive truncates its efficiency score to a whole percent.
  it.each([
    [0.987, '98 %'],
    [1, '100 %'],
    [0, '0 %'],
  ])('%d -> %s', (ratio, text) => expect(formatPercent(ratio)).toBe(text));
});

describe('utf8Bytes', () => {
  it.each([
    ['', 0],
    ['FROM a', 6],
    ['é', 2],
    ['🐳', 4],
  ])('%j is %d bytes', (text, bytes) => expect(utf8Bytes(text)).toBe(bytes));
});
