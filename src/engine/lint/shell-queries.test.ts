import { describe, expect, test } from 'vitest';
import { parseShell } from '../shell/index.ts';
import { commandName, countFlag, flagNames, flagValues, hasAnyFlag, operands, wordText } from './shell-queries.ts';

const first = (text: string) => parseShell(text).commands[0]!;

describe('shell queries', () => {
  const names: [string, string[]][] = [
    ['-y', ['y']],
    ['-qy', ['q', 'y']],
    ['--yes', ['yes']],
    ['--progress=dot:giga', ['progress']],
    ['--', []],
    ['-', []],
    ['curl', []],
  ];
  test.each(names)('flagNames(%j)', (text, expected) => {
    expect(flagNames(text)).toEqual(expected);
  });

  test('flags, operands and flag values of a command', () => {
    const cmd = first('/usr/bin/apt-get -qq -t bookworm-backports install "curl" ${PKG}');
    expect(commandName(cmd)).toBe('apt-get');
    expect(countFlag(cmd, 'q')).toBe(2);
    expect(hasAnyFlag(cmd, 'y', 't')).toBe(true);
    expect(operands(cmd, ['t']).map(wordText)).toEqual(['install', 'curl', '${PKG}']);
    expect(operands(cmd).map(wordText)).toEqual(['bookworm-backports', 'install', 'curl', '${PKG}']);
    expect(flagValues(first('useradd --uid=123456 -u 7 app'), 'uid')).toEqual(['123456']);
    expect(flagValues(first('useradd --uid=123456 -u 7 app'), 'u')).toEqual(['7']);
  });
});
