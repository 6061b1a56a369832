/**
 * Helpers that read a command's flags the way programs do.
 */
import { describe, expect, it } from 'vitest';
import type { ArgSpec } from './index.ts';
import { commandName, commandsNamed, flagValue, hasFlag, parseCommandArgs, parseShell, positionalArgs } from './index.ts';

const first = (text: string) => parseShell(text).commands[0]!;

describe('commandsNamed', () => {
  it('finds commands by name, also when called by path, in any position', () => {
    const s = parseShell('apt-get update && /usr/bin/apt-get install -y x; (apt-get clean) | cat; echo apt-get');
    expect(commandsNamed(s, 'apt-get').map((c) => c.args[0]?.value)).toEqual(['update', 'install', 'clean']);
    expect(commandsNamed(s, 'apt-get', 'cat').length).toBe(4);
    expect(commandName(s.commands[1]!)).toBe('/usr/bin/apt-get');
    expect(commandName(s.commands[1]!, true)).toBe('apt-get');
  });
  it('ignores commands whose name is not static', () => {
    expect(commandsNamed(parseShell('$APT install x'), 'apt-get')).toEqual([]);
  });
});

describe('hasFlag', () => {
  it.each([
    ['apt-get install -y curl', ['-y', '--yes'], true],
    ['apt-get install -qy curl', ['-y'], true],
    ['apt-get install --yes curl', ['-y', '--yes', '--assume-yes'], true],
    ['apt-get install --assume-yes=true curl', ['--assume-yes'], true],
    ['apt-get install curl', ['-y', '--yes'], false],
    ['apt-get install -- -y', ['-y'], false],
    ['apt-get install "-y" curl', ['-y'], true],
    ['apt-get install $FLAGS curl', ['-y'], false],
    ['pip install --no-cache-dir x', ['--no-cache-dir'], true],
  ])('%s has %j: %s', (text, flags, expected) => {
    expect(hasFlag(first(text), ...flags)).toBe(expected);
  });
  it('does not read into a flag value when the spec says the flag takes one', () => {
    const cmd = first('apt-get -oDebug::pkgProblemResolver=yes install x');
    expect(hasFlag(cmd, '-y')).toBe(true); // without a spec, -oDebug... is a cluster
    expect(hasFlag(cmd, { withValue: ['-o'] }, '-y')).toBe(false);
  });
});

describe('parseCommandArgs', () => {
  const spec: ArgSpec = { withValue: ['-t', '--target-release', '-o'] };
  it('splits flags, values and positionals', () => {
    const parsed = parseCommandArgs(first('apt-get install -qq -t bookworm-backports --target-release=x -o Dpkg::Options::=--force-confold curl=7.* -- -weird'), spec);
    expect(parsed.flags.map((f) => [f.name, f.value])).toEqual([
      ['-q', undefined], ['-q', undefined], ['-t', 'bookworm-backports'], ['--target-release', 'x'], ['-o', 'Dpkg::Options::=--force-confold'],
    ]);
    expect(parsed.positionals.map((p) => p.value)).toEqual(['install', 'curl=7.*', '-weird']);
  });
  it('reads a value glued to a short flag', () => {
    expect(flagValue(first('useradd -u1000 -g 1000 app'), ['-u'], { withValue: ['-u', '-g'] })).toBe('1000');
    expect(positionalArgs(first('useradd -u1000 -g 1000 app'), { withValue: ['-u', '-g'] }).map((p) => p.value)).toEqual(['app']);
  });
});
