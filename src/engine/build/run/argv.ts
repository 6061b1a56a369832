/**
 * getopt-style reading of an expanded argv: `-qy` clusters, `--opt=value`, `-o value` / `--opt value`
 * for the options that take a value, `--` ends the options.
 */

export interface ParsedArgv {
  /** Option name with its dashes (`-y`, `--no-install-recommends`) -> last value (`''` for a switch). */
  readonly options: ReadonlyMap<string, string>;
  /** Every value given to an option that may repeat (`-r a -r b`). */
  readonly all: ReadonlyMap<string, readonly string[]>;
  readonly positionals: readonly string[];
}

export function parseArgv(args: readonly string[], withValue: readonly string[] = []): ParsedArgv {
  const options = new Map<string, string>();
  const all = new Map<string, string[]>();
  const positionals: string[] = [];
  const set = (name: string, value: string): void => {
    options.set(name, value);
    const list = all.get(name) ?? [];
    list.push(value);
    all.set(name, list);
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      if (eq > 0) set(a.slice(0, eq), a.slice(eq + 1));
      else if (withValue.includes(a) && i + 1 < args.length) set(a, args[++i] as string);
      else set(a, '');
      continue;
    }
    if (a.startsWith('-') && a.length > 1 && !/^-\d/.test(a)) {
      for (let j = 1; j < a.length; j++) {
        const flag = `-${a[j]}`;
        if (withValue.includes(flag)) {
          const rest = a.slice(j + 1);
          if (rest !== '') set(flag, rest);
          else if (i + 1 < args.length) set(flag, args[++i] as string);
          else set(flag, '');
          break;
        }
        set(flag, '');
      }
      continue;
    }
    positionals.push(a);
  }
  return { options, all, positionals };
}

export function has(parsed: ParsedArgv, ...names: string[]): boolean {
  return names.some((n) => parsed.options.has(n));
}

export function value(parsed: ParsedArgv, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = parsed.options.get(n);
    if (v !== undefined) return v;
  }
  return undefined;
}

export function values(parsed: ParsedArgv, ...names: string[]): string[] {
  return names.flatMap((n) => parsed.all.get(n) ?? []);
}
