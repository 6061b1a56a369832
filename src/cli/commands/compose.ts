/**
 * `shipshape compose [FILE]… [--env-file F]… [--profile P]… [--format text|json]` — reads compose files the way
 * `docker compose` finds them, hands them to the engine, prints the lint findings and the simulated `up`.
 * A thin adapter: every decision is the engine's.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readCommandArgs } from '../io/command-args.ts';
import { lintCompose, parseCompose, simulateUp } from '../../engine/compose/index.ts';
import type { ComposeDiagnostic, ComposeFile, ComposeFinding, ComposeModel, UpReport } from '../../engine/compose/index.ts';

const help = `Usage: shipshape compose [FILE...] [options]

Loads compose files like \`docker compose\` (merging several files, .env interpolation, the Compose
Specification's schema), lints them and simulates \`docker compose up -d\`.
FILE defaults to compose.yaml, compose.yml, docker-compose.yaml or docker-compose.yml in the current
directory (with its .override file, as Compose does); - reads standard input.

Options:
      --env-file FILE    variables for interpolation (default: .env beside the first file); repeatable
      --profile NAME     activate a profile; repeatable (default: COMPOSE_PROFILES)
  -p, --project-name N   project name (default: name: in the file, else the directory's name)
  -f, --format FORMAT    text (default) or json
  -h, --help             show this help

Exit status: 0 when the project loads and \`up\` succeeds with no error-level finding, 1 otherwise,
2 when a file cannot be read or the options are wrong.
`;

/** Larger files are refused with a message rather than read. */
const MAX_BYTES = 16 * 1024 * 1024;
const DEFAULT_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

type Read = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

function readText(path: string): Read {
  try {
    const bytes = path === '-' ? readFileSync(0) : readFileSync(path);
    if (bytes.length > MAX_BYTES) return { ok: false, message: `is ${(bytes.length / 1e6).toFixed(1)} MB; files over 16 MB are not read` };
    if (bytes.subarray(0, 8192).includes(0)) return { ok: false, message: 'looks like a binary file, not YAML' };
    const text = bytes.toString('utf8');
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    return { ok: false, message };
  }
}

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** Compose's default files: the first supported name found, plus its override file. */
function defaultFiles(dir: string): { files: string[]; warning: string | undefined } {
  const found = DEFAULT_NAMES.filter((n) => isFile(join(dir, n)));
  if (found.length === 0) return { files: [], warning: undefined };
  const main = found[0]!;
  const warning = found.length > 1 ? `Found multiple config files with supported names: ${found.map((f) => join(dir, f)).join(', ')}\nUsing ${join(dir, main)}` : undefined;
  const dot = main.lastIndexOf('.');
  const override = `${main.slice(0, dot)}.override${main.slice(dot)}`;
  return { files: [join(dir, main), ...(isFile(join(dir, override)) ? [join(dir, override)] : [])], warning };
}

function position(file: string, d: { range: { start: { line: number; column: number } } }): string {
  return `${file}:${d.range.start.line}:${d.range.start.column}`;
}

function diagnosticLine(d: ComposeDiagnostic): string {
  const extra = d.expected !== undefined ? `\n    expected ${d.expected}, found ${d.found}` : '';
  return `${position(d.file, d)} ${d.severity}: ${d.message.replace(/\n/g, '\n    ')}${extra}`;
}

function findingLine(f: ComposeFinding): string {
  return `${position(f.file, f)} ${f.code} ${f.severity}: ${f.message}`;
}

function upText(up: UpReport, model: ComposeModel): string {
  const lines: string[] = [];
  lines.push(`Simulated \`docker compose up -d\` (project ${up.projectName}):`);
  if (model.loadError) {
    lines.push(`  Compose stops before creating anything: ${model.loadError.message}`);
    return lines.join('\n');
  }
  lines.push(`  start order: ${up.startOrder.join(' -> ') || '(no services)'}`);
  for (const e of up.timeline.filter((t) => t.source === 'compose')) lines.push(`  ${e.text}`);
  lines.push('');
  lines.push('Services:');
  for (const s of up.services) lines.push(`  ${s.name.padEnd(16)} ${s.state.padEnd(12)} ${s.reason}`);
  const problems = up.connections.filter((c) => c.fails);
  if (problems.length > 0) {
    lines.push('');
    lines.push('Connections that cannot work:');
    for (const c of problems) lines.push(`  ${c.service}: ${c.message}`);
  }
  const published = up.ports.filter((p) => p.hostPort !== undefined || p.conflict);
  if (published.length > 0) {
    lines.push('');
    lines.push('Published ports:');
    for (const p of published) {
      lines.push(`  ${p.container.padEnd(24)} ${p.conflict ? `FAILED ${p.conflict}` : `${p.hostIp}:${p.hostPort} -> ${p.target}/${p.protocol}${p.exposure === 'all-interfaces' ? ' (all interfaces)' : ''}`}`);
    }
  }
  const later = up.timeline.filter((t) => t.source === 'daemon');
  if (later.length > 0) {
    lines.push('');
    lines.push(`Afterwards (first ${Math.round(up.horizonMs / 1000)} s, simulated):`);
    for (const e of later.slice(0, 40)) lines.push(`  ${(e.atMs / 1000).toFixed(1).padStart(7)} s  ${e.text}`);
    if (later.length > 40) lines.push(`  … ${later.length - 40} more events`);
  }
  if (up.deployNotes.length > 0) {
    lines.push('');
    for (const n of up.deployNotes) lines.push(`  note: ${n.service}: ${n.text}`);
  }
  if (up.assumptions.length > 0) {
    lines.push('');
    lines.push('Assumed (estimates):');
    for (const a of up.assumptions) lines.push(`  ${a}`);
  }
  lines.push('');
  lines.push(
    up.exitCode === undefined
      ? '`up` would still be waiting at the end of the simulated window.'
      : up.exitCode === 0
        ? '`up -d` exits 0.'
        : `\`up -d\` exits 1: ${up.error ?? ''}`,
  );
  return lines.join('\n');
}

export async function composeCommand(argv: readonly string[]): Promise<number> {
  const args = readCommandArgs(
    'compose',
    argv,
    {
      'env-file': { type: 'string', multiple: true },
      profile: { type: 'string', multiple: true },
      'project-name': { type: 'string', short: 'p' },
      format: { type: 'string', short: 'f', default: 'text' },
    },
    help,
  );
  if (args.exit !== undefined) return args.exit;
  const { values, positionals } = args;
  const format = values.format;
  if (format !== 'text' && format !== 'json') {
    process.stderr.write(`shipshape compose: unknown format '${format}' (use text or json)\n`);
    return 2;
  }

  let paths = [...positionals];
  if (paths.length === 0 && process.env['COMPOSE_FILE']) paths = process.env['COMPOSE_FILE'].split(process.platform === 'win32' ? ';' : ':').filter(Boolean);
  if (paths.length === 0) {
    const found = defaultFiles(process.cwd());
    if (found.warning) process.stderr.write(`WARN[0000] ${found.warning}\n`);
    paths = found.files;
  }
  if (paths.length === 0) {
    process.stderr.write(`shipshape compose: no configuration file provided: not found (looked for ${DEFAULT_NAMES.join(', ')} in ${process.cwd()})\n`);
    return 2;
  }

  const files: ComposeFile[] = [];
  for (const path of paths) {
    const read = readText(path);
    if (!read.ok) {
      process.stderr.write(`shipshape compose: ${path}: ${read.message}\n`);
      return 2;
    }
    files.push({ path: path === '-' ? join(process.cwd(), 'compose.yaml') : resolve(path), text: read.text });
  }
  const projectDir = dirname(files[0]!.path);

  // `.env` beside the first file, or the --env-file files (later ones win).
  let dotenv: ComposeFile | undefined;
  const envFiles = values['env-file'] ?? [];
  if (envFiles.length > 0) {
    const texts: string[] = [];
    for (const f of envFiles) {
      const read = readText(f);
      if (!read.ok) {
        process.stderr.write(`shipshape compose: ${f}: ${read.message}\n`);
        return 2;
      }
      texts.push(read.text);
    }
    dotenv = { path: resolve(envFiles[envFiles.length - 1]!), text: texts.join('\n') };
  } else {
    const path = join(projectDir, '.env');
    if (isFile(path)) {
      const read = readText(path);
      if (read.ok) dotenv = { path, text: read.text };
    }
  }

  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  const options = {
    env,
    projectDir,
    ...(dotenv ? { dotenv } : {}),
    ...(values.profile ? { profiles: values.profile } : {}),
    ...(values['project-name'] ? { projectName: values['project-name'] } : {}),
  };
  let { model } = parseCompose(files, options);

  // The files the project refers to (env_file, extends.file) are read and the project loaded once more with them.
  const wanted = new Set<string>();
  for (const s of model.services) for (const e of s.envFiles) wanted.add(resolve(projectDir, e.value.path));
  for (const d of model.diagnostics) {
    const m = /^cannot read (.+)$/.exec(d.message);
    if (m) wanted.add(m[1]!);
  }
  if (wanted.size > 0) {
    const context: Record<string, string> = {};
    for (const path of wanted) {
      const read = readText(path);
      if (read.ok) context[path] = read.text;
    }
    ({ model } = parseCompose(files, { ...options, context }));
  }

  const findings = lintCompose(model);
  const up = simulateUp(model);
  const shown = (f: string) => (f.startsWith(`${projectDir}/`) ? f.slice(projectDir.length + 1) : f);

  if (format === 'json') {
    process.stdout.write(
      `${JSON.stringify({
        files: model.files,
        projectName: model.projectName,
        diagnostics: model.diagnostics.map((d) => ({ ...d, file: shown(d.file) })),
        findings: findings.map((f) => ({ code: f.code, level: f.severity, line: f.range.start.line, column: f.range.start.column, file: shown(f.file), message: f.message })),
        up: {
          ok: up.ok,
          exitCode: up.exitCode,
          error: up.error,
          startOrder: up.startOrder,
          services: up.services.map((s) => ({ name: s.name, state: s.state, reason: s.reason, health: s.health, containers: s.containers })),
          ports: up.ports.map(({ loc: _loc, ...p }) => p),
          connections: up.connections.map(({ loc: _loc, ...c }) => c),
          volumes: up.volumes.map(({ usedBy, ...v }) => ({ ...v, usedBy: usedBy.map(({ loc: _loc, ...u }) => u) })),
          limits: up.limits.map(({ loc: _loc, ...l }) => l),
          timeline: up.timeline,
          assumptions: up.assumptions,
        },
      })}\n`,
    );
  } else {
    const out: string[] = [];
    const diagnostics = model.diagnostics.map((d) => ({ ...d, file: shown(d.file) }));
    if (diagnostics.length > 0) out.push(...diagnostics.map(diagnosticLine), '');
    if (findings.length > 0) out.push(...findings.map((f) => findingLine({ ...f, file: shown(f.file) })), '');
    out.push(upText(up, model));
    process.stdout.write(`${out.join('\n')}\n`);
  }
  const failing = model.loadError !== undefined || !up.ok || findings.some((f) => f.severity === 'error');
  return failing ? 1 : 0;
}
