/**
 * A shell that receives the stop signal: what its `trap` does, step by step, with the times `docker stop` sees.
 *
 * The rules (POSIX XCU 2.14 `trap` and `wait`; bash(1); measured with dash 0.5.12-2 and bash 5.2.15 as PID 1 of a
 * new PID namespace, runtime-signals.md §0 method):
 * - Without a trap the shell has no handler: as PID 1 the kernel drops the signal (pid_namespaces(7)); elsewhere it
 *   dies of it. A trap is a handler, so the kernel delivers the signal even to PID 1.
 * - A trap runs only between commands: while a foreground child runs, it waits until the child ends. The `wait`
 *   builtin is the exception: it returns at once with 128 + the signal, then the trap runs.
 * - After the trap `$?` is what it was before, 128 + n, and the script goes on after the interrupted `wait`; with
 *   `set -e` that status ends it. So `trap 'kill -TERM "$child"' TERM; app & child=$!; wait "$child"` sends the
 *   signal on and exits 143 at once, without waiting: as PID 1 its exit makes the kernel SIGKILL the app, whose
 *   handler is cut short (measured: a 0.3 s cleanup never finished). A second `wait "$child"` after the first, or a
 *   `wait` inside the trap, waits for the app; `exit $?` in the trap then passes on the app's status.
 * - dash's `kill` refuses `-SIGTERM` (`kill: Illegal option -S`) and `-s SIGTERM` (`invalid signal number or name`):
 *   nothing is sent. bash and BusyBox accept both.
 */
import { parseShell } from '../shell/index.ts';
import type { CommandList, SimpleCommand } from '../shell/types.ts';
import type { ShellImpl } from './messages.ts';
import type { Proc } from './process-model.ts';
import { parseSignal, signalName, SIGTERM } from './signals.ts';
import type { TrapSpec } from './shell-plan.ts';
import type { Confidence } from './types.ts';

/** When a process exits after the signal (`undefined`: it keeps running) and with what status. */
export interface Fate {
  readonly exitAt: number | undefined;
  readonly code: number | undefined;
}

export type StopMark = 'dropped' | 'abandoned';

export interface ShellSignalHooks {
  /** Delivers `sig` to a child of the shell (never PID 1) at time `t`; the child's fate. */
  readonly deliver: (sig: number, child: Proc, t: number) => Fate;
  /**
   * A timeline event. `mark` says what it means for the stop's explanation: the signal was `dropped` here (PID 1
   * without a handler), or `p` was `abandoned` (PID 1 exited without waiting for it).
   */
  readonly event: (t: number, text: string, p?: Proc, mark?: StopMark) => void;
  readonly lower: (confidence: Confidence) => void;
  /** The process's name for the timeline: `sh (PID 1)`. */
  readonly label: (p: Proc) => string;
}

const STAYS: Fate = { exitAt: undefined, code: undefined };
/** How long the shell takes to run a command of its trap (order of magnitude of the measured ~0.01–0.02 s). */
const STEP = 0.01;
const MAX_FUNCTION_DEPTH = 4;

/** The trap set for `sig` when the shell reaches the point it waits at (the last one set before it wins). */
export function activeTrap(p: Proc, sig: number): TrapSpec | undefined {
  const plan = p.shell?.plan;
  if (plan === undefined) return undefined;
  const point = plan.firstWait ?? plan.main;
  return plan.traps
    .filter((t) => (point === undefined || t.command.range.end.offset <= point.range.start.offset) && t.signals.includes(sig))
    .at(-1);
}

/** The background program a shell sits in `wait` for: the app `docker stop` is really about. */
export function waitedApp(root: Proc): Proc | undefined {
  const shell = root.role === 'shell' ? root : undefined;
  if (shell?.shell?.plan.waitsInBuiltin !== true) return undefined;
  const app = shell.children.find((c) => c.state === 'running' && c.background && c.role === 'app');
  return app ?? shell.children.find((c) => c.state === 'running' && c.background);
}

/** A command of the trap's action, with the script's functions expanded (`trap _term TERM`). */
function actionCommands(p: Proc, action: string, depth = 0): SimpleCommand[] {
  const parsed = parseShell(action);
  const script = p.shell!.plan.script;
  const out: SimpleCommand[] = [];
  for (const cmd of parsed.commands) {
    if (cmd.context.inSubstitution || cmd.context.inFunction) continue;
    const name = cmd.name?.value;
    const fn = name === undefined || depth >= MAX_FUNCTION_DEPTH ? undefined : functionBody(script.body.items, name);
    if (fn !== undefined) {
      const body = script.text.slice(fn.start - script.range.start.offset, fn.end - script.range.start.offset);
      out.push(...actionCommands(p, body, depth + 1));
    } else out.push(cmd);
  }
  return out;
}

/** The text range of the function `name`'s body, searched at the top level of the script. */
function functionBody(items: CommandList['items'], name: string): { readonly start: number; readonly end: number } | undefined {
  for (const item of items) {
    for (const pipeline of item.pipelines) {
      for (const c of pipeline.commands) {
        if (c.kind === 'function' && c.name === name) {
          // The body is a group `{ …; }` (or another compound command): its list without the braces.
          const body = c.body.kind === 'group' || c.body.kind === 'subshell' ? c.body.body.range : c.body.range;
          return { start: body.start.offset, end: body.end.offset };
        }
      }
    }
  }
  return undefined;
}

/** `kill -TERM`, `kill -s TERM`, `kill -15`, `kill -SIGTERM`: the signal, or the shell's refusal. */
function killSignal(cmd: SimpleCommand, impl: ShellImpl): { readonly sig: number } | { readonly error: string } {
  const words = cmd.args.map((a) => a.value ?? '');
  const flag = words.find((w) => w.startsWith('-') && w !== '--');
  if (flag === undefined) return { sig: SIGTERM };
  const named = flag === '-s' || flag === '-n' ? words[words.indexOf(flag) + 1] ?? '' : flag.slice(1);
  if (impl === 'dash' && /^sig/i.test(named)) {
    return { error: flag === '-s' || flag === '-n' ? `kill: invalid signal number or name: ${named}` : `kill: Illegal option -${named.charAt(0)}` };
  }
  const sig = parseSignal(named);
  return sig === undefined ? { error: `kill: invalid signal number or name: ${named}` } : { sig };
}

interface Run {
  now: number;
  status: number;
  /** Children signalled by the trap, and what becomes of them. */
  readonly fates: Map<Proc, Fate>;
  /** Children the shell waited for until they ended. */
  readonly waitedFor: Set<Proc>;
}

type Step = { readonly kind: 'next' } | { readonly kind: 'exit'; readonly code: number } | { readonly kind: 'stuck'; readonly text: string };

function step(p: Proc, cmd: SimpleCommand, run: Run, hooks: ShellSignalHooks): Step {
  const name = cmd.name?.value;
  const impl = p.shell!.impl;
  const running = p.children.filter((c) => c.state === 'running' && (run.fates.get(c)?.exitAt ?? Infinity) > run.now);
  if (name === 'kill') {
    const parsed = killSignal(cmd, impl);
    if ('error' in parsed) {
      hooks.event(run.now, `${hooks.label(p)}: \`${cmd.name?.raw} ${cmd.args.map((a) => a.raw).join(' ')}\` fails under ${impl === 'dash' ? "Debian's dash" : impl}: "${parsed.error}" — nothing is sent`, p);
      run.status = impl === 'dash' ? 2 : 1;
      return { kind: 'next' };
    }
    run.now += STEP;
    for (const c of running) run.fates.set(c, hooks.deliver(parsed.sig, c, run.now));
    run.status = 0;
    return { kind: 'next' };
  }
  if (name === 'wait') {
    // `wait` waits for every background job still running, however soon it ends.
    const waited = p.children.filter((c) => c.state === 'running' && c.background && !run.waitedFor.has(c));
    const stuck = waited.find((c) => (run.fates.get(c) ?? STAYS).exitAt === undefined);
    if (stuck !== undefined) return { kind: 'stuck', text: `${hooks.label(p)} waits in \`wait\` for ${hooks.label(stuck)}, which keeps running` };
    for (const c of waited) {
      const fate = run.fates.get(c)!;
      run.now = Math.max(run.now, fate.exitAt!);
      run.status = fate.code ?? 0;
      run.waitedFor.add(c);
    }
    if (waited.length > 0) hooks.event(run.now, `\`wait\` returns: ${waited.map((c) => `${hooks.label(c)} exited (${run.fates.get(c)?.code})`).join(', ')}`, p);
    return { kind: 'next' };
  }
  if (name === 'exit') {
    const arg = cmd.args[0]?.value;
    const code = arg === undefined || arg === '$?' || cmd.args[0]?.raw === '"$?"' ? run.status : /^\d+$/.test(arg) ? Number(arg) % 256 : run.status;
    return { kind: 'exit', code };
  }
  // echo, printf, `trap - TERM`, assignments …: they run and succeed.
  run.status = 0;
  return { kind: 'next' };
}

/** Runs `commands` in order; an `exit` or a `wait` that never returns ends the walk. */
function walk(p: Proc, commands: readonly SimpleCommand[], run: Run, hooks: ShellSignalHooks): Step {
  for (const cmd of commands) {
    const s = step(p, cmd, run, hooks);
    if (s.kind !== 'next') return s;
  }
  return { kind: 'next' };
}

/** The shell `p` gets `sig` at time `t` (PID 1 or not): what it does, and when it exits with which status. */
export function shellReceives(p: Proc, sig: number, pid1: boolean, t: number, hooks: ShellSignalHooks, defaultKills: boolean): Fate {
  const plan = p.shell!.plan;
  const name = signalName(sig);
  const label = hooks.label(p);
  const kids = describe(p, hooks);
  const trap = activeTrap(p, sig);
  const refused = plan.traps.find((tr) => tr.rejected.some((c) => parseSignal(c) === sig));
  const refusedText = refused === undefined ? '' : ` (dash refused \`trap … ${refused.rejected.join(' ')}\` at start-up, so no trap is set)`;
  if (trap === undefined || trap.action === undefined) {
    if (pid1) {
      hooks.event(t, `${label} has no handler for ${name}${refusedText}: the kernel drops it (PID 1 rule); the shell does not forward it, so ${kids} never sees it`, p, 'dropped');
      return STAYS;
    }
    if (!defaultKills) return STAYS;
    hooks.event(t, `${label} has no trap for ${name}${refusedText} and dies of it (${128 + sig}); ${kids} is not signalled`, p);
    return { exitAt: t, code: 128 + sig };
  }
  if (trap.action === '') {
    hooks.event(t, `${label} ignores ${name} (\`trap '' ${name.slice(3)}\`)`, p);
    return STAYS;
  }
  const foreground = p.children.filter((c) => c.state === 'running' && !c.background);
  if (!plan.waitsInBuiltin && foreground.length > 0) {
    hooks.event(t, `${label} has a trap for ${name}, so it gets the signal, but a shell runs a trap only after its foreground command ends (bash(1)); ${kids} never ends by itself, so the trap never runs`, p);
    return STAYS;
  }
  // Measured with dash and bash (header); BusyBox ash follows the same POSIX rules, read in its source only.
  hooks.lower(p.shell!.impl === 'busybox-ash' ? 'source' : 'measured');
  hooks.event(t, `${label} has a trap for ${name}, so the kernel delivers it; \`wait\` returns at once with ${128 + sig} and the trap runs: ${trap.action}`, p);
  const run: Run = { now: t, status: 128 + sig, fates: new Map(), waitedFor: new Set() };
  let end = walk(p, actionCommands(p, trap.action), run, hooks);
  if (end.kind === 'next') {
    // The trap returned: `$?` is the interrupted `wait`'s 128 + n again, and the script goes on after that `wait`.
    run.status = 128 + sig;
    if (plan.errexitAtWait) {
      hooks.event(run.now, `the trap returned; \`wait\` failed with ${128 + sig} and \`set -e\` ends the script`, p);
      end = { kind: 'exit', code: 128 + sig };
    } else {
      const rest = plan.afterWait;
      if (rest.length > 0) hooks.event(run.now, `the trap returned; the script goes on after \`wait\`: ${rest.map((c) => c.name?.raw ?? '').filter(Boolean).join('; ')}`, p);
      end = walk(p, rest, run, hooks);
      if (end.kind === 'next') end = { kind: 'exit', code: run.status };
    }
  }
  if (end.kind === 'stuck') {
    hooks.event(run.now, `${end.text}: the shell never exits by itself`, p);
    return STAYS;
  }
  const exitAt = Math.max(run.now, t + STEP) + STEP;
  if (pid1) {
    for (const [child, fate] of run.fates) {
      if (run.waitedFor.has(child)) continue;
      const finishedFirst = fate.exitAt !== undefined && fate.exitAt < run.now;
      if (!finishedFirst) {
        hooks.event(exitAt, `${label} did not wait for ${hooks.label(child)}: when PID 1 exits the kernel SIGKILLs it, so its handler is cut short (measured: a 0.3 s cleanup never ran)`, child, 'abandoned');
      }
    }
  }
  return { exitAt, code: end.code };
}

function describe(p: Proc, hooks: ShellSignalHooks): string {
  const kids = p.children.filter((c) => c.state === 'running');
  return kids.length === 0 ? 'no other process' : kids.map(hooks.label).join(' and ');
}
