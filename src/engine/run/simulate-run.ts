/**
 * `docker run` (and `docker stop`) of a built image, simulated: the command Docker runs, the user, the
 * environment, whether the process starts (and Docker's error when it does not), the process tree and
 * PID 1, then — while it runs — the health check, the memory limit, a background child's crash, and
 * `docker stop`. Pure: the same image and options always give the same report.
 */
import type { BuiltImage, CommandOrigin } from '../build/types.ts';
import type { ShellScript } from '../shell/types.ts';
import { crashBackgroundChild } from './background-crash.ts';
import { resolveCommand } from './command-line.ts';
import { containerEnv } from './environment.ts';
import { simulateHealth } from './healthcheck.ts';
import { execContext, launch } from './launch.ts';
import { launchInit } from './launch-programs.ts';
import { formatBytes, MIN_MEMORY_BYTES, parseMemory, simulateMemory } from './memory.ts';
import { dockerDaemonError, DOCKER_RUN_HELP } from './messages.ts';
import { allProcs, cmdText, newProc, snapshot } from './process-model.ts';
import type { LaunchContext, Outcome, Proc } from './process-model.ts';
import { rootReport } from './root-report.ts';
import { parseSignal, SIGTERM } from './signals.ts';
import { label, simulateStop } from './stop.ts';
import type { Pid1Report, RunError, RunOptions, RunReport, StopReport } from './types.ts';
import { resolveRunUser } from './user.ts';

const DEFAULT_STOP_TIMEOUT = 10;

function platformOf(text: string): { readonly os: string; readonly arch: string } {
  const [os = 'linux', arch = 'amd64'] = text.split('/');
  return { os, arch };
}

function knownScripts(origins: readonly (CommandOrigin | undefined)[]): Map<string, ShellScript> {
  const map = new Map<string, ShellScript>();
  for (const o of origins) if (o?.form === 'shell' && o.script !== undefined) map.set(o.script.text, o.script);
  return map;
}

function pid1Explanation(root: Proc, init: boolean): string {
  const name = label(root);
  switch (root.role) {
    case 'init':
      return `${init ? "--init makes Docker's bundled tini (docker-init) PID 1" : `${name} is PID 1`}: it forwards signals to ${root.init?.group === true ? "its child's whole process group" : 'its child'} and reaps orphaned processes, so the app is not PID 1 and gets the default signal handling.`;
    case 'shell': {
      const impl = root.shell?.impl === 'dash' ? " (Debian's dash)" : root.shell?.impl === 'busybox-ash' ? ' (BusyBox ash)' : root.shell?.impl === 'bash' ? ' (bash)' : '';
      return `The shell ${name}${impl} is PID 1. It does not pass signals on to its children (only a \`trap\` in its script can), and as PID 1 it gets no signal it has no handler (trap) for.`;
    }
    case 'package-manager':
      return `${name} is PID 1: it runs the package script through a shell, so the app is its grandchild; ${root.program} only forwards SIGINT/SIGTERM to that shell.`;
    default:
      return root.execChain.length > 0
        ? `${name} is PID 1: it took over the process that started as \`${cmdText(root.execChain[0] ?? [])}\`, so docker stop's signal goes straight to it — and as PID 1 it only gets signals it has a handler for.`
        : `${name} is PID 1 (exec form): docker stop's signal goes straight to it — and as PID 1 it only gets signals it has a handler for.`;
  }
}

function failure(error: RunError): Outcome {
  return { state: 'exited', code: error.exitCode, reason: error.message, error };
}

export function simulateRun(image: BuiltImage, options: RunOptions = {}): RunReport {
  const warnings: string[] = [];
  const explanations: string[] = [];
  const assumptions: string[] = [];
  const hostText = options.platform ?? 'linux/amd64';
  const host = platformOf(hostText);
  const imagePlatform = `${image.platform.os}/${image.platform.arch}${image.platform.variant === undefined ? '' : `/${image.platform.variant}`}`;
  if (image.platform.arch !== host.arch || image.platform.os !== host.os) {
    warnings.push(`WARNING: The requested image's platform (${imagePlatform}) does not match the detected host platform (${hostText}) and no specific platform was requested`);
  }

  const command = resolveCommand(image.config, options);
  const userSpec = options.user ?? image.config.user;
  const user = resolveRunUser(userSpec, image.users, image.groups);
  const limit = options.memory === undefined ? undefined : parseMemory(options.memory);
  const stopSignal = options.stopSignal ?? image.config.stopSignal;
  const sig = stopSignal === undefined ? SIGTERM : parseSignal(stopSignal);
  const signalSource: StopReport['signalSource'] = options.stopSignal !== undefined ? '--stop-signal' : image.config.stopSignal !== undefined ? 'STOPSIGNAL' : 'default';

  const cred = user.ok ? { uid: user.uid, gid: user.gid } : { uid: 0, gid: 0 };
  const env = containerEnv(image.config.env, options.env, user.ok ? user.home : '/');
  const cwd = image.config.workdir === '' ? '/' : image.config.workdir;
  let next = 6;
  const ctx: LaunchContext = {
    image,
    fs: image.filesystem,
    env,
    cwd,
    cred,
    hostArch: host.arch,
    knownScripts: knownScripts([image.config.entrypointOrigin, image.config.cmdOrigin]),
    allocPid: () => ++next,
    assumptions,
    explanations,
    depth: 0,
  };

  const root = newProc(undefined, 1, [...command.argv]);
  let outcome: Outcome;
  const daemonError = (text: string, explanation: string): RunError => {
    const e = dockerDaemonError(text);
    return { message: e.message, exitCode: e.exitCode, phase: 'create', printedBy: 'docker', output: [e.message, '', DOCKER_RUN_HELP], explanation };
  };
  if (options.memory !== undefined && limit === undefined) {
    outcome = failure(daemonError(`invalid argument "${String(options.memory)}" for "-m, --memory" flag: invalid size`, 'Docker reads --memory as a number with an optional unit: b, k, m, g (binary: 1m = 1 MiB).'));
  } else if (limit !== undefined && limit > 0 && limit < MIN_MEMORY_BYTES) {
    outcome = failure(daemonError('Minimum memory limit allowed is 6MB', `--memory ${formatBytes(limit)} is below Docker's minimum of 6 MiB.`));
  } else if (sig === undefined) {
    outcome = failure(daemonError(`Invalid signal: ${stopSignal ?? ''}`, 'The stop signal must be a signal name (SIGTERM, TERM) or number.'));
  } else if (command.error !== undefined) {
    outcome = failure(daemonError(command.error, 'The image has neither ENTRYPOINT nor CMD (or --entrypoint "" removed them): give the command as docker run arguments.'));
  } else if (!user.ok) {
    outcome = failure(daemonError(user.message, `USER/--user names "${userSpec}", which is not in the image's /etc/passwd (or /etc/group): create it (useradd/adduser) or use a numeric uid.`));
  } else if (options.init === true) {
    root.argv = ['/sbin/docker-init', '--', ...command.argv];
    outcome = launchInit(root, 'tini', root.argv, ctx);
  } else {
    outcome = launch(root, command.argv, ctx, { kind: 'runc' });
  }

  const error = outcome.state === 'exited' ? outcome.error : undefined;
  const started = error?.phase !== 'create';
  let running = outcome.state === 'running';
  let exit = outcome.state === 'exited' && started ? { code: outcome.code, reason: error?.explanation ?? outcome.reason } : undefined;
  explanations.unshift(...command.notes);
  if (started) explanations.push(pid1Explanation(root, options.init === true));
  if (error !== undefined) explanations.push(error.explanation);
  else if (exit !== undefined) explanations.push(`The container exits at once (${exit.code}): ${exit.reason}.`);

  const memory = started && running ? simulateMemory(root, limit === 0 ? undefined : limit, options.appMemoryBytes) : undefined;
  if (memory?.oomKilled === true) {
    const killed = allProcs(root).find((p) => p.pid === memory.killedPid);
    if (killed !== undefined) {
      killed.state = 'exited';
      killed.exitCode = 137;
      killed.note = 'OOM-killed';
    }
    if (!memory.containerKeepsRunning) {
      running = false;
      root.state = 'exited';
      root.exitCode = memory.exitCode;
      exit = { code: memory.exitCode ?? 137, reason: 'the kernel OOM-killed it (OOMKilled: true)' };
    }
  }
  if (memory !== undefined) explanations.push(memory.explanation);

  const health = user.ok && started ? simulateHealth(image, running, execContext(ctx), env) : undefined;
  if (health !== undefined) explanations.push(health.reason);

  const backgroundCrash = running && options.crashBackgroundChild === true ? crashBackgroundChild(root) : undefined;
  if (options.crashBackgroundChild === true && running) {
    explanations.push(backgroundCrash?.explanation ?? 'There is no background process to crash: every process of this container is PID 1 or its foreground child.');
  }

  const timeout = options.stopTimeout ?? DEFAULT_STOP_TIMEOUT;
  const stop = options.stop === true && running && sig !== undefined ? simulateStop(root, sig, signalSource, timeout) : undefined;
  if (stop !== undefined) explanations.push(stop.explanation);
  else if (options.stop === true && started) explanations.push('The container is not running, so docker stop has nothing to stop.');

  const reach = user.ok ? rootReport(image.filesystem, cred, cwd, env.PATH ?? '', options.volumes ?? [], { os: image.os, arch: image.platform.arch }) : undefined;
  if (reach !== undefined && started && reach.runningAsRoot) explanations.push(reach.explanation);
  if (reach !== undefined && started && !reach.runningAsRoot && !reach.workdirWritable) {
    explanations.push(`uid ${reach.uid} cannot write its working directory ${cwd}: files COPY'd without --chown belong to root.`);
  }

  const pid1: Pid1Report = {
    argv: [...root.argv],
    shell: root.role === 'shell' ? root.shell?.impl : undefined,
    program: root.program,
    role: root.role,
    execChain: root.execChain.map((a) => [...a]),
    explanation: started ? pid1Explanation(root, options.init === true) : 'The container was never created, so there is no PID 1.',
  };
  return {
    started,
    running,
    ...(error === undefined ? {} : { error }),
    ...(exit === undefined ? {} : { exit }),
    command: { argv: command.argv, entrypoint: command.entrypoint, cmd: command.cmd, notes: command.notes },
    pid1,
    processes: started ? snapshot(root) : undefined,
    user: user.ok
      ? { uid: user.uid, gid: user.gid, name: user.name, spec: userSpec, home: user.home, exists: user.exists }
      : { uid: -1, gid: -1, name: undefined, spec: userSpec, home: '/', exists: false },
    workdir: cwd,
    env,
    ...(stop === undefined ? {} : { stop }),
    ...(health === undefined ? {} : { health }),
    ...(memory === undefined ? {} : { memory }),
    root: reach,
    ...(backgroundCrash === undefined ? {} : { backgroundCrash }),
    warnings,
    explanations: dedupe(explanations),
    assumptions: dedupe(assumptions),
  };
}

function dedupe(lines: readonly string[]): string[] {
  return [...new Set(lines)];
}
