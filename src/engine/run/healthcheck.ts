/**
 * HEALTHCHECK, as moby's health monitor runs it (moby `daemon/health.go`; simulation-model.md §5.4):
 * - defaults: interval 30 s (also the wait before the first probe), timeout 30 s, start period 0,
 *   start interval 5 s, retries 3;
 * - `CMD` execs its argv in the container; `CMD-SHELL` runs it with the image's SHELL (`/bin/sh -c`);
 *   an exec that cannot start is recorded as exit -1 with the runtime's error as output;
 * - exit 0 → healthy (streak reset); otherwise the failing streak grows, except while the container is
 *   `starting` inside the start period; `retries` failures in a row → unhealthy;
 * - during the start period probes run every start interval, and the last wait is cut to end the
 *   start period (`getInterval`); `HEALTHCHECK NONE` turns an inherited check off.
 * Whether the app answers is not simulated: a probe whose program is there is assumed to succeed. The probe itself
 * (`runHealthProbe`) is shared with the Compose simulation, so `docker run` and `docker compose up` agree on it.
 */
import type { BuiltImage } from '../build/types.ts';
import { parseShell } from '../shell/index.ts';
import type { ShellScript } from '../shell/types.ts';
import { containerEnv } from './environment.ts';
import { execve } from './exec-check.ts';
import type { ExecContext } from './exec-check.ts';
import { lookPath } from './fs-query.ts';
import { shellCommandError } from './messages.ts';
import type { ShellImpl } from './messages.ts';
import { basename, shellImplOf } from './programs.ts';
import { serverImageCommand } from './server-image-commands.ts';
import type { HealthProbe, HealthReport, HealthStatus } from './types.ts';
import { resolveRunUser } from './user.ts';

const DEFAULTS = { interval: 30, timeout: 30, startPeriod: 0, startInterval: 5, retries: 3 };
const BUILTIN_OK = new Set(['true', ':', 'echo', 'printf', 'test', '[', 'cd', 'export', 'set']);

function execFailed(inner: string): string {
  return `OCI runtime exec failed: exec failed: unable to start container process: ${inner}: unknown`;
}

/** A probe, and what the simulation had to assume to run it (an image the catalog does not know). */
export interface ProbeRun {
  readonly probe: HealthProbe;
  readonly assumptions: readonly string[];
}

type Program =
  | { readonly kind: 'found'; readonly name: string; readonly real: string }
  | { readonly kind: 'assumed'; readonly real: string }
  | { readonly kind: 'missing'; readonly message: string };

/**
 * Finds a program the probe calls: in the image's filesystem (Go's LookPath for the exec, the shell's PATH search
 * for CMD-SHELL: the same files), then, for an image the catalog does not have, in what its Dockerfile is known to
 * install (server-image-commands.ts); a command of an unknown image that neither answers is assumed present, as the
 * build assumes it.
 */
function findProgram(image: BuiltImage, ctx: ExecContext, env: Readonly<Record<string, string>>, name: string, assumptions: string[]): Program {
  const found = lookPath(ctx.fs, name, env.PATH ?? '', ctx.cwd, ctx.cred, ctx.base);
  if (found.ok) return { kind: 'found', name: found.name, real: found.real };
  if (image.os.family === 'unknown') {
    const known = serverImageCommand(image.baseImage, name);
    if (known === undefined) assumptions.push(`${image.baseImage} is not in the catalog: \`${name}\` is assumed to be in it.`);
    if (known?.present !== false) return { kind: 'assumed', real: name.includes('/') ? name : `/usr/local/bin/${name}` };
  }
  return { kind: 'missing', message: found.message };
}

/** The shell a CMD-SHELL probe runs in: an unknown `-alpine` image is taken to have BusyBox's. */
function probeShell(image: BuiltImage, argv0: string, real: string): ShellImpl {
  if (image.os.family === 'unknown' && /:[^/]*alpine/.test(image.baseImage)) return 'busybox-ash';
  return shellImplOf(basename(argv0), real, image.os.shellImpl);
}

/**
 * Runs one probe of `test` (Docker's `Test`: `['CMD', …]` or `['CMD-SHELL', text]`) in a container of `image`, as
 * moby's health monitor execs it. `docker run` and the Compose simulation both probe through here.
 */
export function runHealthProbe(image: BuiltImage, test: readonly string[], ctx: ExecContext, env: Readonly<Record<string, string>>): ProbeRun {
  const assumptions: string[] = [];
  const form = test[0] === 'CMD-SHELL' ? 'CMD-SHELL' : 'CMD';
  const argv = form === 'CMD-SHELL' ? [...(image.config.shell.length > 0 ? image.config.shell : ['/bin/sh', '-c']), ...test.slice(1)] : test.slice(1);
  const start = (name: string) => {
    const found = findProgram(image, ctx, env, name, assumptions);
    if (found.kind === 'missing') return { ok: false as const, output: execFailed(found.message) };
    if (found.kind === 'assumed') return { ok: true as const, real: found.real };
    const run = execve(ctx, found.name, [found.name]);
    if (!run.ok) return { ok: false as const, output: execFailed(`exec ${found.name}: ${run.errno === 'ENOEXEC' ? 'exec format error' : run.errno === 'EACCES' ? 'permission denied' : 'no such file or directory'}`) };
    return { ok: true as const, real: run.program };
  };
  const first = start(argv[0] ?? '');
  const done = (probe: HealthProbe): ProbeRun => ({ probe, assumptions: [...new Set(assumptions)] });
  if (!first.ok) return done({ form, argv, tool: basename(argv[0] ?? ''), toolFound: false, exitCode: -1, output: first.output, assumed: false });
  if (form === 'CMD') return done({ form, argv, tool: basename(argv[0] ?? ''), toolFound: true, exitCode: 0, output: '', assumed: true });

  const text = test[1] ?? '';
  const origin = image.config.healthcheck?.origin?.script;
  const script: ShellScript = origin !== undefined && origin.text === text ? origin : parseShell(text);
  const impl = probeShell(image, argv[0] ?? 'sh', first.real);
  let status = 0;
  let tool: string | undefined;
  let toolFound = true;
  let output = '';
  for (const item of script.body.items) {
    item.pipelines.forEach((pipeline, i) => {
      const op = i === 0 ? undefined : item.operators[i - 1];
      if ((op === '&&' && status !== 0) || (op === '||' && status === 0)) return;
      const last = pipeline.commands[pipeline.commands.length - 1];
      if (last?.kind !== 'simple' || last.name?.value === undefined) { status = 0; return; }
      const name = last.name.value;
      if (name === 'exit') { status = Number(last.args[0]?.value ?? status) || 0; return; }
      if (name === 'false') { status = 1; return; }
      if (BUILTIN_OK.has(name)) { status = 0; return; }
      const found = findProgram(image, ctx, env, name, assumptions);
      tool ??= name;
      if (found.kind === 'missing') {
        if (tool === name) toolFound = false;
        const e = shellCommandError(impl, { arg0: argv[0] ?? '/bin/sh', line: last.range.start.line - script.range.start.line + 1, script: false }, name, 'missing', false);
        output += `${e.message}\n`;
        status = e.exitCode;
        return;
      }
      status = 0;
    });
    if (item.pipelines.some((p) => p.commands.some((c) => c.kind === 'simple' && c.name?.value === 'exit'))) break;
  }
  return done({ form, argv, tool, toolFound, exitCode: status, output, assumed: status === 0 });
}

/** What a probe in a container of `image` runs as: the container's user (`user:` / `--user`, else USER), env and working directory. */
export function probeContext(
  image: BuiltImage,
  options: { readonly user?: string | undefined; readonly env?: Readonly<Record<string, string>> | undefined; readonly workdir?: string | undefined; readonly hostArch?: string } = {},
): { readonly ok: true; readonly ctx: ExecContext; readonly env: Readonly<Record<string, string>> } | { readonly ok: false; readonly message: string } {
  const user = resolveRunUser(options.user ?? image.config.user, image.users, image.groups);
  if (!user.ok) return { ok: false, message: user.message };
  const env = containerEnv(image.config.env, options.env, user.home);
  const cwd = options.workdir ?? (image.config.workdir === '' ? '/' : image.config.workdir);
  const ctx: ExecContext = {
    fs: image.filesystem,
    cwd,
    cred: { uid: user.uid, gid: user.gid },
    hostArch: options.hostArch ?? image.platform.arch,
    imageArch: image.platform.arch,
    base: { os: image.os, arch: image.platform.arch },
  };
  return { ok: true, ctx, env };
}

export function simulateHealth(
  image: BuiltImage,
  running: boolean,
  ctx: ExecContext,
  env: Readonly<Record<string, string>>,
): HealthReport | undefined {
  const hc = image.config.healthcheck;
  if (hc === undefined) return undefined;
  const notes = [
    'Docker itself does not restart an unhealthy container: restart policies act only when the container exits (simulation-model.md §5.5). Swarm replaces unhealthy tasks; Compose can wait for `service_healthy`.',
  ];
  if (hc.test[0] === 'NONE' || hc.test.length === 0) {
    return { status: 'none', reason: 'HEALTHCHECK NONE turns off the health check the base image defines.', probe: undefined, settings: undefined, timeline: [], notes: [] };
  }
  const settings = {
    intervalSeconds: hc.intervalSeconds || DEFAULTS.interval,
    timeoutSeconds: hc.timeoutSeconds || DEFAULTS.timeout,
    startPeriodSeconds: hc.startPeriodSeconds || DEFAULTS.startPeriod,
    startIntervalSeconds: hc.startIntervalSeconds || DEFAULTS.startInterval,
    retries: hc.retries !== undefined && hc.retries > 0 ? hc.retries : DEFAULTS.retries,
  };
  if (!running) {
    return { status: 'none', reason: 'The container is not running, so no health probe runs.', probe: undefined, settings, timeline: [], notes };
  }
  const { probe: p, assumptions } = runHealthProbe(image, hc.test, ctx, env);
  const timeline: HealthReport['timeline'][number][] = [];
  let status: HealthStatus = 'starting';
  let streak = 0;
  let t = 0;
  const next = (): number => {
    if (t >= settings.startPeriodSeconds) return settings.intervalSeconds;
    const remaining = settings.startPeriodSeconds - t;
    if (remaining < settings.intervalSeconds) return remaining;
    return status === 'starting' ? settings.startIntervalSeconds : settings.intervalSeconds;
  };
  for (let i = 0; i < 200; i++) {
    t += next();
    if (p.exitCode === 0) {
      streak = 0;
      status = 'healthy';
      timeline.push({ seconds: t, exitCode: 0, status, counted: true });
      break;
    }
    const counted = !(status === 'starting' && t < settings.startPeriodSeconds);
    if (counted) streak++;
    if (streak >= settings.retries) status = 'unhealthy';
    timeline.push({ seconds: t, exitCode: p.exitCode, status, counted });
    if (status === 'unhealthy') break;
  }
  const end = timeline.at(-1)?.seconds ?? 0;
  const tool = p.tool ?? p.argv[0] ?? 'the probe';
  const reason =
    status === 'healthy'
      ? `${tool} is in the image, so the probe can run; assuming the app answers, the first probe (at ${end} s) marks the container healthy.`
      : !p.toolFound
        ? `${tool} is not in the image: every probe fails (exit ${p.exitCode}), so after ${settings.retries} counted failures the container is unhealthy at ${end} s.`
        : `The probe fails (exit ${p.exitCode}), so after ${settings.retries} counted failures the container is unhealthy at ${end} s.`;
  return { status, reason, probe: p, settings, timeline, notes: [...notes, ...assumptions] };
}
