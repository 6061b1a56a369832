/**
 * `shipshape parse [--format json|buildkit] FILE`: prints a Dockerfile's syntax tree as JSON, or
 * BuildKit's own parser dump (what moby/buildkit's `dumper` prints: one `(instruction "args")`
 * line per instruction). FILE may be a directory (its Dockerfile) or `-` for standard input.
 *
 * Exit codes: 0 parsed without errors; 1 the Dockerfile has errors (still printed: the tree holds
 * them, or for `buildkit` the parser errors go to stderr as BuildKit would refuse the file);
 * 2 usage error or unreadable file (missing, binary, too large).
 */
import { readCommandArgs } from '../io/command-args.ts';
import { dumpBuildkit, parseDockerfile } from '../../engine/dockerfile/index.ts';
import type { Diagnostic } from '../../engine/dockerfile/index.ts';
import { readDockerfile } from '../io/read-dockerfile.ts';

const help = `Usage: shipshape parse [--format json|buildkit] FILE

Prints the syntax tree of a Dockerfile. FILE is a Dockerfile, a directory (its Dockerfile)
or - for standard input.

Options:
  -f, --format FORMAT  json (default): the whole tree, with ranges and errors
                       buildkit: BuildKit's parser dump, one (instruction "args") line each
  -h, --help           show this help

Exit status: 0 no errors, 1 the Dockerfile has errors, 2 usage or file problem.
`;

function describe(path: string, d: Diagnostic): string {
  return `${path}:${d.line}:${d.range.start.column}: ${d.severity}: ${d.message}`;
}

export async function parseCommand(argv: readonly string[]): Promise<number> {
  const args = readCommandArgs(
    'parse',
    argv,
    {
      format: { type: 'string', short: 'f', default: 'json' },
    },
    help,
  );
  if (args.exit !== undefined) return args.exit;
  const { values, positionals } = args;
  const format = values.format;
  if (format !== 'json' && format !== 'buildkit') {
    process.stderr.write(`shipshape parse: unknown format '${format}' (use json or buildkit)\n`);
    return 2;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`shipshape parse: expected one FILE, got ${positionals.length}\n\n${help}`);
    return 2;
  }

  const read = readDockerfile(positionals[0]!);
  if (!read.ok) {
    process.stderr.write(`shipshape parse: ${read.path}: ${read.message}\n`);
    return 2;
  }
  const result = parseDockerfile(read.text);

  if (format === 'buildkit') {
    // BuildKit's parser alone rejects only what its parser checks; the instruction-level errors
    // come later in a build, so they do not stop the dump.
    const parserErrors = result.errors.filter((e) => e.phase === 'parse');
    if (parserErrors.length > 0) {
      process.stderr.write(parserErrors.map((e) => `shipshape parse: ${describe(read.path, e)}\n`).join(''));
      return 1;
    }
    process.stdout.write(dumpBuildkit(result));
    return 0;
  }

  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  for (const d of result.diagnostics) process.stderr.write(`shipshape parse: ${describe(read.path, d)}\n`);
  return result.errors.length > 0 ? 1 : 0;
}
