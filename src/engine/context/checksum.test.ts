import { describe, expect, it } from 'vitest';
import { checksumItems, contentDigest } from './checksum.ts';
import { resolveCopySources } from './copy-sources.ts';
import { loadBuildContext } from './load-context.ts';
import { createContext } from './tree.ts';
import type { ContextEntryInput } from './types.ts';

const BASE: readonly ContextEntryInput[] = [
  { path: 'Dockerfile', content: 'FROM node:22-slim\nCOPY . .\n', mtime: 1_700_000_000 },
  { path: '.dockerignore', content: 'node_modules\n*.log' },
  { path: 'package.json', content: '{"name":"app"}', mtime: 1_700_000_000 },
  { path: 'src/index.js', content: 'console.log(1)', mtime: 1_700_000_000 },
  { path: 'bin/start', kind: 'symlink', target: '../src/index.js' },
  { path: 'node_modules', kind: 'dir', size: 300_000_000, files: 20_000 },
  { path: 'debug.log', content: 'old' },
  { path: 'model.bin', size: 5_000_000 },
];

function change(path: string, patch: Partial<ContextEntryInput>): readonly ContextEntryInput[] {
  return BASE.map((e) => (e.path === path ? ({ ...e, ...patch } as ContextEntryInput) : e));
}

function key(entries: readonly ContextEntryInput[], sources: readonly string[]): string {
  const r = resolveCopySources(loadBuildContext(createContext(entries)).sent, { sources });
  expect(r.error).toBeUndefined();
  return r.checksum;
}

describe('COPY checksums change when Docker’s cache key would, and only then', () => {
  const cases: readonly (readonly [name: string, entries: readonly ContextEntryInput[], sources: readonly string[], changes: boolean])[] = [
    ['touching a file (mtime only)', change('src/index.js', { mtime: 1_800_000_000 }), ['.'], false],
    ['touching every file', BASE.map((e) => ({ ...e, mtime: 42 }) as ContextEntryInput), ['.'], false],
    ['editing a copied file', change('src/index.js', { content: 'console.log(2)' }), ['.'], true],
    ['editing a file another COPY reads', change('src/index.js', { content: 'console.log(2)' }), ['package.json'], false],
    ['editing a .dockerignored file', change('debug.log', { content: 'new' }), ['.'], false],
    ['growing an ignored summarised directory', change('node_modules', { size: 400_000_000 }), ['.'], false],
    ['chmod +x', change('src/index.js', { mode: 0o755 }), ['.'], true],
    ['chown', change('package.json', { uid: 1000 }), ['package.json'], true],
    ['a new symlink target', change('bin/start', { target: 'index.js' }), ['bin'], true],
    ['a new size for a file known by size', change('model.bin', { size: 6_000_000 }), ['model.bin'], true],
    ['the same size for a file known by size', change('model.bin', { size: 5_000_000 }), ['model.bin'], false],
    ['a digest from the CLI replaces the content', change('model.bin', { digest: 'sha256:abc' }), ['model.bin'], true],
    ['adding a file to a copied directory', [...BASE, { path: 'src/extra.js', content: '' }], ['src'], true],
    ['adding a file the wildcard does not match', [...BASE, { path: 'src/extra.ts', content: '' }], ['src/*.js'], false],
    ['adding a file the wildcard matches', [...BASE, { path: 'src/extra.js', content: '' }], ['src/*.js'], true],
    ['renaming a copied file', BASE.map((e) => (e.path === 'src/index.js' ? { ...e, path: 'src/main.js' } : e)), ['src'], true],
    ['declaring the same tree in another order', [...BASE].reverse(), ['.'], false],
  ];
  it.each(cases)('%s', (_name, entries, sources, changes) => {
    expect(key(entries, sources) !== key(BASE, sources)).toBe(changes);
  });

  it('is relative to the source: the same bytes under another folder give the same checksum', () => {
    const entries: ContextEntryInput[] = [
      { path: 'a/x', content: '1' },
      { path: 'b/x', content: '1' },
    ];
    expect(key(entries, ['a'])).toBe(key(entries, ['b']));
  });
});

describe('contentDigest', () => {
  it('prefers the declared digest, then content, then the declared size', () => {
    const ctx = createContext([
      { path: 'a', content: 'abc', digest: 'sha256:given' },
      { path: 'b', content: 'abc' },
      { path: 'c', size: 10 },
      { path: 'd', kind: 'dir', size: 5, files: 2 },
    ]);
    expect(contentDigest(ctx.entry('a')!)).toBe('sha256:given');
    expect(contentDigest(ctx.entry('b')!)).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(contentDigest(ctx.entry('c')!)).toBe('declared:10');
    expect(contentDigest(ctx.entry('d')!)).toBe('summary:5:2:');
  });

  it('an empty list has a fixed checksum', () => {
    expect(checksumItems([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
