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
 * Whether the app answers is not simulated: a probe whose program is there is assumed to succeed.
 */
import type { BuiltImage } from '../build/types.ts';
import { parseShell } from '../shell/index.ts';
import type { ShellScript } from '../shell/types.ts';
import { execve } from './exec-check.ts';
import type { ExecContext } from './exec-check.ts';
import { lookPath } from './fs-query.ts';
import { shellCommandError } from './messages.ts';
import { basename, shellImplOf } from './programs.ts';
import type { HealthProbe, HealthReport, HealthStatus } from './types.ts';

const DEFAULTS = { interval: 30, timeout: 30, startPeriod: 0, startInterval: 5, retries: 3 };
const BUILTIN_OK = new Set(['true', ':', 'echo', 'printf', 'test', '[', 'cd', 'export', 'set']);

function execFailed(inner: string): string {
  return `OCI runtime exec failed: exec failed: unable to start container process: ${inner}: unknown`;
}

/** Runs one probe in the simulated container. */
function probe(image: BuiltImage, test: readonly string[], ctx: ExecContext, env: Readonly<Record<string, string>>): HealthProbe {
  const form = test[0] === 'CMD-SHELL' ? 'CMD-SHELL' : 'CMD';
  const argv = form === 'CMD-SHELL' ? [...(image.config.shell.length > 0 ? image.config.shell : ['/bin/sh', '-c']), ...test.slice(1)] : test.slice(1);
  const start = (name: string) => {
    const found = lookPath(ctx.fs, name, env.PATH ?? '', ctx.cwd, ctx.cred, ctx.base);
    if (!found.ok) return { ok: false as const, output: execFailed(found.message) };
    const run = execve(ctx, found.name, [found.name]);
    if (!run.ok) return { ok: false as const, output: execFailed(`exec ${found.name}: ${run.errno === 'ENOEXEC' ? 'exec format error' : run.errno === 'EACCES' ? 'permission denied' : 'no such file or directory'}`) };
    return { ok: true as const, real: run.program };
  };
  const first = start(argv[0] ?? '');
  if (!first.ok) return { form, argv, tool: basename(argv[0] ?? ''), toolFound: false, exitCode: -1, output: first.output, assumed: false };
  if (form === 'CMD') return { form, argv, tool: basename(argv[0] ?? ''), toolFound: true, exitCode: 0, output: '', assumed: true };

  const text = test[1] ?? '';
  const origin = image.config.healthcheck?.origin?.script;
  const script: ShellScript = origin !== undefined && origin.text === text ? origin : parseShell(text);
  const impl = shellImplOf(basename(argv[0] ?? 'sh'), first.real, image.os.shellImpl);
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
      const found = lookPath(ctx.fs, name, env.PATH ?? '', ctx.cwd, ctx.cred, ctx.base);
      tool ??= name;
      if (!found.ok) {
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
  return { form, argv, tool, toolFound, exitCode: status, output, assumed: status === 0 };
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
  const p = probe(image, hc.test, ctx, env);
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
  return { status, reason, probe: p, settings, timeline, notes };
}
