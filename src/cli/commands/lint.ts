import { parseArgs } from 'node:util';
import { parseDockerfile } from '../../engine/dockerfile/index.ts';
import { runLint, severityRank } from '../../engine/lint/index.ts';
import type { Finding, Severity } from '../../engine/lint/index.ts';
import { readDockerfile } from '../io/read-dockerfile.ts';

const help = `Usage: shipshape lint [PATH...] [--format tty|json] [--failure-threshold LEVEL]

Lints Dockerfiles. PATH is a Dockerfile, a directory (its Dockerfile) or - for standard input;
the default is ./Dockerfile. Codes follow hadolint (DLxxxx) and Docker's build checks.

Options:
  -f, --format FORMAT            tty (default) or json (hadolint's JSON shape)
  -t, --failure-threshold LEVEL  exit 1 when a finding is at least this severe:
                                 error | warning | info (default) | style | none
  -h, --help                     show this help
`;

interface Row {
  readonly file: string;
  readonly finding: Finding;
}

/** hadolint's JSON shape: `[{code, level, line, column, file, message}]`. */
function toJson(rows: readonly Row[]): string {
  return JSON.stringify(
    rows.map(({ file, finding }) => ({
      code: finding.code,
      level: finding.severity,
      line: finding.range.start.line,
      column: finding.range.start.column,
      file,
      message: finding.message,
    })),
  );
}

function toTty(rows: readonly Row[]): string {
  return rows.map(({ file, finding }) => `${file}:${finding.range.start.line} ${finding.code} ${finding.severity}: ${finding.message}`).join('\n');
}

export async function lintCommand(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'tty' },
        'failure-threshold': { type: 'string', short: 't', default: 'info' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`shipshape lint: ${(error as Error).message}\n\n${help}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(help);
    return 0;
  }
  const format = values.format;
  if (format !== 'tty' && format !== 'json') {
    process.stderr.write(`shipshape lint: unknown format '${format}' (use tty or json)\n`);
    return 2;
  }
  const threshold = values['failure-threshold'];
  if (threshold !== 'none' && !(threshold in severityRank)) {
    process.stderr.write(`shipshape lint: unknown failure threshold '${threshold}' (use error, warning, info, style or none)\n`);
    return 2;
  }

  const rows: Row[] = [];
  let unreadable = false;
  for (const path of positionals.length > 0 ? positionals : ['Dockerfile']) {
    const read = readDockerfile(path);
    if (!read.ok) {
      process.stderr.write(`shipshape lint: ${read.path}: ${read.message}\n`);
      unreadable = true;
      continue;
    }
    for (const finding of runLint(parseDockerfile(read.text))) rows.push({ file: read.path, finding });
  }

  const output = format === 'json' ? toJson(rows) : toTty(rows);
  if (output) process.stdout.write(`${output}\n`);
  if (unreadable) return 2;
  const failing =
    threshold !== 'none' && rows.some(({ finding }) => severityRank[finding.severity] <= severityRank[threshold as Severity]);
  return failing ? 1 : 0;
}
