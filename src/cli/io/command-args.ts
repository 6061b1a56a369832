import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * What every `shipshape <verb>` does first: read its options (positionals allowed, `-h/--help` added), print its
 * help for `--help` (exit 0), or a one-line usage error followed by the help (exit 2). Returns the parsed values,
 * or the exit code when the command is already over.
 */
export function readCommandArgs<const T extends Options>(verb: string, argv: readonly string[], options: T, help: string) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { ...options, help: { type: 'boolean', short: 'h' } } as T & { help: { type: 'boolean'; short: 'h' } },
    });
  } catch (error) {
    process.stderr.write(`shipshape ${verb}: ${(error as Error).message}\n\n${help}`);
    return { exit: 2 } as const;
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(help);
    return { exit: 0 } as const;
  }
  return { exit: undefined, values: parsed.values, positionals: parsed.positionals } as const;
}
