import { describe, expect, test } from 'vitest';
import { normalizePath } from './fs-path.ts';
import { beginStep, endStep, lookup, mkdirp, newFsState, putNode, removePath, resolvePath, writeFile } from './fs-tree.ts';
import { diffLayer } from './layer-diff.ts';
import type { FileNode } from './types.ts';

const file = (bytes: number, text?: string): FileNode => ({
  kind: 'file', bytes, mode: 0o644, uid: 0, gid: 0, digest: `d${bytes}`, text, binary: undefined, content: 'text', estimate: false,
});

describe('paths', () => {
  test.each([
    ['/', '/', '/'],
    ['/a/b', '/', '/a/b'],
    ['/a//b/', '/', '/a/b'],
    ['/a/./b/../c', '/', '/a/c'],
    ['b', '/a', '/a/b'],
    ['../x', '/a/b', '/a/x'],
    ['/..', '/', '/'],
    ['/a/.hidden', '/', '/a/.hidden'],
    ['/a/..b', '/', '/a/..b'],
    ['/.', '/', '/'],
    ['.', '/app', '/app'],
  ])('normalizePath(%s, %s) = %s', (path, cwd, expected) => {
    expect(normalizePath(path, cwd)).toBe(expected);
  });
});

describe('the simulated filesystem', () => {
  test('symlinked directories are followed for every component but a last one that is replaced', () => {
    const fs = newFsState();
    mkdirp(fs, '/usr/bin');
    putNode(fs, '/bin', { kind: 'symlink', target: 'usr/bin', uid: 0, gid: 0 });
    writeFile(fs, '/bin/tool', file(10));
    expect(lookup(fs.root, '/usr/bin/tool')).toMatchObject({ bytes: 10 });
    expect(resolvePath(fs.root, '/bin/tool').path).toBe('/usr/bin/tool');
    expect(lookup(fs.root, '/bin', false)?.kind).toBe('symlink');
    expect(resolvePath(fs.root, '/bin/missing/deeper')).toEqual({ path: '/usr/bin/missing/deeper', node: undefined });
  });

  test('a symlink loop resolves to nothing instead of hanging', () => {
    const fs = newFsState();
    putNode(fs, '/a', { kind: 'symlink', target: '/b', uid: 0, gid: 0 });
    putNode(fs, '/b', { kind: 'symlink', target: '/a', uid: 0, gid: 0 });
    expect(lookup(fs.root, '/a/x')).toBeUndefined();
  });

  test.each([
    {
      name: 'a new file and its new parent',
      before: [] as string[],
      step: (s: ReturnType<typeof newFsState>) => writeFile(s, '/a/b.txt', file(5)),
      layer: [['/a', 'dir', 0], ['/a/b.txt', 'file', 5]],
    },
    {
      name: 'a file made and removed in the step leaves nothing',
      before: [],
      step: (s: ReturnType<typeof newFsState>) => {
        writeFile(s, '/tmp/x', file(5));
        removePath(s, '/tmp/x');
      },
      layer: [['/tmp', 'dir', 0]],
    },
    {
      name: 'removing an old file is a whiteout',
      before: ['/old.txt'],
      step: (s: ReturnType<typeof newFsState>) => removePath(s, '/old.txt'),
      layer: [['/old.txt', 'whiteout', 0]],
    },
    {
      name: 'overwriting an old file stores it whole',
      before: ['/old.txt'],
      step: (s: ReturnType<typeof newFsState>) => writeFile(s, '/old.txt', file(9)),
      layer: [['/old.txt', 'file', 9]],
    },
  ])('$name', ({ before, step, layer }) => {
    const fs = newFsState();
    for (const p of before) writeFile(fs, p, file(3));
    beginStep(fs);
    step(fs);
    expect(diffLayer(fs.root, endStep(fs)).map((e) => [e.path, e.kind, e.bytes])).toEqual(layer);
  });
});
