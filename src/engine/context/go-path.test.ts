import { describe, expect, it } from 'vitest';
import { basePath, cleanPath, compareNames, dirPath, goQuote, goTrimSpace, joinPath, utf8Length } from './go-path.ts';

// Go's path_test.go cleantests (BSD-style licence), reused as data.
const CLEAN: readonly (readonly [string, string])[] = [
  ['', '.'],
  ['abc', 'abc'],
  ['abc/def', 'abc/def'],
  ['a/b/c', 'a/b/c'],
  ['.', '.'],
  ['..', '..'],
  ['../..', '../..'],
  ['../../abc', '../../abc'],
  ['/abc', '/abc'],
  ['/', '/'],
  ['abc/', 'abc'],
  ['abc/def/', 'abc/def'],
  ['a/b/c/', 'a/b/c'],
  ['./', '.'],
  ['../', '..'],
  ['../../', '../..'],
  ['/abc/', '/abc'],
  ['abc//def//ghi', 'abc/def/ghi'],
  ['//abc', '/abc'],
  ['///abc', '/abc'],
  ['//abc//', '/abc'],
  ['abc//', 'abc'],
  ['abc/./def', 'abc/def'],
  ['/./abc/def', '/abc/def'],
  ['abc/.', 'abc'],
  ['abc/def/ghi/../jkl', 'abc/def/jkl'],
  ['abc/def/../ghi/../jkl', 'abc/jkl'],
  ['abc/def/..', 'abc'],
  ['abc/def/../..', '.'],
  ['/abc/def/../..', '/'],
  ['abc/def/../../..', '..'],
  ['/abc/def/../../..', '/'],
  ['abc/def/../../../ghi/jkl/../../../mno', '../../mno'],
  ['abc/./../def', 'def'],
  ['abc//./../def', 'def'],
  ['abc/../../././../def', '../../def'],
];

describe('Go path helpers', () => {
  it.each(CLEAN)('Clean(%j) = %j', (input, want) => {
    expect(cleanPath(input)).toBe(want);
    expect(cleanPath(want)).toBe(want);
  });

  it.each([
    [['a', 'b', 'c'], 'a/b/c'],
    [['a', ''], 'a'],
    [['', ''], ''],
    [['/', 'a'], '/a'],
    [['/', '../x'], '/x'],
    [['a/', 'b/'], 'a/b'],
  ] as const)('Join(%j) = %j', (parts, want) => {
    expect(joinPath(...parts)).toBe(want);
  });

  it.each([
    ['a/b', 'a', 'b'],
    ['a', '.', 'a'],
    ['/a', '/', 'a'],
    ['/', '/', '/'],
    ['a/b/', 'a/b', 'b'],
    ['', '.', '.'],
  ] as const)('Dir/Base of %j', (p, dir, base) => {
    expect(dirPath(p)).toBe(dir);
    expect(basePath(p)).toBe(base);
  });

  it('orders names by code point like Go', () => {
    const names = ['b', 'B', '\uffff', '😀', 'a', '.git', '_'];
    expect([...names].sort(compareNames)).toEqual(['.git', 'B', '_', 'a', 'b', '\uffff', '😀']);
  });

  it('trims like strings.TrimSpace, not String.prototype.trim', () => {
    expect(goTrimSpace('\t a \n')).toBe('a');
    expect(goTrimSpace('\ufeffa')).toBe('\ufeffa');
    expect(goTrimSpace('\u0085a\u00a0')).toBe('a');
  });

  it('counts UTF-8 bytes and quotes like %q', () => {
    expect(utf8Length('aé😀')).toBe(1 + 2 + 4);
    expect(goQuote('/main.c')).toBe('"/main.c"');
    expect(goQuote('a"b\\c\n\x01é')).toBe('"a\\"b\\\\c\\n\\x01é"');
  });
});
