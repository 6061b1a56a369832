import { describe, expect, test } from 'vitest';
import { BUILD, RUN, STOP } from './docker-cli.ts';
import { parseFlags } from './flags.ts';
import type { FlagSpec } from './flags.ts';

const summary = (argv: string[], specs: readonly FlagSpec[], interspersed: boolean) => {
  const parsed = parseFlags(argv, specs, interspersed);
  if (!parsed.ok) return parsed.error;
  const v = parsed.values;
  return { bools: [...v.bools].sort(), strings: Object.fromEntries(v.strings), ints: Object.fromEntries(v.ints), lists: Object.fromEntries(v.lists), args: parsed.args };
};

describe('parseFlags (pflag behaviour and texts)', () => {
  test.each([
    [['-t', 'app', '.'], BUILD, { bools: [], strings: {}, ints: {}, lists: { tag: ['app'] }, args: ['.'] }],
    [['--tag=app:1', '-tapp:2', '.', '--no-cache'], BUILD, { bools: ['no-cache'], strings: {}, ints: {}, lists: { tag: ['app:1', 'app:2'] }, args: ['.'] }],
    [['--build-arg', 'V=1', '--build-arg=W=2', '--target', 'runtime', '.'], BUILD, { bools: [], strings: { target: 'runtime' }, ints: {}, lists: { 'build-arg': ['V=1', 'W=2'] }, args: ['.'] }],
    [['-it', '--rm', 'app', 'sh', '-c', 'ls -l'], RUN, { bools: ['interactive', 'rm', 'tty'], strings: {}, ints: {}, lists: {}, args: ['app', 'sh', '-c', 'ls -l'] }],
    [['-d', '-p', '8080:8000', '--stop-timeout', '3', 'app'], RUN, { bools: ['detach'], strings: {}, ints: { 'stop-timeout': 3 }, lists: { publish: ['8080:8000'] }, args: ['app'] }],
    [['-t', '2', 'web', '--', '-weird-name'], STOP, { bools: [], strings: {}, ints: { timeout: 2 }, lists: {}, args: ['web', '-weird-name'] }],
    [['--rm=false', 'app'], RUN, { bools: [], strings: {}, ints: {}, lists: {}, args: ['app'] }],
  ])('%j', (argv, spec, expected) => {
    expect(summary(argv, spec.flags, spec.interspersed)).toEqual(expected);
  });

  test.each([
    [['--frob', '.'], BUILD, 'unknown flag: --frob'],
    [['-z', '.'], BUILD, "unknown shorthand flag: 'z' in -z"],
    [['-itz', 'app'], RUN, "unknown shorthand flag: 'z' in -itz"],
    [['--tag'], BUILD, 'flag needs an argument: --tag'],
    [['.', '-t'], BUILD, "flag needs an argument: 't' in -t"],
    [['-t', 'soon', 'web'], STOP, 'invalid argument "soon" for "-t, --timeout" flag: strconv.ParseInt: parsing "soon": invalid syntax'],
    [['--rm=maybe', 'app'], RUN, 'invalid argument "maybe" for "--rm" flag: strconv.ParseBool: parsing "maybe": invalid syntax'],
  ])('%j fails: %s', (argv, spec, message) => {
    expect(summary(argv, spec.flags, spec.interspersed)).toBe(message);
  });
});
