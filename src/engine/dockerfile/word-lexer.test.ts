/**
 * BuildKit's lexer tests (testdata/buildkit-lexer, Apache-2.0) plus its pattern and error cases.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexWord } from './word-lexer.ts';

const BACKSLASH = 0x5c;
const lines = (name: string) =>
  readFileSync(new URL(`./testdata/buildkit-lexer/${name}`, import.meta.url), 'utf8').split('\n');

function envOf(entries: readonly string[]): (name: string) => string | undefined {
  const m = new Map(entries.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
  return (name) => m.get(name);
}

describe('ProcessWord (envVarTest)', () => {
  const env = envOf(['PWD=/home', 'SHELL=bash', 'KOREAN=한국어', 'NULL=']);
  const cases = lines('envVarTest')
    .filter((l) => !l.startsWith('#') && l.trim() !== '')
    .map((l) => l.split('|').map((x) => x.trim()))
    .filter(([platform]) => platform === 'A' || platform === 'U');
  it('reads the upstream table', () => expect(cases.length).toBeGreaterThan(150));
  it.each(cases)('[%s] %s -> %s', (_p, source, expected) => {
    const r = lexWord(source!, env, { escapeToken: BACKSLASH });
    if (expected === 'error') expect(r.error).toBeDefined();
    else {
      expect(r.error).toBeUndefined();
      expect(r.value).toBe(expected);
    }
  });
});

describe('ProcessWords (wordsTest)', () => {
  const cases: { input: string; expected: string[]; env: string[] }[] = [];
  const env: string[] = [];
  for (const line of lines('wordsTest')) {
    if (line.startsWith('#') || line === '') continue;
    if (line.startsWith('ENV ')) {
      env.push(line.slice(3).replace(/^ +/, ''));
      continue;
    }
    const [input, expected] = line.split('|');
    cases.push({ input: input!.trim(), expected: expected!.replace(/^ +/, '').split(','), env: [...env] });
  }
  it.each(cases)('$input', ({ input, expected, env: e }) => {
    const r = lexWord(input, envOf(e), { escapeToken: BACKSLASH });
    expect(r.error === undefined ? r.words : ['error']).toEqual(expected);
  });
});

describe('lexer details', () => {
  const env = envOf(['VAR=plain', 'ARG=x', 'EMPTY=', 'P=/usr/local/bin/app.tar.gz']);
  it.each([
    ['${VAR:?message here$ARG}', 'plain', undefined],
    ['${EMPTY:?message here$ARG}', '', 'EMPTY: message herex'],
    ['${UNSET?message here$ARG}', '', 'UNSET: message herex'],
    ['${EMPTY?m}', '', undefined],
    ['${P##*/}', 'app.tar.gz', undefined],
    ['${P#*/}', 'usr/local/bin/app.tar.gz', undefined],
    ['${P%.*}', '/usr/local/bin/app.tar', undefined],
    ['${P%%.*}', '/usr/local/bin/app', undefined],
    ['${P/local/opt}', '/usr/opt/bin/app.tar.gz', undefined],
    ['${P//a/A}', '/usr/locAl/bin/App.tAr.gz', undefined],
    ['${VAR:+set}', 'set', undefined],
    ['${UNSET+set}', '', undefined],
    ['${VAR:=x}', '', 'unsupported modifier (:=) in substitution'],
    ['${VAR', '', "unsupported modifier (\ufffd) in substitution"],
    ['${', '', "syntax error: missing '}'"],
    ['${VAR:-', '', "syntax error: missing '}'"],
  ])('%s', (source, value, error) => {
    const r = lexWord(source, env, { escapeToken: BACKSLASH });
    expect(r.error === undefined ? undefined : r.error.replace(/^failed to process "[^"]*": /, '')).toBe(error);
    if (error === undefined) expect(r.value).toBe(value);
  });

  it('reports references with offsets, found or not, and whether they have a default', () => {
    const r = lexWord('a$VAR-${NOPE:-x}', env, { escapeToken: BACKSLASH });
    expect(r.references).toEqual([
      { name: 'VAR', start: 1, end: 5, found: true, hasDefault: false },
      { name: 'NOPE', start: 6, end: 16, found: false, hasDefault: true },
    ]);
    expect([...r.unmatched]).toEqual(['NOPE']);
  });

  it('uses the backtick escape when the Dockerfile says so', () => {
    expect(lexWord('a`$VAR', env, { escapeToken: 0x60 }).value).toBe('a$VAR');
    expect(lexWord('a\\$VAR', env, { escapeToken: 0x60 }).value).toBe('a\\plain');
  });

  it('leaves unset variables as written with skipUnsetEnv', () => {
    expect(lexWord('$A ${B} ${C:-x}', () => undefined, { escapeToken: BACKSLASH, skipUnsetEnv: true }).value).toBe('$A ${B} ${C:-x}');
  });
});
