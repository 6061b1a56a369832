import { describe, expect, it } from 'vitest';
import { chooseIgnoreFile, parseIgnoreFile } from './ignore-file.ts';
import { createContext } from './tree.ts';
import type { ContextEntryInput } from './types.ts';
import { READ_ALL_CONTENT, READ_ALL_EXPECTED } from './testdata/patternmatcher-cases.ts';

function patterns(text: string): readonly string[] | string {
  const r = parseIgnoreFile(text);
  return r.ok ? r.patterns : r.message;
}

describe('parseIgnoreFile (ignorefile.ReadAll)', () => {
  it('TestReadAll', () => {
    expect(patterns(READ_ALL_CONTENT)).toEqual(READ_ALL_EXPECTED);
    expect(patterns('')).toEqual([]);
  });

  const cases: readonly (readonly [name: string, text: string, want: readonly string[] | string])[] = [
    ['strips a UTF-8 BOM on the first line', '\ufeff*.log\nbuild', ['*.log', 'build']],
    ['keeps a BOM that is not at the start', 'a\n\ufeffb', ['a', '\ufeffb']],
    ['a comment only in the first column', '# comment\n #not-a-comment\n\t# neither', ['#not-a-comment', '# neither']],
    ['trims whitespace and skips blank lines', '  node_modules  \n\n\t\n.git\t', ['node_modules', '.git']],
    ['CRLF line ends', 'a\r\nb\r\n', ['a', 'b']],
    ['cleans: ./a, a/, a//b/.., /abs', './a\nb/\nc//d/..\n/e/f\n/', ['a', 'b', 'c', 'e/f', '/']],
    ['! with spaces and a leading slash', '! /inverted/abs/path\n!./x/', ['!inverted/abs/path', '!x']],
    ['a lone . is kept (and never matches)', '.\n./', ['.', '.']],
    ['only the last line may lack a newline', 'a\nb', ['a', 'b']],
  ];
  it.each(cases)('%s', (_name, text, want) => {
    expect(patterns(text)).toEqual(want);
  });

  it('records line numbers', () => {
    const r = parseIgnoreFile('# c\n\n*.md\n!README.md\n');
    expect(r.ok && r.lines).toEqual([
      { line: 3, pattern: '*.md' },
      { line: 4, pattern: '!README.md' },
    ]);
  });

  it('fails on a line of 64 KiB or more, as bufio.Scanner does', () => {
    expect(patterns('a'.repeat(65535) + '\nb')).toHaveLength(2);
    expect(patterns('a'.repeat(65536) + '\nb')).toBe('bufio.Scanner: token too long');
    expect(patterns('x\n' + 'é'.repeat(32768))).toBe('bufio.Scanner: token too long');
  });
});

describe('chooseIgnoreFile (BuildKit dockerui)', () => {
  const base: ContextEntryInput[] = [
    { path: 'Dockerfile', content: 'FROM scratch' },
    { path: '.dockerignore', content: '*.log' },
  ];
  const cases: readonly (readonly [name: string, extra: readonly ContextEntryInput[], dockerfile: string | undefined, want: string | undefined])[] = [
    ['root .dockerignore by default', [], undefined, '.dockerignore'],
    ['Dockerfile.dockerignore wins', [{ path: 'Dockerfile.dockerignore', content: 'x' }], undefined, 'Dockerfile.dockerignore'],
    ['even when empty', [{ path: 'Dockerfile.dockerignore', content: '' }], undefined, 'Dockerfile.dockerignore'],
    ['beside a Dockerfile in a subfolder', [{ path: 'docker/app.Dockerfile.dockerignore', content: 'x' }], 'docker/app.Dockerfile', 'docker/app.Dockerfile.dockerignore'],
    ['not for another Dockerfile', [{ path: 'docker/app.Dockerfile.dockerignore', content: 'x' }], 'Dockerfile', '.dockerignore'],
    ['a symlink is followed', [{ path: 'Dockerfile.dockerignore', kind: 'symlink', target: 'ignore/common' }, { path: 'ignore/common', content: 'x' }], undefined, 'Dockerfile.dockerignore'],
  ];
  it.each(cases)('%s', (_name, extra, dockerfile, want) => {
    expect(chooseIgnoreFile(createContext([...base, ...extra]), dockerfile)?.path).toBe(want);
  });

  it('no ignore file at all', () => {
    expect(chooseIgnoreFile(createContext([{ path: 'Dockerfile', content: '' }]))).toBeUndefined();
  });

  it('a .dockerignore known only by size has unknown patterns', () => {
    const choice = chooseIgnoreFile(createContext([{ path: '.dockerignore', size: 120 }]));
    expect(choice).toEqual({ path: '.dockerignore', source: 'root', text: undefined });
  });
});
