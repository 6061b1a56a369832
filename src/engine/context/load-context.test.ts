import { describe, expect, it } from 'vitest';
import { loadBuildContext } from './load-context.ts';
import { largestTopLevel } from './context-report.ts';
import { createContext } from './tree.ts';
import type { ContextEntryInput } from './types.ts';

const FILES: readonly string[] = [
  'Dockerfile',
  'README.md',
  'README-secret.md',
  'CHANGELOG.md',
  'docs/guide.md',
  'docs/README.md',
  'src/main.go',
  'src/util/helper.go',
  'somedir/temporary.txt',
  'somedir/temp/x',
  'somedir/subdir/temporary.txt',
  'tempa',
  'tempb',
  'temp',
  'tempab',
];

function sentFiles(ignore: string | undefined, files: readonly string[] = FILES): readonly string[] {
  const entries: ContextEntryInput[] = files.map((path) => ({ path, content: path }));
  if (ignore !== undefined) entries.push({ path: '.dockerignore', content: ignore });
  const loaded = loadBuildContext(createContext(entries));
  expect(loaded.error).toBeUndefined();
  return loaded.context.entries.filter((e) => e.kind === 'file' && loaded.isSent(e.path)).map((e) => e.path);
}

const excludedBy = (ignore: string, files: readonly string[] = FILES): readonly string[] => {
  const sent = new Set(sentFiles(ignore, files));
  return [...files, '.dockerignore'].filter((f) => !sent.has(f)).sort();
};

describe('.dockerignore: the examples of Docker’s documentation (build/concepts/context.md)', () => {
  const cases: readonly (readonly [name: string, ignore: string, excluded: readonly string[]])[] = [
    ['*.md matches only at the root; markdown under subdirectories is still sent', '*.md', ['CHANGELOG.md', 'README-secret.md', 'README.md']],
    ['**/*.go matches at any depth', '**/*.go', ['src/main.go', 'src/util/helper.go']],
    [
      'the commented example: */temp*, */*/temp*, temp?',
      '# comment\n*/temp*\n*/*/temp*\ntemp?',
      ['somedir/subdir/temporary.txt', 'somedir/temp/x', 'somedir/temporary.txt', 'tempa', 'tempb'],
    ],
    ['*.md, !README*.md, README-secret.md', '*.md\n!README*.md\nREADME-secret.md', ['CHANGELOG.md', 'README-secret.md']],
    ['*.md, README-secret.md, !README*.md: the last line wins', '*.md\nREADME-secret.md\n!README*.md', ['CHANGELOG.md']],
    ['the lone pattern . does nothing', '.', []],
    ['an exception re-includes a file inside an excluded directory', 'docs\n!docs/README.md', ['docs/guide.md']],
    ['an exception elsewhere does not open an excluded directory', 'docs\n!README.md', ['docs/README.md', 'docs/guide.md']],
    ['a wildcard exception opens every excluded directory', 'docs\n!**/README.md', ['docs/guide.md']],
    ['* with an exception for a directory sends all of it', '*\n!src', FILES.filter((f) => !f.startsWith('src/')).concat('.dockerignore')],
    ['the Dockerfile and .dockerignore can be excluded from what COPY sees', 'Dockerfile\n.dockerignore', ['.dockerignore', 'Dockerfile']],
    ['a trailing slash is cleaned away (no directory-only form)', 'docs/', ['docs/README.md', 'docs/guide.md']],
    ['a leading slash is the context root', '/src/util', ['src/util/helper.go']],
    ['# after a space is a pattern, not a comment', ' #x\n*.md', ['CHANGELOG.md', 'README-secret.md', 'README.md']],
  ];
  it.each(cases)('%s', (_name, ignore, excluded) => {
    expect(excludedBy(ignore)).toEqual([...excluded].sort());
  });
});

describe('the upload walk (fsutil) rather than MatchesOrParentMatches', () => {
  it('a pattern skipped at a parent is not inherited: a, !a/b, a keeps a/b', () => {
    expect(excludedBy('a\n!a/b\na', ['a/b', 'a/c'])).toEqual(['a/c']);
  });

  it('a directory excluded but walked is sent only when something in it is re-included', () => {
    const ctx = createContext([
      { path: 'docs/README.md', content: 'r' },
      { path: 'docs/a.md', content: 'a' },
      { path: 'logs/old/x.log', content: 'x' },
      { path: 'empty', kind: 'dir' },
      { path: '.dockerignore', content: 'docs\nlogs\nempty2\n!docs/README.md' },
      { path: 'empty2', kind: 'dir' },
    ]);
    const loaded = loadBuildContext(ctx);
    expect(['docs', 'docs/README.md', 'empty'].every(loaded.isSent)).toBe(true);
    expect(['docs/a.md', 'logs', 'logs/old', 'empty2'].some(loaded.isSent)).toBe(false);
    expect(loaded.sent.children('docs')?.map((e) => e.path)).toEqual(['docs/README.md']);
    expect(loaded.sent.entry('logs')).toBeUndefined();
  });
});

describe('choosing the ignore file', () => {
  const entries: ContextEntryInput[] = [
    { path: 'Dockerfile', content: '' },
    { path: 'app.log', content: 'l' },
    { path: 'notes.txt', content: 't' },
    { path: '.dockerignore', content: '*.log' },
    { path: 'Dockerfile.dockerignore', content: '*.txt' },
  ];
  it('<Dockerfile>.dockerignore takes precedence over .dockerignore', () => {
    const loaded = loadBuildContext(createContext(entries));
    expect(loaded.ignoreFile?.path).toBe('Dockerfile.dockerignore');
    expect(loaded.isSent('app.log')).toBe(true);
    expect(loaded.isSent('notes.txt')).toBe(false);
  });
  it('the root one applies to another Dockerfile', () => {
    const loaded = loadBuildContext(createContext(entries), { dockerfilePath: 'build/Dockerfile' });
    expect(loaded.ignoreFile?.path).toBe('.dockerignore');
    expect(loaded.isSent('app.log')).toBe(false);
  });
  it('an ignore file given by the caller', () => {
    const loaded = loadBuildContext(createContext(entries), { ignoreFile: { path: '../Dockerfile.dockerignore', text: 'notes.txt' } });
    expect(loaded.isSent('notes.txt')).toBe(false);
    expect(loaded.isSent('app.log')).toBe(true);
  });
});

describe('errors Docker stops the build for', () => {
  const cases: readonly (readonly [name: string, ignore: string, message: string, line: number | undefined])[] = [
    ['a lone !', 'a\n!\n', 'invalid excludepatterns: [a !]: illegal exclusion pattern: "!"', 2],
    ['a malformed class', 'ok\n[abc', 'invalid excludepatterns: [ok [abc]: syntax error in pattern', 2],
    ['a class Go regexp rejects', 'x[z-a]*', 'failed to match excludepatterns: syntax error in pattern', 1],
    ['a line too long', 'a'.repeat(70_000), 'failed to read dockerignore patterns: failed parsing .dockerignore: bufio.Scanner: token too long', 1],
  ];
  it.each(cases)('%s', (_name, ignore, message, line) => {
    const loaded = loadBuildContext(createContext([{ path: 'a', content: 'a' }, { path: '.dockerignore', content: ignore }]));
    expect(loaded.error?.message).toBe(message);
    expect(loaded.error?.line).toBe(line);
    expect(loaded.report.sent).toEqual({ bytes: 0, files: 0 });
  });
});

describe('declared sizes and the context report', () => {
  const entries: ContextEntryInput[] = [
    { path: 'Dockerfile', content: 'FROM python:3.12-slim\nCOPY . .\n' },
    { path: 'app.py', content: 'print("hi")\n' },
    { path: '.git', kind: 'dir', size: 800_000_000, files: 2400 },
    { path: 'venv', kind: 'dir', size: 600_000_000, files: 9000 },
    ...[1, 2, 3, 4].map((i): ContextEntryInput => ({ path: `data/part-${i}.csv`, size: 100_000_000 })),
  ];

  it('without a .dockerignore everything is sent, .git first', () => {
    const loaded = loadBuildContext(createContext(entries));
    expect(loaded.ignoreFile).toBeUndefined();
    const small = 'FROM python:3.12-slim\nCOPY . .\n'.length + 'print("hi")\n'.length;
    expect(loaded.report.sent.bytes).toBe(1_800_000_000 + small);
    expect(loaded.report.sent.files).toBe(2400 + 9000 + 4 + 2);
    expect(largestTopLevel(loaded.report, 'sent', 2).map((r) => [r.path, r.sent.bytes])).toEqual([
      ['.git', 800_000_000],
      ['venv', 600_000_000],
    ]);
    expect(largestTopLevel(loaded.report, 'excluded')).toEqual([]);
  });

  it('with one, the report says what stayed behind', () => {
    const ignore = '.git\nvenv\ndata/*.csv\n';
    const loaded = loadBuildContext(createContext([...entries, { path: '.dockerignore', content: ignore }]));
    const small = 'FROM python:3.12-slim\nCOPY . .\n'.length + 'print("hi")\n'.length + ignore.length;
    expect(loaded.report.sent).toEqual({ bytes: small, files: 3 });
    expect(loaded.report.excluded).toEqual({ bytes: 1_800_000_000, files: 11_404 });
    expect(largestTopLevel(loaded.report, 'excluded').map((r) => r.path)).toEqual(['.git', 'venv', 'data']);
    const data = loaded.report.topLevel.find((r) => r.path === 'data');
    expect(data).toMatchObject({ kind: 'dir', total: { files: 4 }, sent: { bytes: 0, files: 0 } });
    expect(loaded.approximations).toEqual([]);
  });

  it('says where a pattern might split a summarised directory', () => {
    const loaded = loadBuildContext(
      createContext([...entries, { path: '.dockerignore', content: '**/*.pyc\n.git\n!.git/HEAD\nvenv/lib/*.so\nsrc/x' }]),
    );
    expect(loaded.isSent('venv')).toBe(true);
    expect(loaded.isSent('.git')).toBe(false);
    expect(loaded.approximations).toEqual([
      { path: '.git', kind: 'may-include-inside', patterns: ['!.git/HEAD'] },
      { path: 'venv', kind: 'may-exclude-inside', patterns: ['**/*.pyc', 'venv/lib/*.so'] },
    ]);
  });
});
