import { describe, expect, test } from 'vitest';
import { lookupBuildOutput, lookupNpm, lookupPip } from './index.ts';

const MB = 1e6;

describe('pip', () => {
  test.each([
    // [requirements, libc, packages at least, installed MB range, needs a compiler]
    [['flask'], 'glibc', 7, [1, 5], false],
    [['Django==5.2'], 'glibc', 3, [30, 45], false],
    [['fastapi', 'uvicorn'], 'musl', 8, [5, 15], false],
    [['requests'], 'glibc', 5, [1, 3], false],
    [['pandas'], 'glibc', 6, [130, 160], false],
    [['psycopg2'], 'glibc', 1, [0.1, 1], true],
    [['psycopg2-binary'], 'musl', 1, [5, 12], false],
    [['torch'], 'glibc', 8, [700, 800], false],
    [['torch'], 'musl', 8, [700, 800], true],
    [['scikit-learn'], 'glibc', 5, [200, 260], false],
    [['cryptography'], 'musl', 3, [10, 20], false],
    [['gunicorn'], 'glibc', 2, [0.3, 1], false],
  ] as const)('%j on %s', (names, libc, atLeast, [lo, hi], compiles) => {
    const c = lookupPip(names, { libc });
    expect(c.packages.length).toBeGreaterThanOrEqual(atLeast);
    expect(c.totalInstalledBytes / MB).toBeGreaterThanOrEqual(lo);
    expect(c.totalInstalledBytes / MB).toBeLessThanOrEqual(hi);
    expect(c.needsCompiler).toBe(compiles);
    expect(c.cacheBytes).toBe(c.totalDownloadBytes);
  });

  test('requirement syntax is normalised and shared deps are counted once', () => {
    const c = lookupPip(['Flask>=3', 'Jinja2', 'uvicorn[standard]==0.34']);
    expect(c.requested).toEqual(['flask', 'jinja2', 'uvicorn']);
    expect(c.packages.filter((p) => p.name === 'click').length).toBe(1);
    expect(c.packages.find((p) => p.name === 'gunicorn')).toBeUndefined();
  });

  test('an unknown package is a labelled estimate', () => {
    const c = lookupPip(['some-internal-lib']);
    expect(c.estimated).toBe(true);
    expect(c.notes[0]).toMatch(/not in the catalog/);
  });
});

describe('npm', () => {
  test.each([
    ['express', 'prod', [2, 4], 68],
    ['next', 'prod', [300, 360], 50],
    ['typescript', 'dev', [25, 35], 21],
    ['jest', 'dev', [35, 45], 292],
    ['@nestjs/core@^12', 'prod', [5, 10], 22],
  ] as const)('%s is %s, %j MB, %d packages (measured)', (name, typical, [lo, hi], count) => {
    const r = lookupNpm([name]);
    const p = r.packages[0];
    expect(p?.typical).toBe(typical);
    expect(p?.packageCount).toBe(count);
    expect((p?.installedBytes ?? 0) / MB).toBeGreaterThanOrEqual(lo);
    expect((p?.installedBytes ?? 0) / MB).toBeLessThanOrEqual(hi);
    expect(r.estimated).toBe(false);
  });

  test('unknown packages are estimates', () => {
    const r = lookupNpm(['left-pad-but-private']);
    expect(r.estimated).toBe(true);
    expect(r.totalInstalledBytes).toBeGreaterThan(0);
  });
});

describe('go and cargo build outputs', () => {
  test.each([
    ['go', 'web-service', 'static', [5, 30]],
    ['cargo', 'web-service', 'dynamic-glibc', [3, 20]],
    ['go', 'hello', 'static', [1, 3]],
  ] as const)('%s %s: %s binary of %j MB', (toolchain, project, linkage, [lo, hi]) => {
    const b = lookupBuildOutput(toolchain, project);
    expect(b.linkage).toBe(linkage);
    expect(b.binaryBytes / MB).toBeGreaterThanOrEqual(lo);
    expect(b.binaryBytes / MB).toBeLessThanOrEqual(hi);
    expect(b.confidence).toBe('estimate');
  });
});
