import { describe, expect, it } from 'vitest';
import { formatG, humanDuration, humanizeBytes, humanSize, humanSizeWithPrecision } from './human-size.ts';

const KB = 1000;
const MB = 1000 * KB;
const GB = 1000 * MB;
const TB = 1000 * GB;
const PB = 1000 * TB;

describe('go-units HumanSizeWithPrecision', () => {
  // docker/go-units size_test.go TestHumanSize / ExampleHumanSize (precision 4), reused as data (Apache-2.0).
  const goUnits: readonly (readonly [number, string])[] = [
    [1000, '1kB'],
    [1024, '1.024kB'],
    [1000000, '1MB'],
    [1048576, '1.049MB'],
    [2 * MB, '2MB'],
    [3.42 * GB, '3.42GB'],
    [5.372 * TB, '5.372TB'],
    [2.22 * PB, '2.22PB'],
    [10000000000000 * PB, '1e+04YB'],
  ];
  it.each(goUnits)('HumanSize(%d) = %s', (size, want) => {
    expect(humanSizeWithPrecision(size, 4)).toBe(want);
  });

  // What `docker history` prints (precision 3).
  const docker: readonly (readonly [number, string])[] = [
    [0, '0B'],
    [1, '1B'],
    [999, '999B'],
    [1000, '1kB'],
    [4096, '4.1kB'],
    [4_100, '4.1kB'],
    [77_900_000, '77.9MB'],
    [77_949_999, '77.9MB'],
    [77_950_001, '78MB'],
    [116_570_000, '117MB'],
    [1_020_000_000, '1.02GB'],
    [1_125, '1.12kB'], // 1.125 is exact in binary: ties go to even, as Go rounds
    [1_135, '1.14kB'],
    [999_499, '999kB'],
    [999_500, '1e+03kB'], // Go's %g switches to an exponent when rounding reaches 1000
    [999_999, '1e+03kB'],
    [1_000_000, '1MB'],
    [100_000, '100kB'],
    [123_456, '123kB'],
    [12_345, '12.3kB'],
  ];
  it.each(docker)('humanSize(%d) = %s', (size, want) => {
    expect(humanSize(size)).toBe(want);
  });
});

describe('Go %g', () => {
  const cases: readonly (readonly [number, number, string])[] = [
    [0.5, 3, '0.5'],
    [0.0001234, 3, '0.000123'],
    [0.00001234, 3, '1.23e-05'],
    [123456789, 3, '1.23e+08'],
    [100, 3, '100'],
    [1e21, 3, '1e+21'],
    [2.5, 1, '2'],
    [3.5, 1, '4'],
    [-1.5, 2, '-1.5'],
  ];
  it.each(cases)('formatG(%d, %d) = %s', (x, p, want) => {
    expect(formatG(x, p)).toBe(want);
  });
});

describe('go-humanize Bytes (dive)', () => {
  // dustin/go-humanize bytes_test.go TestBytes, SI cases, reused as data (MIT).
  const cases: readonly (readonly [number, string])[] = [
    [0, '0 B'],
    [1, '1 B'],
    [803, '803 B'],
    [999, '999 B'],
    [1024, '1.0 kB'],
    [9999, '10 kB'],
    [MB - 1, '1000 kB'],
    [1024 * 1024, '1.0 MB'],
    [GB - KB, '1000 MB'],
    [GB, '1.0 GB'],
    [TB - MB, '1000 GB'],
    [9999 * 1000, '10 MB'],
    [TB, '1.0 TB'],
    [PB - TB, '999 TB'],
    [PB, '1.0 PB'],
    [5.5 * GB, '5.5 GB'],
    [7000, '7.0 kB'],
  ];
  it.each(cases)('Bytes(%d) = %s', (size, want) => {
    expect(humanizeBytes(size)).toBe(want);
  });
});

describe('go-units HumanDuration', () => {
  const second = 1000;
  const minute = 60 * second;
  const hour = 60 * minute;
  const day = 24 * hour;
  const week = 7 * day;
  const month = 30 * day;
  const year = 365 * day;
  // docker/go-units duration_test.go ExampleHumanDuration, reused as data (Apache-2.0).
  const cases: readonly (readonly [number, string])[] = [
    [450, 'Less than a second'],
    [47 * second, '47 seconds'],
    [1 * minute, 'About a minute'],
    [3 * minute, '3 minutes'],
    [35 * minute, '35 minutes'],
    [35 * minute + 40 * second, '35 minutes'],
    [1 * hour, 'About an hour'],
    [1 * hour + 45 * minute, '2 hours'],
    [3 * hour, '3 hours'],
    [3 * hour + 59 * minute, '4 hours'],
    [3 * hour + 60 * minute, '4 hours'],
    [24 * hour, '24 hours'],
    [24 * hour + 12 * hour, '36 hours'],
    [2 * day, '2 days'],
    [7 * day, '7 days'],
    [13 * day + 5 * hour, '13 days'],
    [2 * week, '2 weeks'],
    [2 * week + 4 * day, '2 weeks'],
    [3 * week, '3 weeks'],
    [4 * week, '4 weeks'],
    [4 * week + 3 * day, '4 weeks'],
    [1 * month, '4 weeks'],
    [1 * month + 2 * week, '6 weeks'],
    [2 * month, '2 months'],
    [3 * month + 1 * week, '3 months'],
    [5 * month + 2 * week, '5 months'],
    [13 * month, '13 months'],
    [23 * month, '23 months'],
    [24 * month, '24 months'],
    [24 * month + 2 * week, '2 years'],
    [3 * year + 2 * month, '3 years'],
  ];
  it.each(cases)('HumanDuration(%d ms) = %s', (ms, want) => {
    expect(humanDuration(ms)).toBe(want);
  });
});
