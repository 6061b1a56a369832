/**
 * `shipshape lint`: reads Dockerfiles (and, for directories, their .dockerignore), runs the engine's linter and
 * prints the findings in hadolint's formats or SARIF. Exit status follows hadolint: 1 when a finding reaches
 * the failure threshold (default: info), 0 otherwise; 2 for usage errors and unreadable inputs.
 */
import { readFileSync } from 'node:fs';
import { readCommandArgs } from '../io/command-args.ts';
import { parseDockerfile } from '../../engine/dockerfile/index.ts';
import { lintDockerfile, mergeConfigs, severityRank } from '../../engine/lint/index.ts';
import type { FailureThreshold, LintConfig, Severity } from '../../engine/lint/index.ts';
import { readDockerfile } from '../io/read-dockerfile.ts';
import { contextIgnoreMatcher, findIgnoreFile } from '../io/context-ignore.ts';
import { analyze } from '../../engine/index.ts';
import type { Finding } from '../../engine/index.ts';
import { readContext } from '../io/read-context.ts';
import { isDirectory, loadConfig } from './lint-inputs.ts';
import type { Format, LintRow } from './lint-formats.ts';
import { formatCheckstyle, formatGnu, formatJson, formatSarif, formats, formatTty, rowsOf } from './lint-formats.ts';

const VERSION = '0.1.0';

const help = `Usage: shipshape lint [PATH...] [options]

Lints Dockerfiles. Each PATH is a Dockerfile, a directory (its Dockerfile and build context: the
context is built and run in the simulation, so every rule can speak) or - for standard input; the
default is ./Dockerfile.
Findings carry hadolint's codes (DLxxxx), Docker's build-check names (JSONArgsRecommended ...)
or our own rule ids; a problem both tools know is printed under each code.

Options:
  -f, --format FORMAT            tty (default), json (hadolint's shape), sarif, checkstyle or gnu
      --ignore CODE              do not report CODE (a DL code, a build-check name or a rule id); repeatable
  -c, --config FILE              hadolint-style YAML config (default: ./.hadolint.yaml or
                                 $XDG_CONFIG_HOME/hadolint.yaml): ignored, override, trustedRegistries,
                                 label-schema, strict-labels, disable-ignore-pragma, failure-threshold
  -t, --failure-threshold LEVEL  exit 1 when a finding is at least this severe:
                                 error | warning | info (default) | style | none
      --no-fail                  always exit 0 when the files could be read
      --no-simulate              for a directory, lint the Dockerfile alone: do not build and run the
                                 context in the simulation (the rules that need the image stay silent)
  -h, --help                     show this help

Ignore findings in the Dockerfile with '# hadolint ignore=DL3008' on the line above an instruction,
'# hadolint global ignore=...', or Docker's '# check=skip=JSONArgsRecommended'.
`;

interface Problem {
  readonly path: string;
  readonly message: string;
}

function render(format: Format, rows: readonly LintRow[], files: readonly string[], colour: boolean): string {
  switch (format) {
    case 'json':
      return formatJson(rows);
    case 'sarif':
      return formatSarif(rows, VERSION);
    case 'checkstyle':
      return formatCheckstyle(rows, files);
    case 'gnu':
      return formatGnu(rows);
    case 'tty':
      return formatTty(rows, colour);
  }
}

type Simulated = { readonly ok: true; readonly findings: readonly Finding[] } | { readonly ok: false; readonly message: string };

/** Reads the directory as `shipshape build` does and lets the engine build, run and lint it. */
async function simulatedFindings(dir: string, dockerfile: string, config: LintConfig): Promise<Simulated> {
  const ignore = contextIgnoreMatcher(dir);
  if (!ignore.ok) return ignore;
  const context = await readContext(dir, ignore.matcher);
  if (!context.ok) return context;
  return { ok: true, findings: analyze({ dockerfile, context: context.entries, lintConfig: config }).findings };
}

export async function lintCommand(argv: readonly string[]): Promise<number> {
  const args = readCommandArgs(
    'lint',
    argv,
    {
      format: { type: 'string', short: 'f', default: 'tty' },
      ignore: { type: 'string', multiple: true, default: [] },
      config: { type: 'string', short: 'c' },
      'failure-threshold': { type: 'string', short: 't' },
      'no-fail': { type: 'boolean', default: false },
      'no-simulate': { type: 'boolean', default: false },
    },
    help,
  );
  if (args.exit !== undefined) return args.exit;
  const { values, positionals } = args;
  const format = values.format as Format;
  if (!formats.includes(format)) {
    process.stderr.write(`shipshape lint: unknown format '${values.format}' (use ${formats.join(', ')})\n`);
    return 2;
  }
  const thresholdFlag = values['failure-threshold'];
  if (thresholdFlag !== undefined && thresholdFlag !== 'none' && !(thresholdFlag in severityRank)) {
    process.stderr.write(`shipshape lint: unknown failure threshold '${thresholdFlag}' (use error, warning, info, style or none)\n`);
    return 2;
  }

  const loaded = loadConfig(values.config);
  if (!loaded.ok) {
    process.stderr.write(`shipshape lint: config ${loaded.path}: ${loaded.message}\n`);
    return 2;
  }
  for (const warning of loaded.warnings) process.stderr.write(`shipshape lint: config ${loaded.path}: ${warning} (ignored)\n`);
  const config: LintConfig = mergeConfigs(loaded.config, { ignored: values.ignore ?? [] });
  const threshold: FailureThreshold = (thresholdFlag as FailureThreshold | undefined) ?? config.failureThreshold ?? 'info';

  const rows: LintRow[] = [];
  const files: string[] = [];
  const problems: Problem[] = [];
  let stdin: string | undefined;
  for (const path of positionals.length > 0 ? positionals : ['Dockerfile']) {
    // Standard input is read once, even if `-` is given twice.
    const read = readDockerfile(path, () => (stdin ??= readStdin()));
    if (!read.ok) {
      problems.push({ path: read.path, message: read.message });
      continue;
    }
    const tree = parseDockerfile(read.text);
    const directory = path !== '-' && isDirectory(path);
    let findings: readonly Finding[];
    if (directory && !values['no-simulate']) {
      // A directory is a build context: build and run it in the simulation, so the rules that need the image
      // (files deleted in a later layer, running as root, a shell that swallows SIGTERM ...) have their say.
      const simulated = await simulatedFindings(path, read.text, config);
      if (!simulated.ok) {
        problems.push({ path, message: simulated.message });
        continue;
      }
      findings = simulated.findings;
    } else {
      const dockerignore = directory ? findIgnoreFile(path)?.text : undefined;
      findings = lintDockerfile(tree, { config, ...(dockerignore !== undefined && { dockerignore }) }).findings;
    }
    files.push(read.path);
    rows.push(...rowsOf(read.path, tree, findings));
  }

  const output = render(format, rows, files, format === 'tty' && process.stdout.isTTY === true && !process.env.NO_COLOR);
  if (output) process.stdout.write(`${output}\n`);
  for (const p of problems) process.stderr.write(`shipshape lint: ${p.path}: ${p.message}\n`);
  if (problems.length > 0) return 2;
  if (values['no-fail'] || config.noFail) return 0;
  const failing = threshold !== 'none' && rows.some((r) => severityRank[r.level] <= severityRank[threshold as Severity]);
  return failing ? 1 : 0;
}

/** Standard input as text; an unreadable or closed stdin reads as empty. */
function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}
