/**
 * `docker stop`, simulated on the process tree (runtime-signals.md §1, §5):
 * - Docker sends the stop signal (`--stop-signal`, else STOPSIGNAL, else SIGTERM) to PID 1 only, waits
 *   the timeout (`--stop-timeout` / `-t`, 10 s by default; -1 forever; 0 none), then sends SIGKILL (137).
 * - The kernel delivers a signal to PID 1 only if PID 1 installed a handler for it (pid_namespaces(7));
 *   any other process gets the default action (signal(7)) when it has no handler: usually death, 128 + n.
 * - When PID 1 exits, the kernel SIGKILLs every other process of the container.
 * - The exit code is PID 1's status: its exit code, or 128 + the signal that killed it (containerd).
 */
import { allProcs, mainApp } from './process-model.ts';
import type { Proc } from './process-model.ts';
import { basename } from './programs.ts';
import { shellReceives, waitedApp } from './shell-traps.ts';
import type { StopMark } from './shell-traps.ts';
import { defaultAction, defaultKills, signalName, SIGKILL } from './signals.ts';
import type { Confidence, StopReport, TimelineEvent } from './types.ts';

interface Fate {
  /** Seconds after the signal at which the process exits by itself; undefined = it keeps running. */
  readonly exitAt: number | undefined;
  readonly code: number | undefined;
}

interface Walk {
  readonly sig: number;
  readonly events: TimelineEvent[];
  readonly reached: Set<Proc>;
  /** Where the signal was lost (the timeline's words), first first; shared with the copies `{ ...w, sig }` make. */
  readonly lost: string[];
  /** Processes PID 1 exited without waiting for: the kernel killed them mid-handler. */
  readonly abandoned: Set<Proc>;
  confidence: Confidence;
}

const RANK: Readonly<Record<Confidence, number>> = { measured: 3, source: 2, inferred: 1, assumed: 0 };
const STAYS: Fate = { exitAt: undefined, code: undefined };

function lower(w: Walk, c: Confidence): void {
  if (RANK[c] < RANK[w.confidence]) w.confidence = c;
}

export function label(p: Proc): string {
  const name = basename(p.argv[0] ?? '?');
  const script = p.program === 'node' || p.program === 'python' ? p.argv.slice(1).find((a) => !a.startsWith('-')) : undefined;
  return `${name}${script === undefined ? '' : ` ${script}`} (PID ${p.pid})`;
}

function at(w: Walk, seconds: number, event: string, p?: Proc, mark?: StopMark): void {
  w.events.push({ seconds, event, pid: p?.pid });
  if (mark === 'dropped') w.lost.push(event);
  if (mark === 'abandoned' && p !== undefined) w.abandoned.add(p);
}

/** The process group of `p` in a non-interactive container: `p` and its descendants. */
function group(p: Proc): Proc[] {
  return allProcs(p);
}

/** A shell's reaction (its trap, `wait`, `kill`, what follows) is modelled in shell-traps.ts. */
function deliverShell(w: Walk, p: Proc, pid1: boolean, t: number): Fate {
  return shellReceives(p, w.sig, pid1, t, {
    deliver: (sig, child, at2) => deliverTo({ ...w, sig }, child, false, at2),
    event: (at2, text, q, mark) => at(w, at2, text, q, mark),
    lower: (c) => lower(w, c),
    label,
  }, defaultKills(w.sig));
}

function deliverTo(w: Walk, p: Proc, pid1: boolean, t: number): Fate {
  const name = signalName(w.sig);
  if (p.state !== 'running') return { exitAt: t, code: p.exitCode };
  if (p.role === 'init' && p.init !== undefined) return deliverInit(w, p, t);
  if (p.role === 'shell' && p.shell !== undefined) return deliverShell(w, p, pid1, t);
  const r = p.reactions.get(w.sig);
  if (r === undefined) {
    if (pid1) {
      at(w, t, `${label(p)} has no handler for ${name}: the kernel drops it (a PID-1 process gets only signals it handles)`, p, 'dropped');
      lower(w, 'measured');
      return STAYS;
    }
    w.reached.add(p);
    if (!defaultKills(w.sig)) {
      at(w, t, `${label(p)} has no handler for ${name}, whose default action is to ${defaultAction(w.sig)}: it keeps running`, p);
      return STAYS;
    }
    at(w, t, `${label(p)} has no handler for ${name} and dies of it (${128 + w.sig})`, p);
    return { exitAt: t, code: 128 + w.sig };
  }
  lower(w, r.confidence);
  if (r.kind === 'forward') return deliverPackageManager(w, p, t, r.how);
  w.reached.add(p);
  switch (r.kind) {
    case 'exit':
      at(w, t, `${label(p)} receives ${name}: ${r.how}`, p);
      return { exitAt: t + r.seconds, code: r.code };
    case 'stay':
      at(w, t, `${label(p)} receives ${name}: ${r.how}; it keeps running`, p);
      return STAYS;
    case 'reraise':
      if (pid1) {
        if (r.pid1Code !== undefined) {
          at(w, t, `${label(p)} receives ${name}: ${r.how}; as PID 1 the re-raise is dropped and it exits ${r.pid1Code}`, p);
          return { exitAt: t + r.seconds, code: r.pid1Code };
        }
        at(w, t, `${label(p)} receives ${name}: ${r.how}; as PID 1 the kernel drops the re-raised signal, so it keeps running`, p);
        return STAYS;
      }
      at(w, t, `${label(p)} receives ${name}: ${r.how}; it dies of it (${128 + w.sig})`, p);
      return { exitAt: t + r.seconds, code: 128 + w.sig };
  }
}

function deliverInit(w: Walk, p: Proc, t: number): Fate {
  const init = p.init as NonNullable<Proc['init']>;
  const direct = p.children.find((c) => !c.background && c.state === 'running') ?? p.children[0];
  if (direct === undefined) return STAYS;
  const targets = init.group ? group(direct) : [direct];
  const how = init.group ? `the process group of ${label(direct)}` : label(direct);
  at(w, t, `${label(p)} forwards ${signalName(w.sig)} to ${how}`, p);
  lower(w, 'measured');
  const fates = new Map<Proc, Fate>();
  for (const target of targets) fates.set(target, deliverTo(w, target, false, t + 0.001));
  let fate: Fate = fates.get(direct) ?? STAYS;
  // A shell that survived the signal still ends when its foreground command ends (nothing follows it).
  const fg = direct.role === 'shell' ? direct.children.find((c) => !c.background && c.state === 'running') : undefined;
  const fgFate = fg === undefined ? undefined : fates.get(fg);
  if (fate.exitAt === undefined && fg !== undefined && fgFate?.exitAt !== undefined) {
    at(w, fgFate.exitAt + 0.01, `${label(fg)} ended, so ${label(direct)} reaches the end of its script and exits (${fgFate.code})`, direct);
    fate = { exitAt: fgFate.exitAt + 0.01, code: fgFate.code };
  }
  if (fate.exitAt === undefined) return STAYS;
  const code = fate.code !== undefined && init.remap.includes(fate.code) ? 0 : fate.code;
  at(w, fate.exitAt, `${label(direct)} exited (${fate.code}); ${init.kind} exits with ${code === fate.code ? 'its status' : `0 (remapped by -e ${fate.code})`}`, p);
  return { exitAt: fate.exitAt, code };
}

function deliverPackageManager(w: Walk, p: Proc, t: number, how: string): Fate {
  const sh = p.children.find((c) => c.state === 'running');
  at(w, t, `${label(p)} receives ${signalName(w.sig)}: ${how}`, p);
  const fate = sh === undefined ? { exitAt: t, code: 128 + w.sig } : deliverTo(w, sh, false, t + 0.001);
  if (p.program === 'yarn') {
    at(w, t + 0.02, `yarn exits 1 right after forwarding (src/util/signal-handler.js)`, p);
    lower(w, 'measured');
    return { exitAt: t + 0.02, code: 1 };
  }
  if (fate.exitAt === undefined) return STAYS;
  if (fate.code !== undefined && fate.code > 128) {
    at(w, fate.exitAt + 0.5, `the script died of a signal: npm signals itself (dropped, it is PID 1), waits 500 ms, prints "npm error signal ${signalName(w.sig)}" and exits 1`, p);
    lower(w, 'measured');
    return { exitAt: fate.exitAt + 0.5, code: 1 };
  }
  lower(w, 'inferred');
  at(w, fate.exitAt, `the script exited (${fate.code}); npm exits ${fate.code === 0 ? 0 : 1}`, p);
  return { exitAt: fate.exitAt, code: fate.code === 0 ? 0 : 1 };
}

export function simulateStop(root: Proc, sig: number, source: StopReport['signalSource'], timeout: number): StopReport {
  const w: Walk = { sig, events: [], reached: new Set(), lost: [], abandoned: new Set(), confidence: 'measured' };
  const name = signalName(sig);
  const app = waitedApp(root) ?? mainApp(root);
  if (timeout === 0) {
    at(w, 0, `docker stop -t 0: SIGKILL → ${label(root)} at once`, root);
    at(w, 0, `exit 137`);
    return finish(w, app, sig, source, timeout, 0, 137, true, 'With a timeout of 0, docker stop sends SIGKILL straight away: nothing can clean up.');
  }
  at(w, 0, `docker stop: ${name} → ${label(root)}`, root);
  if (sig === SIGKILL || sig === 19) {
    // SIGKILL and SIGSTOP from an ancestor namespace always reach PID 1 (pid_namespaces(7)).
    if (sig === 19) {
      at(w, 0, `SIGSTOP from outside the container always reaches PID 1: it stops (freezes) and does not exit`, root);
      at(w, timeout < 0 ? 0 : timeout, timeout < 0 ? 'docker stop -t -1 waits forever' : `grace period (${timeout} s) over: SIGKILL → ${label(root)}`, root);
      return timeout < 0
        ? finish(w, app, sig, source, timeout, undefined, undefined, false, 'SIGSTOP freezes PID 1; nothing ends it.')
        : finish(w, app, sig, source, timeout, timeout, 137, true, 'SIGSTOP freezes PID 1, so docker stop waits and then kills it (137).');
    }
    at(w, 0, `SIGKILL from outside the container always reaches PID 1: everything dies at once`, root);
    at(w, 0, 'exit 137');
    return finish(w, app, sig, source, timeout, 0, 137, true, 'The stop signal is SIGKILL: nothing can clean up.');
  }
  const fate = deliverTo(w, root, true, 0);
  if (fate.exitAt !== undefined && (timeout < 0 || fate.exitAt <= timeout)) {
    at(w, fate.exitAt, `${label(root)} exits${root.children.some((c) => c.state === 'running') ? '; the kernel kills every other process of the container' : ''}`, root);
    at(w, fate.exitAt, `exit ${fate.code}`);
    const why = !w.reached.has(app)
      ? `PID 1 ended before ${label(app)} was told to stop.`
      : app !== root && w.abandoned.has(app)
        ? `${label(app)} got ${name}, but ${label(root)} exited without waiting for it, and the kernel killed it before its handler finished.`
        : `${label(app)} got ${name} and ended.`;
    return finish(w, app, sig, source, timeout, fate.exitAt, fate.code ?? 0, false, why);
  }
  if (timeout < 0) {
    at(w, 0, `docker stop -t -1 waits forever: the container never stops`);
    return finish(w, app, sig, source, timeout, undefined, undefined, false, `Nothing ends PID 1, and with -t -1 docker stop never sends SIGKILL.`);
  }
  at(w, timeout, `grace period (${timeout} s) over: SIGKILL → ${label(root)}; the kernel kills every process of the container`, root);
  at(w, timeout, `exit 137`);
  const why = w.reached.has(app)
    ? `${label(app)} got ${name} but did not stop, so docker stop waited ${timeout} s and killed it (137).`
    : `${name} never reached ${label(app)}${w.lost.length === 0 ? '' : `: ${w.lost[0]}`}. docker stop waited ${timeout} s, then killed everything (137).`;
  return finish(w, app, sig, source, timeout, timeout, 137, true, why);
}

function finish(
  w: Walk,
  app: Proc,
  sig: number,
  signalSource: StopReport['signalSource'],
  timeoutSeconds: number,
  seconds: number | undefined,
  exitCode: number | undefined,
  killed: boolean,
  explanation: string,
): StopReport {
  return {
    signal: signalName(sig),
    signalSource,
    timeoutSeconds,
    reachedApp: w.reached.has(app),
    seconds,
    exitCode,
    killed,
    timeline: w.events.map((e) => ({ ...e, seconds: Math.round(e.seconds * 1000) / 1000 })),
    explanation,
    confidence: w.confidence,
  };
}
