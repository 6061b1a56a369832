import { describe, expect, test } from 'vitest';
import { checkOptionsFromComments, noCheckOptions, parseCheckOptions, parseHadolintPragma } from './pragmas.ts';

describe('parseHadolintPragma', () => {
  const cases: [string, unknown][] = [
    [' hadolint ignore=DL3008', { scope: 'next-line', codes: ['DL3008'] }],
    [' hadolint ignore=DL3008,SC2086', { scope: 'next-line', codes: ['DL3008', 'SC2086'] }],
    [' hadolint global ignore = DL3023 , DL3021', { scope: 'global', codes: ['DL3023', 'DL3021'] }],
    [' hadolint stage ignore=DL3011', { scope: 'stage', codes: ['DL3011'] }],
    [' hadolint ignore=DL3002 # because', { scope: 'next-line', codes: ['DL3002'] }],
    [' hadolint ignore=crazy,DL3002', undefined],
    [' hadolint shell=powershell', undefined],
    [' just a comment', undefined],
  ];
  test.each(cases)('%j', (text, expected) => {
    expect(parseHadolintPragma(text)).toEqual(expected);
  });
});

describe('parseCheckOptions', () => {
  const cases: [string, unknown][] = [
    ['', noCheckOptions],
    ['skip=all', { ...noCheckOptions, skipAll: true }],
    ['skip=A, B;error=true', { ...noCheckOptions, skip: ['A', 'B'], error: true }],
    ['experimental=all;error=1', { ...noCheckOptions, experimentalAll: true, error: true }],
    ['error=maybe', undefined],
    ['skip', undefined],
    ['colour=red', undefined],
  ];
  test.each(cases)('%j', (value, expected) => {
    expect(parseCheckOptions(value)).toEqual(expected);
  });

  test('a check comment adds skips; text after the first space is a remark', () => {
    const merged = checkOptionsFromComments({ ...noCheckOptions, skip: ['A'], error: true }, ['some note', 'check=skip=B // why']);
    expect(merged).toEqual({ ...noCheckOptions, skip: ['A', 'B'], error: true });
  });
});
