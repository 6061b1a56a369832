import { describe, expect, it } from 'vitest';
import { createContext } from './tree.ts';
import type { ContextEntryInput } from './types.ts';

describe('createContext', () => {
  it('indexes declared entries, creates missing parents and orders depth-first by name', () => {
    const ctx = createContext([
      { path: 'src/util/b.ts', content: 'b' },
      { path: './Dockerfile', content: 'FROM scratch\n' },
      { path: 'src/a.ts', content: 'héllo' },
      { path: '/README.md', size: 1200 },
      { path: '.git', kind: 'dir', size: 800_000_000, files: 2400 },
      { path: 'bin/run', kind: 'symlink', target: '../src/a.ts' },
    ]);
    expect(ctx.problems).toEqual([]);
    expect(ctx.entries.map((e) => e.path)).toEqual([
      '',
      '.git',
      'Dockerfile',
      'README.md',
      'bin',
      'bin/run',
      'src',
      'src/a.ts',
      'src/util',
      'src/util/b.ts',
    ]);
    expect(ctx.entry('src')).toMatchObject({ kind: 'dir', mode: 0o755, uid: 0 });
    expect(ctx.entry('src/a.ts')).toMatchObject({ kind: 'file', size: 6, mode: 0o644 });
    expect(ctx.entry('.git')).toMatchObject({ kind: 'dir', size: 800_000_000, summary: { bytes: 800_000_000, files: 2400 } });
    expect(ctx.children('')?.map((e) => e.name)).toEqual(['.git', 'Dockerfile', 'README.md', 'bin', 'src']);
    expect(ctx.children('.git')).toBeUndefined(); // a summarised directory lists nothing
    expect(ctx.children('src/a.ts')).toBeUndefined();
    expect(ctx.total).toEqual({ bytes: 800_000_000 + 13 + 1200 + 6 + 1, files: 2400 + 4 });
  });

  const problems: readonly (readonly [name: string, entries: readonly ContextEntryInput[], kind: string, kept: readonly string[]])[] = [
    ['a path outside the context', [{ path: '../etc/passwd', content: '' }], 'invalid-path', []],
    ['the root itself', [{ path: './', content: '' }], 'invalid-path', []],
    ['an empty path', [{ path: '', content: '' }], 'invalid-path', []],
    ['a NUL in a path', [{ path: 'a\0b', content: '' }], 'invalid-path', []],
    ['the same path twice', [{ path: 'a', content: '1' }, { path: './a', content: '2' }], 'duplicate', ['a']],
    ['a path below a file', [{ path: 'a', content: '' }, { path: 'a/b', content: '' }], 'not-a-directory', ['a']],
    ['a path below a file, declared first', [{ path: 'a/b', content: '' }, { path: 'a', content: '' }], 'not-a-directory', ['a']],
    ['a path inside a summarised directory', [{ path: 'venv', kind: 'dir', size: 10 }, { path: 'venv/x', content: '' }], 'inside-summary', ['venv']],
    ['a negative size', [{ path: 'a', size: -1 }], 'bad-number', ['a']],
    ['a mode out of range', [{ path: 'a', mode: 0o70000 }], 'bad-number', ['a']],
  ];
  it.each(problems)('reports %s and keeps going', (_name, entries, kind, kept) => {
    const ctx = createContext(entries);
    expect(ctx.problems.map((p) => p.kind)).toContain(kind);
    expect(ctx.entries.slice(1).map((e) => e.path)).toEqual(kept);
  });

  it('keeps the first of duplicates', () => {
    expect(createContext([{ path: 'a', content: '1' }, { path: 'a', content: '2' }]).entry('a')?.content).toBe('1');
  });

  it('an explicit directory keeps its metadata even when its children come first', () => {
    const ctx = createContext([{ path: 'app/x', content: '' }, { path: 'app', kind: 'dir', mode: 0o700, uid: 1000 }]);
    expect(ctx.entry('app')).toMatchObject({ mode: 0o700, uid: 1000 });
  });

  it('a declared size overrides the length of stand-in content', () => {
    expect(createContext([{ path: 'model.bin', content: 'stand-in', size: 5_000_000 }]).entry('model.bin')?.size).toBe(5_000_000);
  });

  it('survives a path with 100,000 segments', () => {
    const deep = Array.from({ length: 100_000 }, () => 'd').join('/');
    const ctx = createContext([{ path: deep + '/f', content: 'x' }]);
    expect(ctx.entries).toHaveLength(100_002);
    expect(ctx.total.files).toBe(1);
  });
});
