/**
 * Reading a simple command's arguments the way the programs do: `-qy` is `-q -y`, `--opt=value`,
 * `--` ends the options. Used by lint rules and the build (apt-get -y, pip --no-cache-dir ...).
 */
import type { ArgSpec, ParsedArgs, ParsedFlag, ShellScript, ShellWord, SimpleCommand } from './types.ts';

/** The command's static name, or its last path segment when `basename` (`/usr/bin/apt-get` -> `apt-get`). */
export function commandName(cmd: SimpleCommand, basename = false): string | undefined {
  const v = cmd.name?.value;
  if (v === undefined || !basename) return v;
  return v.slice(v.lastIndexOf('/') + 1);
}

/** Simple commands whose static name, or its last path segment, is one of `names`. */
export function commandsNamed(script: ShellScript, ...names: string[]): SimpleCommand[] {
  return script.commands.filter((c) => {
    const n = commandName(c, true);
    return n !== undefined && names.includes(n);
  });
}

/** The static values of the arguments (`undefined` for a word with an expansion). */
export function argValues(cmd: SimpleCommand): (string | undefined)[] {
  return cmd.args.map((a) => a.value);
}

/**
 * Splits arguments into flags and positionals. A word starting with `-` (not `-` alone) is a flag;
 * a single-dash word is a cluster of one-letter flags unless its first letter is listed in
 * `spec.withValue` (then the rest of the word is that flag's value, or the next word is).
 * `--name=value` carries its value; `--name` takes the next word when listed in `withValue`.
 * Words whose value is not static count as positionals.
 */
export function parseCommandArgs(cmd: SimpleCommand, spec?: ArgSpec): ParsedArgs {
  const withValue = spec?.withValue ?? [];
  const flags: ParsedFlag[] = [];
  const positionals: ShellWord[] = [];
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const v = word.value;
    if (v === undefined || v.length < 2 || v[0] !== '-') {
      positionals.push(word);
      continue;
    }
    if (v === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      const name = eq < 0 ? v : v.slice(0, eq);
      let value = eq < 0 ? undefined : v.slice(eq + 1);
      if (value === undefined && withValue.includes(name) && i + 1 < args.length) value = args[++i]!.value;
      flags.push({ name, value, word });
      continue;
    }
    for (let k = 1; k < v.length; k++) {
      const name = '-' + v[k];
      if (withValue.includes(name)) {
        let value: string | undefined = v.slice(k + 1);
        if (value === '') value = i + 1 < args.length ? args[++i]!.value : undefined;
        flags.push({ name, value, word });
        break;
      }
      flags.push({ name, value: undefined, word });
    }
  }
  return { flags, positionals };
}

/** True when the command has one of the flags (`hasFlag(cmd, '-y', '--yes', '--assume-yes')`; `-qy` has `-y`). */
export function hasFlag(cmd: SimpleCommand, ...names: string[]): boolean;
export function hasFlag(cmd: SimpleCommand, spec: ArgSpec, ...names: string[]): boolean;
export function hasFlag(cmd: SimpleCommand, first: string | ArgSpec, ...rest: string[]): boolean {
  const spec = typeof first === 'string' ? undefined : first;
  const names = typeof first === 'string' ? [first, ...rest] : rest;
  return parseCommandArgs(cmd, spec).flags.some((f) => names.includes(f.name));
}

/** Value of the last of the given flags (`--target=x`, `-t x` when `-t` is in `spec.withValue`). */
export function flagValue(cmd: SimpleCommand, names: readonly string[], spec?: ArgSpec): string | undefined {
  let value: string | undefined;
  for (const f of parseCommandArgs(cmd, spec).flags) if (names.includes(f.name)) value = f.value;
  return value;
}

/** Positional arguments (flags and their values removed): `apt-get install -y curl` -> install, curl. */
export function positionalArgs(cmd: SimpleCommand, spec?: ArgSpec): ShellWord[] {
  return [...parseCommandArgs(cmd, spec).positionals];
}
