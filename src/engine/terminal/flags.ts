/**
 * Flag parsing as the Docker CLI does it (spf13/pflag under cobra): `--name value`, `--name=value`, `-t value`,
 * `-tvalue`, grouped booleans `-it`, `--` ending the flags, and — for `docker run`, which turns interspersing
 * off — flags only before the first argument. Error texts are pflag's (vendor/github.com/spf13/pflag/errors.go):
 * `unknown flag: --frob`, `unknown shorthand flag: 'z' in -z`, `flag needs an argument: --tag`,
 * `invalid argument "x" for "-t, --timeout" flag: strconv.ParseInt: parsing "x": invalid syntax`.
 */

export type FlagType = 'bool' | 'string' | 'int' | 'list';

export interface FlagSpec {
  readonly long: string;
  readonly short?: string;
  readonly type: FlagType;
  readonly description: string;
  /** Shown in help as the value's name (`string`, `list`, `int`). */
  readonly value?: string;
}

export interface FlagValues {
  readonly bools: ReadonlySet<string>;
  readonly strings: ReadonlyMap<string, string>;
  readonly ints: ReadonlyMap<string, number>;
  readonly lists: ReadonlyMap<string, readonly string[]>;
}

export type FlagParse =
  | { readonly ok: true; readonly values: FlagValues; readonly args: readonly string[] }
  | { readonly ok: false; readonly error: string };

const goQuoteChar = (c: string): string => (c === "'" ? "'\\''" : `'${c}'`);

function flagName(spec: FlagSpec): string {
  return spec.short ? `-${spec.short}, --${spec.long}` : `--${spec.long}`;
}

export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[], interspersed: boolean): FlagParse {
  const bools = new Set<string>();
  const strings = new Map<string, string>();
  const ints = new Map<string, number>();
  const lists = new Map<string, string[]>();
  const args: string[] = [];

  const set = (spec: FlagSpec, value: string | undefined): string | undefined => {
    switch (spec.type) {
      case 'bool': {
        if (value === undefined || value === 'true' || value === '1' || value === 't' || value === 'T' || value === 'TRUE' || value === 'True') bools.add(spec.long);
        else if (['false', '0', 'f', 'F', 'FALSE', 'False'].includes(value)) bools.delete(spec.long);
        else return `invalid argument ${JSON.stringify(value)} for ${JSON.stringify(flagName(spec))} flag: strconv.ParseBool: parsing ${JSON.stringify(value)}: invalid syntax`;
        return undefined;
      }
      case 'int': {
        const v = value ?? '';
        if (!/^[+-]?\d+$/.test(v)) return `invalid argument ${JSON.stringify(v)} for ${JSON.stringify(flagName(spec))} flag: strconv.ParseInt: parsing ${JSON.stringify(v)}: invalid syntax`;
        ints.set(spec.long, Number(v));
        return undefined;
      }
      case 'list':
        lists.set(spec.long, [...(lists.get(spec.long) ?? []), value ?? '']);
        return undefined;
      case 'string':
        strings.set(spec.long, value ?? '');
        return undefined;
    }
  };

  let i = 0;
  while (i < argv.length) {
    const arg = argv[i]!;
    i++;
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      args.push(arg);
      if (!interspersed) {
        args.push(...argv.slice(i));
        break;
      }
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      const spec = specs.find((s) => s.long === name);
      if (!spec) return { ok: false, error: `unknown flag: --${name}` };
      let value: string | undefined = eq < 0 ? undefined : arg.slice(eq + 1);
      if (value === undefined && spec.type !== 'bool') {
        if (i >= argv.length) return { ok: false, error: `flag needs an argument: --${name}` };
        value = argv[i]!;
        i++;
      }
      const error = set(spec, value);
      if (error) return { ok: false, error };
      continue;
    }
    // A group of shorthands: -it, -tapp, -t app, -p=8080:80.
    const shorthands = arg.slice(1);
    for (let k = 0; k < shorthands.length; k++) {
      const c = shorthands[k]!;
      const spec = specs.find((s) => s.short === c);
      if (!spec) return { ok: false, error: `unknown shorthand flag: ${goQuoteChar(c)} in -${shorthands}` };
      if (spec.type === 'bool') {
        const rest = shorthands.slice(k + 1);
        if (rest.startsWith('=')) {
          const error = set(spec, rest.slice(1));
          if (error) return { ok: false, error };
          break;
        }
        set(spec, undefined);
        continue;
      }
      let value = shorthands.slice(k + 1);
      if (value.startsWith('=')) value = value.slice(1);
      else if (value === '') {
        if (i >= argv.length) return { ok: false, error: `flag needs an argument: ${goQuoteChar(c)} in -${shorthands}` };
        value = argv[i]!;
        i++;
      }
      const error = set(spec, value);
      if (error) return { ok: false, error };
      break;
    }
  }
  return { ok: true, values: { bools, strings, ints, lists }, args };
}
