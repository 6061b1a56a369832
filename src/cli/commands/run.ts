/**
 * `shipshape run [DIR] [ARG…] [-f FILE] [--target T] [--build-arg K=V]… [--cache-dir D] [--init] [--user U]
 *  [--stop] [--stop-timeout N] [--stop-signal S] [--memory M] [--platform P] [--format text|json]`
 *
 * Builds DIR as `shipshape build` does (same context reading, same on-disk build cache), then simulates
 * `docker run` of the image — and with --stop, `docker stop`. ARGs after DIR replace the image's CMD, as in
 * `docker run IMAGE ARG…`. When the build fails, its error is printed instead (JSON: the build's shape).
 *
 * Exit status: 0 the container starts (and keeps running or ends with 0); 1 the build fails, or the container
 * does not start, exits with an error or is OOM-killed; 2 usage or input problem.
 */
import { readCommandArgs } from '../io/command-args.ts';
import type { BuildResult } from '../../engine/build/index.ts';
import { parseMemory, parseSignal, simulateRun } from '../../engine/run/index.ts';
import type { ProcessNode, RunOptions, RunReport } from '../../engine/run/index.ts';
import { buildArgsFrom, buildProject, readProject } from '../io/project.ts';

const help = `Usage: shipshape run [DIR] [ARG...] [options]

Builds DIR (default: .) like \`shipshape build\`, then simulates \`docker run\` of the image: the command,
the user, whether it starts (Docker's error if not), PID 1 and the process tree, the health check, the
memory limit and what root could reach. With --stop it also simulates \`docker stop\`. ARGs after DIR
replace the image's CMD (put them after -- when they start with a dash). Nothing runs for real.

Build options:
  -f, --file FILE            the Dockerfile (default: DIR/Dockerfile)
      --target STAGE         build this stage
      --build-arg K=V        a build argument (repeatable)
      --cache-dir DIR        where the simulated build cache is kept (shared with shipshape build)
      --platform P           build for this platform (docker build --platform), e.g. linux/arm64

Run options:
      --entrypoint CMD       replace the image's ENTRYPOINT (and drop its CMD)
  -u, --user U               run as U (name, uid, uid:gid)
  -e, --env K=V              set an environment variable (repeatable)
  -v, --volume SRC:DST       a mount (only used to spot a mounted Docker socket)
      --init                 run Docker's tini (docker-init) as PID 1
  -m, --memory M             memory limit (250m, 1g)
      --app-memory M         the app's peak memory, when you know it (otherwise estimated)
      --host-platform P      the host the container runs on (default linux/amd64)
      --crash-background-child  let the first background process crash
      --stop                 also simulate docker stop
      --stop-timeout N       seconds docker stop waits before SIGKILL (default 10; -1 forever)
      --stop-signal S        the stop signal (overrides STOPSIGNAL)
      --format FORMAT        text (default) or json
  -h, --help                 show this help

Exit status: 0 the container starts; 1 the build fails or the container does not start, exits with an
error or is OOM-killed; 2 usage or input problem.
`;

function buildErrorJson(r: BuildResult): string {
  return JSON.stringify(
    {
      ok: false,
      ...(r.error !== undefined ? { error: { line: r.error.line, message: r.error.message, output: r.error.output, explanation: r.error.explanation } } : {}),
      steps: r.steps.map((s) => ({ stage: s.stage, line: s.line, instruction: s.instruction, status: s.status, seconds: s.seconds, ...(s.reason !== undefined ? { reason: s.reason } : {}) })),
      stages: r.stages,
      totalSeconds: r.totalSeconds,
    },
    null,
    2,
  );
}

function processLines(node: ProcessNode, prefix = '', last = true, top = true): string[] {
  const branch = top ? '' : last ? '└─ ' : '├─ ';
  const state = node.state === 'running' ? '' : ` <${node.state}${node.exitCode === undefined ? '' : ` ${node.exitCode}`}>`;
  const tags = [node.role, node.background ? 'background' : undefined].filter((t) => t !== undefined).join(', ');
  const line = `${prefix}${branch}PID ${node.pid}  ${node.argv.join(' ')}  (${tags})${state}${node.note !== undefined ? ` — ${node.note}` : ''}`;
  const childPrefix = top ? prefix : `${prefix}${last ? '   ' : '│  '}`;
  return [line, ...node.children.flatMap((c, i) => processLines(c, childPrefix, i === node.children.length - 1, false))];
}

function toText(r: RunReport): string {
  const out: string[] = [];
  for (const w of r.warnings) out.push(w);
  out.push(`Command: ${JSON.stringify(r.command.argv)}`);
  for (const n of r.command.notes) out.push(`  ${n}`);
  out.push(`User: ${r.user.name ?? '(no passwd entry)'} (uid ${r.user.uid}, gid ${r.user.gid})   Workdir: ${r.workdir}`);
  if (r.error !== undefined) {
    out.push('', ...r.error.output.map((l) => (r.error?.printedBy === 'container' ? `container: ${l}` : l)));
    out.push(`Exit code: ${r.error.exitCode}${r.error.phase === 'create' ? ' (docker run)' : ''}`, `Why: ${r.error.explanation}`);
  } else if (r.exit !== undefined) {
    out.push('', `The container exits at once with ${r.exit.code}: ${r.exit.reason}.`);
  }
  if (r.processes !== undefined) {
    out.push('', 'Processes:', ...processLines(r.processes).map((l) => `  ${l}`));
    out.push('', `PID 1: ${r.pid1.explanation}`);
  }
  if (r.stop !== undefined) {
    const s = r.stop;
    out.push('', `docker stop (${s.signal}${s.signalSource === 'default' ? '' : ` from ${s.signalSource}`}, timeout ${s.timeoutSeconds} s):`);
    for (const e of s.timeline) out.push(`  t=${String(e.seconds).padEnd(6)} ${e.event}`);
    out.push(s.seconds === undefined ? '  never stops' : `  stopped after ${s.seconds} s, exit ${s.exitCode}${s.killed ? ' (SIGKILL)' : ''}`, `  ${s.explanation}`);
  }
  if (r.backgroundCrash !== undefined) {
    out.push('', 'Background crash:');
    for (const e of r.backgroundCrash.timeline) out.push(`  t=${String(e.seconds).padEnd(6)} ${e.event}`);
  }
  if (r.health !== undefined) out.push('', `Health: ${r.health.status} — ${r.health.reason}`);
  if (r.memory !== undefined) {
    out.push('', `Memory: ${r.memory.explanation}`);
    for (const n of r.memory.notes) out.push(`  ${n}`);
  }
  if (r.root !== undefined && r.started) {
    out.push('', r.root.runningAsRoot ? 'Runs as root:' : `Runs as uid ${r.root.uid}:`, `  ${r.root.explanation}`);
    for (const line of r.root.reach) out.push(`  - ${line}`);
  }
  if (r.assumptions.length > 0) {
    out.push('', 'Assumed (not known to the simulation):');
    for (const a of r.assumptions) out.push(`  - ${a}`);
  }
  return `${out.join('\n')}\n`;
}

function keyValues(list: readonly string[] | undefined): Record<string, string> | undefined {
  if (list === undefined) return undefined;
  const out: Record<string, string> = {};
  for (const kv of list) {
    const eq = kv.indexOf('=');
    if (eq > 0) out[kv.slice(0, eq)] = kv.slice(eq + 1);
    else if (process.env[kv] !== undefined) out[kv] = process.env[kv] as string; // docker -e NAME takes it from the environment
  }
  return out;
}

export async function runCommand(argv: readonly string[]): Promise<number> {
  const args = readCommandArgs(
    'run',
    argv,
    {
      file: { type: 'string', short: 'f' },
      target: { type: 'string' },
      'build-arg': { type: 'string', multiple: true },
      'cache-dir': { type: 'string' },
      platform: { type: 'string' },
      entrypoint: { type: 'string' },
      user: { type: 'string', short: 'u' },
      env: { type: 'string', short: 'e', multiple: true },
      volume: { type: 'string', short: 'v', multiple: true },
      init: { type: 'boolean' },
      memory: { type: 'string', short: 'm' },
      'app-memory': { type: 'string' },
      'host-platform': { type: 'string' },
      'crash-background-child': { type: 'boolean' },
      stop: { type: 'boolean' },
      'stop-timeout': { type: 'string' },
      'stop-signal': { type: 'string' },
      format: { type: 'string', default: 'text' },
    },
    help,
  );
  if (args.exit !== undefined) return args.exit;
  const { values, positionals } = args;
  const fail = (message: string) => {
    process.stderr.write(`shipshape run: ${message}\n`);
    return 2;
  };
  if (values.format !== 'text' && values.format !== 'json') return fail(`unknown format '${values.format}' (use text or json)`);
  const timeoutText = values['stop-timeout'];
  if (timeoutText !== undefined && !/^-?\d+$/.test(timeoutText)) return fail(`--stop-timeout takes whole seconds, got '${timeoutText}'`);
  if (values['stop-signal'] !== undefined && parseSignal(values['stop-signal']) === undefined) return fail(`unknown signal '${values['stop-signal']}'`);
  const appMemory = values['app-memory'] === undefined ? undefined : parseMemory(values['app-memory']);
  if (values['app-memory'] !== undefined && appMemory === undefined) return fail(`--app-memory takes a size (400m, 1g), got '${values['app-memory']}'`);

  const read = await readProject(positionals[0], values.file);
  if (!read.ok) return fail(read.message);
  const { result, cacheDir, saveError } = await buildProject(read.project, {
    cacheDir: values['cache-dir'],
    target: values.target,
    platform: values.platform,
    buildArgs: buildArgsFrom(values['build-arg']),
  });
  if (saveError !== undefined) process.stderr.write(`shipshape run: could not save the build cache in ${cacheDir}: ${saveError}\n`);
  if (result.image === undefined) {
    if (values.format === 'json') process.stdout.write(`${buildErrorJson(result)}\n`);
    else process.stdout.write(`${result.log.trimEnd()}\n\nThe build failed, so there is nothing to run.${result.error !== undefined ? `\nWhy: ${result.error.explanation}` : ''}\n`);
    return 1;
  }

  const options: RunOptions = {
    args: positionals.slice(1),
    ...(values.entrypoint !== undefined ? { entrypoint: values.entrypoint } : {}),
    ...(values.user !== undefined ? { user: values.user } : {}),
    env: keyValues(values.env),
    volumes: values.volume ?? [],
    init: values.init === true,
    stop: values.stop === true,
    ...(timeoutText !== undefined ? { stopTimeout: Number(timeoutText) } : {}),
    ...(values['stop-signal'] !== undefined ? { stopSignal: values['stop-signal'] } : {}),
    ...(values.memory !== undefined ? { memory: values.memory } : {}),
    ...(appMemory !== undefined ? { appMemoryBytes: appMemory } : {}),
    ...(values['host-platform'] !== undefined ? { platform: values['host-platform'] } : {}),
    crashBackgroundChild: values['crash-background-child'] === true,
  };
  const report = simulateRun(result.image, options);
  process.stdout.write(values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : toText(report));
  const failed = report.error !== undefined || report.memory?.oomKilled === true || (report.exit !== undefined && report.exit.code !== 0);
  return failed ? 1 : 0;
}
