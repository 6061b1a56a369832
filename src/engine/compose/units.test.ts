import { describe, expect, test } from 'vitest';
import { formatBytes, formatDuration, parseDurationMs, parseRamBytes } from './units.ts';

describe('sizes and durations as Compose reads them', () => {
  test.each([
    ['250M', 250 * 1024 ** 2],
    ['250m', 250 * 1024 ** 2],
    ['1g', 1024 ** 3],
    ['1GiB', 1024 ** 3],
    ['1.5G', 1.5 * 1024 ** 3],
    ['512k', 512 * 1024],
    ['6291456', 6291456],
    [1048576, 1048576],
    ['1 GB', 1024 ** 3],
    ['lots', undefined],
    ['-1g', undefined],
  ])('memory %j = %j bytes', (text, bytes) => {
    expect(parseRamBytes(text)).toBe(bytes);
  });

  test.each([
    ['30s', 30_000],
    ['1m30s', 90_000],
    ['500ms', 500],
    ['1.5h', 5_400_000],
    ['0', 0],
    ['10', undefined],
    ['soon', undefined],
  ])('duration %j = %j ms', (text, ms) => {
    expect(parseDurationMs(text)).toBe(ms);
  });

  test.each([
    [262144000, '250 MiB'],
    [1024 ** 3, '1 GiB'],
    [1536, '1.5 KiB'],
    [100, '100 B'],
  ])('%d bytes shows as %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));

  test.each([
    [90_000, '1m30s'],
    [100, '100ms'],
    [1_600, '1.6s'],
    [0, '0s'],
  ])('%d ms shows as %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});
