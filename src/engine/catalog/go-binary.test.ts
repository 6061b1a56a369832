import { describe, expect, test } from 'vitest';
import { goBinaryBytes, goReleaseGrowth } from './index.ts';
import type { GoBinaryQuery } from './index.ts';

const MB = 1e6;
const q = (over: Partial<GoBinaryQuery>): GoBinaryQuery => ({ program: 'http', strip: 'none', cgo: false, modules: 0, goVersion: '1.19.8', ...over });

describe('go build output sizes (catalog/data/builds.ts GO_BINARY_SIZES)', () => {
  test.each([
    // Measured with Go 1.19.8, linux/amd64 (the figures themselves).
    { name: 'hello, 1.19', query: q({ program: 'hello' }), bytes: 1_819_300 },
    { name: 'hello stripped, 1.19', query: q({ program: 'hello', strip: 'all' }), bytes: 1_216_512 },
    { name: 'net/http server, 1.19', query: q({}), bytes: 6_503_709 },
    { name: 'net/http server stripped, 1.19', query: q({ strip: 'all' }), bytes: 4_497_408 },
    { name: 'net/http server -w only, 1.19', query: q({ strip: 'dwarf' }), bytes: 4_831_165 },
    { name: 'net/http server with cgo, 1.19', query: q({ cgo: true }), bytes: 6_562_015 },
  ])('$name: $bytes bytes', ({ query, bytes }) => {
    expect(goBinaryBytes(query)).toBe(bytes);
  });

  test.each([
    // Derived for newer releases: the lesson's claims (≈5 MB stripped, 7–8 MB unstripped).
    { name: 'net/http server, 1.23', query: q({ goVersion: '1.23.12' }), min: 7, max: 8 },
    { name: 'net/http server stripped, 1.23', query: q({ goVersion: '1.23.12', strip: 'all' }), min: 4.8, max: 5.6 },
    { name: 'net/http server stripped, 1.25 (taken as 1.23)', query: q({ goVersion: '1.25.12', strip: 'all' }), min: 4.8, max: 5.6 },
    { name: 'net/http server, release unknown (newest)', query: q({ goVersion: undefined }), min: 7, max: 8 },
    { name: 'hello, 1.23 (donatstudios: 2.129 MB)', query: q({ program: 'hello', goVersion: '1.23' }), min: 2.12, max: 2.14 },
    { name: 'net listener, 1.22', query: q({ program: 'net', goVersion: '1.22.5' }), min: 2.6, max: 2.8 },
    { name: 'net/http + 10 modules, 1.23', query: q({ goVersion: '1.23', modules: 10 }), min: 11, max: 11.5 },
  ])('$name: $min–$max MB', ({ query, min, max }) => {
    const mb = goBinaryBytes(query) / MB;
    expect(mb).toBeGreaterThanOrEqual(min);
    expect(mb).toBeLessThanOrEqual(max);
  });

  test.each([
    ['1.19', 1],
    ['1.18.10', 1],
    ['1.22.0', 1.894 / 1.814],
    ['1.30', 2.129 / 1.814],
    ['devel', 2.129 / 1.814],
  ])('release %s grows binaries ×%d', (version, growth) => {
    expect(goReleaseGrowth(version)).toBeCloseTo(growth, 6);
  });
});
