import { describe, expect, it } from 'vitest';
import { resolveCopySources } from './copy-sources.ts';
import type { CopyRequest } from './copy-sources.ts';
import { loadBuildContext } from './load-context.ts';
import { createContext } from './tree.ts';
import type { ContextEntryInput, FileTreeSource } from './types.ts';

/** The context of BuildKit's testExcludedFilesOnCopy (frontend/dockerfile/exclude_patterns_test.go). */
const EXCLUDE_FIXTURE: readonly ContextEntryInput[] = [
  { path: 'dir1/file-101.png', content: '2', mode: 0o600 },
  { path: 'dir1/file-102.txt', content: '3', mode: 0o600 },
  { path: 'dir1/file-103.jpeg', content: '4', mode: 0o600 },
  { path: 'dir2/file-201.pdf', content: '6', mode: 0o600 },
  { path: 'dir2/file-202.jpeg', content: '7', mode: 0o600 },
  { path: 'dir2/file-203.png', content: '8', mode: 0o600 },
  { path: 'dir3/file-301.mp3', content: '9', mode: 0o600 },
  { path: 'dir3/file-302.mpeg', content: '10', mode: 0o600 },
  { path: 'dir4/file-401.txt', content: '11', mode: 0o600 },
  { path: 'dir4/file-402.txt', kind: 'symlink', target: 'file-401.txt' },
  { path: 'dir4/file-403.txt', kind: 'symlink', target: 'file-404.txt' },
];

function copied(tree: FileTreeSource, request: CopyRequest): readonly string[] {
  const r = resolveCopySources(tree, request);
  expect(r.error).toBeUndefined();
  return r.items.filter((i) => i.entry.kind !== 'dir').map((i) => i.to || i.from);
}

describe('COPY --exclude: BuildKit’s testExcludedFilesOnCopy as data', () => {
  const tree = createContext(EXCLUDE_FIXTURE);
  const cases: readonly (readonly [name: string, request: CopyRequest, present: readonly string[]])[] = [
    [
      'builder1: COPY --exclude=*/*.png --exclude=*/*.jpeg . /1',
      { sources: ['.'], excludes: ['*/*.png', '*/*.jpeg'] },
      ['dir1/file-102.txt', 'dir2/file-201.pdf', 'dir3/file-301.mp3', 'dir3/file-302.mpeg', 'dir4/file-401.txt', 'dir4/file-402.txt', 'dir4/file-403.txt'],
    ],
    [
      'builder2: COPY --exclude=*/*.pdf --exclude=*/*.txt . /2',
      { sources: ['.'], excludes: ['*/*.pdf', '*/*.txt'] },
      ['dir1/file-101.png', 'dir1/file-103.jpeg', 'dir2/file-202.jpeg', 'dir2/file-203.png', 'dir3/file-301.mp3', 'dir3/file-302.mpeg'],
    ],
    ['builder3: ADD --exclude=*.mp3 dir3/ /3/', { sources: ['dir3/'], excludes: ['*.mp3'] }, ['file-302.mpeg']],
    [
      'builder4: COPY --exclude=*.mp3 --exclude=*.jpeg --exclude=*.png --exclude=*.pdf --exclude=*.txt dir* /4/',
      { sources: ['dir*'], excludes: ['*.mp3', '*.jpeg', '*.png', '*.pdf', '*.txt'] },
      ['file-302.mpeg'],
    ],
    [
      'builder5: ADD --exclude=*.mp* --exclude=*.jpeg --exclude=*.png --exclude=*.pdf dir* /5',
      { sources: ['dir*'], excludes: ['*.mp*', '*.jpeg', '*.png', '*.pdf'] },
      ['file-102.txt', 'file-401.txt', 'file-402.txt', 'file-403.txt'],
    ],
    ['builder6: ADD --exclude=* dir* /6', { sources: ['dir*'], excludes: ['*'] }, []],
  ];
  it.each(cases)('%s', (_name, request, present) => {
    expect(copied(tree, request)).toEqual(present);
  });

  it('symlinks inside a copied directory stay links, dangling ones too', () => {
    const r = resolveCopySources(tree, { sources: ['dir4'] });
    expect(r.items.map((i) => [i.to, i.entry.kind, i.entry.target])).toEqual([
      ['', 'dir', undefined],
      ['file-401.txt', 'file', undefined],
      ['file-402.txt', 'symlink', 'file-401.txt'],
      ['file-403.txt', 'symlink', 'file-404.txt'],
    ]);
  });

  it('an exception re-includes a file inside an excluded directory', () => {
    expect(copied(tree, { sources: ['.'], excludes: ['dir1', 'dir2', 'dir3', 'dir4', '!dir1/file-102.txt'] })).toEqual([
      'dir1/file-102.txt',
    ]);
    const r = resolveCopySources(tree, { sources: ['.'], excludes: ['dir1', 'dir2', 'dir3', 'dir4', '!dir1/file-102.txt'] });
    expect(r.items.map((i) => i.to)).toEqual(['', 'dir1', 'dir1/file-102.txt']);
  });

  it('--exclude never excludes the matched source itself', () => {
    expect(copied(tree, { sources: ['dir1/*.txt'], excludes: ['*.txt'] })).toEqual(['dir1/file-102.txt']);
  });
});

describe('COPY sources against the build context', () => {
  const ctx = createContext([
    { path: 'Dockerfile', content: 'FROM scratch' },
    { path: '.dockerignore', content: 'secrets.env\n*.log' },
    { path: 'package.json', content: '{}' },
    { path: 'package-lock.json', content: '{"lockfileVersion":3}' },
    { path: 'secrets.env', content: 'TOKEN=1' },
    { path: 'debug.log', content: 'x' },
    { path: 'src/index.ts', content: 'export {}' },
    { path: 'src/lib/util.ts', content: 'export const u = 1' },
    { path: 'src/web/index.ts', content: 'web' },
    { path: 'src/api/index.ts', content: 'api' },
    { path: 'current', kind: 'symlink', target: 'src/lib' },
    { path: 'broken', kind: 'symlink', target: 'nowhere' },
    { path: '.env.example', content: 'A=1' },
  ]);
  const sent = loadBuildContext(ctx).sent;

  const found: readonly (readonly [name: string, sources: readonly string[], want: readonly string[]])[] = [
    ['a file', ['package.json'], ['package.json']],
    ['a file written ./x', ['./package.json'], ['package.json']],
    ['a wildcard', ['package*.json'], ['package-lock.json', 'package.json']],
    ['* matches dotfiles', ['.env*'], ['.env.example']],
    ['a wildcard in a middle segment', ['src/*/index.ts'], ['src/api/index.ts', 'src/web/index.ts']],
    ['a wildcard that matches nothing copies nothing, without error', ['*.toml'], []],
    ['a directory copies its contents', ['src/lib'], ['src/lib/util.ts']],
    ['a symlinked source is followed', ['current'], ['src/lib/util.ts']],
    ['. copies everything sent', ['.'], ['.dockerignore', '.env.example', 'Dockerfile', 'package-lock.json', 'package.json', 'src/api/index.ts', 'src/index.ts', 'src/lib/util.ts', 'src/web/index.ts']],
  ];
  it.each(found)('%s', (_name, sources, want) => {
    const r = resolveCopySources(sent, { sources });
    expect(r.error).toBeUndefined();
    expect(r.items.filter((i) => i.entry.kind === 'file').map((i) => i.from)).toEqual(want);
  });

  it('top-level matches carry the name a file takes in a destination directory', () => {
    const r = resolveCopySources(sent, { sources: ['package*.json', 'src/'] });
    expect(r.sources.map((s) => [s.path, s.wildcard, s.matches.map((m) => `${m.path}:${m.name}:${m.kind}`)])).toEqual([
      ['/package*.json', true, ['package-lock.json:package-lock.json:file', 'package.json:package.json:file']],
      ['/src', false, ['src:src:dir']],
    ]);
    expect(r.files).toBe(6);
  });

  const missing: readonly (readonly [name: string, sources: readonly string[], path: string])[] = [
    ['a file that does not exist', ['main.c'], '/main.c'],
    ['a file .dockerignore excluded', ['secrets.env'], '/secrets.env'],
    ['a directory path that does not exist', ['./dist/'], '/dist'],
    ['a dangling symlink', ['broken'], '/broken'],
    ['the first missing of several', ['package.json', 'a', 'b'], '/a'],
  ];
  it.each(missing)('%s fails the cache key', (_name, sources, path) => {
    const r = resolveCopySources(sent, { sources, ref: 'sess::ref' });
    expect(r.error).toEqual({
      kind: 'not-found',
      path,
      message: `failed to compute cache key: failed to calculate checksum of ref sess::ref: "${path}": not found`,
    });
    expect(r.missing[0]).toBe(path);
  });

  it('the Dockerfile is sent unless excluded, so COPY can see it', () => {
    expect(resolveCopySources(sent, { sources: ['Dockerfile'] }).error).toBeUndefined();
  });

  it('a stand-in ref id looks like BuildKit’s', () => {
    const r = resolveCopySources(sent, { sources: ['main.c'] });
    expect(r.error?.message).toMatch(/^failed to compute cache key: failed to calculate checksum of ref [0-9a-z]{25}::[0-9a-z]{25}: "\/main\.c": not found$/);
  });

  it('reports a malformed --exclude pattern', () => {
    const r = resolveCopySources(sent, { sources: ['.'], excludes: ['[x'] });
    expect(r.error).toEqual({ kind: 'bad-pattern', message: 'invalid excludepatterns: [[x]: syntax error in pattern' });
  });
});

describe('COPY --parents', () => {
  const tree = createContext([
    { path: 'x/a.txt', content: 'a' },
    { path: 'x/skip.txt', content: 's' },
    { path: 'y/b/c.txt', content: 'c' },
    { path: 'src/app/main.go', content: 'package main' },
    { path: 'src/app/go.mod', content: 'module app' },
    { path: 'web/package.json', content: '{}' },
    { path: 'api/v1/package.json', content: '{}' },
  ]);
  const cases: readonly (readonly [name: string, sources: readonly string[], want: readonly string[]])[] = [
    // '' is the pivot (or root) directory itself, included with its first selected descendant.
    ['keeps the parents of each source', ['./x/a.txt', './y/b/'], ['', 'x', 'x/a.txt', '', 'y', 'y/b', 'y/b/c.txt']],
    ['a pivot /./ drops what is before it', ['src/./app/main.go'], ['', 'app', 'app/main.go']],
    ['** selects at any depth, with parents', ['**/package.json'], ['', 'api', 'api/v1', 'api/v1/package.json', 'web', 'web/package.json']],
  ];
  it.each(cases)('%s', (_name, sources, want) => {
    const r = resolveCopySources(tree, { sources, parents: true });
    expect(r.error).toBeUndefined();
    expect(r.items.map((i) => i.to)).toEqual(want);
  });

  it('a source without wildcards must exist', () => {
    const r = resolveCopySources(tree, { sources: ['x/missing.txt'], parents: true, ref: 'r' });
    expect(r.error?.message).toBe('failed to compute cache key: failed to calculate checksum of ref r: "/x/missing.txt": not found');
  });

  it('a wildcard that matches nothing is fine', () => {
    expect(resolveCopySources(tree, { sources: ['**/*.rs'], parents: true }).items).toEqual([]);
  });
});

describe('resolving through a stage filesystem (any FileTreeSource)', () => {
  it('COPY --from=build /app/bin /bin reads only /app/bin', () => {
    const stage = createContext([
      { path: 'app/bin/server', content: 'ELF', mode: 0o755 },
      { path: 'app/src/main.go', content: 'package main' },
      { path: 'usr/local/go', kind: 'dir', size: 200_000_000, files: 12_000 },
    ]);
    const r = resolveCopySources(stage, { sources: ['/app/bin'] });
    expect(r.items.map((i) => i.from)).toEqual(['app/bin', 'app/bin/server']);
    expect(r.bytes).toBe(3);
    const all = resolveCopySources(stage, { sources: ['/usr/local/go'] });
    expect([all.bytes, all.files]).toEqual([200_000_000, 12_000]);
  });
});
