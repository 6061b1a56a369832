import { describe, expect, it } from 'vitest';
import { createContext } from './tree.ts';
import { loadBuildContext } from './load-context.ts';
import { resolveCopySources } from './copy-sources.ts';
import { parseIgnoreFile } from './ignore-file.ts';
import type { ContextEntryInput } from './types.ts';

// A million files, in the order a directory walk lists them (what the CLI sends): 1000 packages x 30 modules
// x 33 files. On an idle laptop each step takes well under a second; the bound only catches quadratic work.
describe('a context of a million files', () => {
  it('is indexed, filtered by .dockerignore and copied whole in bounded time', () => {
    const entries: ContextEntryInput[] = [];
    for (let p = 0; p < 1000; p++) {
      for (let m = 0; m < 30; m++) {
        for (let f = 0; f < 33; f++) entries.push({ path: `pkg${p}/mod${m}/file-${f}.js`, size: 1000 + f, digest: `sha256:${p}-${m}-${f}` });
      }
    }
    entries.push({ path: '.dockerignore', content: 'pkg2\n**/file-3*.js\n!pkg1/mod1/file-3.js\n' });
    const started = performance.now();
    const ctx = createContext(entries);
    expect(ctx.entries).toHaveLength(1 + 990_000 + 1 + 30_000 + 1000);
    const loaded = loadBuildContext(ctx);
    expect(loaded.error).toBeUndefined();
    // pkg2 is out (990 files); file-3.js and file-30..32.js are out everywhere else (4 per module), but one is back.
    expect(loaded.report.sent.files).toBe(990_000 - 990 - 999 * 30 * 4 + 1 + 1);
    const copy = resolveCopySources(loaded.sent, { sources: ['.'] });
    expect(copy.files).toBe(loaded.report.sent.files);
    const wildcard = resolveCopySources(loaded.sent, { sources: ['pkg*/mod3/file-1*.js'] });
    expect(wildcard.files).toBe(999 * 11);
    expect(performance.now() - started).toBeLessThan(60_000);
  }, 120_000);
});

describe('hostile input returns promptly', () => {
  it('a 10 MB .dockerignore of pathological lines', () => {
    const line = '**/' + '*a'.repeat(40) + '*b\n';
    const text = line.repeat(Math.ceil(10_000_000 / line.length));
    const started = performance.now();
    const parsed = parseIgnoreFile(text);
    expect(parsed.ok).toBe(true);
    const loaded = loadBuildContext(
      createContext([
        { path: '.dockerignore', content: text.slice(0, line.length * 200) },
        { path: 'a'.repeat(5_000) + 'c', content: '' },
        { path: 'x/' + 'a'.repeat(3_000) + 'b', content: '' },
      ]),
    );
    expect(loaded.isSent('x/' + 'a'.repeat(3_000) + 'b')).toBe(false); // 40 a's then a b: matched
    expect(loaded.isSent('a'.repeat(5_000) + 'c')).toBe(true);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('binary bytes in paths and patterns', () => {
    const binary = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join('');
    const hostile = loadBuildContext(createContext([{ path: 'a', content: binary }, { path: '.dockerignore', content: binary }]));
    expect(hostile.error?.kind).toBe('pattern'); // the `[` in it is a syntax error, as in Docker
    const ctx = createContext([{ path: binary.slice(1), content: binary }]);
    const copy = resolveCopySources(loadBuildContext(ctx).sent, { sources: [binary, '*', '[', '\\'] });
    expect(copy.files).toBe(1); // '*' matches the directory the path begins with
    expect(copy.error?.kind).toBe('bad-pattern');
  });
});
