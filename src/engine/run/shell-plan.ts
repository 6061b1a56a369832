/**
 * What a shell does with a script when it is a container's process (`sh -c '…'`, or an entrypoint
 * script): which commands run first, which are started in the background, which command is the
 * long-running one, and — the question PID 1 hangs on — whether the shell `exec`s that command
 * (so it takes the shell's PID) or forks it and stays as its parent.
 *
 * Measured (runtime-signals.md §2, simulation-model.md §5.2):
 * - Debian's dash forks for every `-c` string (Debian patch 0004 disables upstream's exec).
 * - bash 5.2 execs the last simple command when nothing follows it, no trap is set and the command has
 *   no redirections, after `&&`, `||`, `;` (`builtins/evalstring.c` `should_optimize_fork`,
 *   `can_optimize_connection`) — not in pipes, `if` bodies, subshells, or after `&`.
 * - BusyBox ash passes "exit after this" (EV_EXIT) to the right-hand side of `;`, `&&`, `||` and `&`,
 *   into `if` bodies and subshells, and forks only with traps (`shell/ash.c` `evaltree`,
 *   `evalsubshell`, `evalcommand`: `if (!(flags & EV_EXIT) || may_have_traps)`); not in pipes or loops.
 * - `exec cmd` replaces the shell in all three.
 */
import type { ShellScript, SimpleCommand } from '../shell/types.ts';
import type { ShellImpl } from './messages.ts';
import { parseTrapCondition } from './signals.ts';
import type { Confidence } from './types.ts';

export interface TrapSpec {
  /** Signal numbers (0 = EXIT) the shell accepted. */
  readonly signals: readonly number[];
  /**
   * Conditions the shell refused: dash takes `TERM`, `term` and `15` but not `SIGTERM` (dash 0.5.12 prints
   * `trap: SIGTERM: bad trap`, status 1, and sets nothing — measured); bash and BusyBox accept the prefix.
   */
  readonly rejected: readonly string[];
  /** The action's text; `''` ignores the signal; `undefined` resets it (`-`) or is unknown. */
  readonly action: string | undefined;
  readonly command: SimpleCommand;
}

export interface ShellPlan {
  readonly impl: ShellImpl;
  /** Commands run before the long-running part, in order (assumed to finish: `cd`, `export`, migrations). */
  readonly setup: readonly SimpleCommand[];
  readonly background: readonly SimpleCommand[];
  /** The long-running foreground command (`exec app`, `app`, or `wait`). */
  readonly main: SimpleCommand | undefined;
  /** `main` takes over the shell's process (explicit `exec`, or the shell's own optimisation). */
  readonly execsMain: boolean;
  readonly explicitExec: boolean;
  /** `main` is the `wait` builtin: the shell waits for its background jobs. */
  readonly waitsInBuiltin: boolean;
  readonly traps: readonly TrapSpec[];
  /** The `wait` the shell sits in while its background jobs run (the first one at top level), if any. */
  readonly firstWait: SimpleCommand | undefined;
  /** What the script runs after that `wait` returns (top level, in order). */
  readonly afterWait: readonly SimpleCommand[];
  /** The parsed script, for a trap that calls one of its functions. */
  readonly script: ShellScript;
  /** `set -e` is on when the script reaches `firstWait`: a `wait` cut short by a trapped signal ends the script. */
  readonly errexitAtWait: boolean;
  /** Why the shell does or does not exec `main`, in words. */
  readonly why: string;
  readonly confidence: Confidence;
}

/** Builtins that are not "the program" of a script (they run inside the shell and finish). */
const NOT_PROGRAMS = new Set([
  'exit', 'return', 'true', 'false', ':', 'echo', 'printf', 'set', 'export', 'unset', 'cd', 'trap', 'shift', 'test', '[',
  '[[', 'read', 'readonly', 'local', 'umask', 'ulimit', 'alias', 'unalias', 'type', 'hash', '.', 'source', 'getopts',
  'break', 'continue', 'times', 'command', 'let', 'declare', 'typeset',
]);

const SHELL_NAMES: Readonly<Record<ShellImpl, string>> = { dash: "Debian's dash", bash: 'bash', 'busybox-ash': 'BusyBox ash' };

function staticName(cmd: SimpleCommand): string | undefined {
  return cmd.name?.value;
}

/** A trap condition the shell accepts: dash refuses the `SIG` prefix (measured, dash 0.5.12-2). */
function acceptedCondition(raw: string, impl: ShellImpl): number | undefined {
  if (impl === 'dash' && /^sig/i.test(raw)) return undefined;
  return parseTrapCondition(raw);
}

function parseTraps(commands: readonly SimpleCommand[], impl: ShellImpl): TrapSpec[] {
  const traps: TrapSpec[] = [];
  for (const cmd of commands) {
    if (staticName(cmd) !== 'trap') continue;
    const words = cmd.args.map((a) => a.value);
    if (words.length === 0 || words[0] === '-p' || words[0] === '-l') continue;
    let action: string | undefined;
    let conditions: (string | undefined)[];
    if (words[0] !== undefined && /^\d+$/.test(words[0])) {
      action = undefined;
      conditions = words;
    } else {
      action = words[0] === '-' ? undefined : words[0];
      conditions = words.slice(1);
    }
    const known = conditions.filter((c): c is string => c !== undefined);
    const signals = known.map((c) => acceptedCondition(c, impl)).filter((n): n is number => n !== undefined);
    // Only dash's refusal of a valid `SIGxxx` name is modelled; a name no shell knows is left out, as before.
    const rejected = known.filter((c) => acceptedCondition(c, impl) === undefined && parseTrapCondition(c) !== undefined);
    traps.push({ signals, rejected, action, command: cmd });
  }
  return traps;
}

function startsAfter(a: SimpleCommand, b: SimpleCommand): boolean {
  return a.range.start.offset >= b.range.end.offset;
}

/**
 * `mode`: `-c` for a command string, `file` for a script file; `invokedWithE`: `sh -e` (errexit from the start).
 * Only the `-c` path has the exec
 * optimisation: dash, bash and BusyBox ash evaluate a script file command by command without it
 * (ash.c `cmdloop` calls `evaltree(n, 0)`), so an entrypoint script without `exec` keeps its shell.
 */
export function planShell(script: ShellScript, impl: ShellImpl, mode: '-c' | 'file' = '-c', invokedWithE = false): ShellPlan {
  const candidates = script.commands.filter(
    (c) => c.name !== undefined && !c.context.inSubstitution && !c.context.inCondition && !c.context.inFunction,
  );
  const traps = parseTraps(candidates, impl);
  const background = candidates.filter((c) => c.context.background && !NOT_PROGRAMS.has(staticName(c) ?? ''));

  const execCmd = candidates.find(
    (c) => staticName(c) === 'exec' && c.args.length > 0 && !c.context.background && !c.context.inPipeline && !c.context.inSubshell,
  );
  const main =
    execCmd ??
    [...candidates].reverse().find((c) => !c.context.background && (!NOT_PROGRAMS.has(staticName(c) ?? '') || staticName(c) === 'wait'));
  const setup = main === undefined ? candidates.filter((c) => !c.context.background) : candidates.filter((c) => !c.context.background && startsAfter(main, c));
  // The measured cases (runtime-signals.md §2) have no background jobs; with them, bash's and
  // BusyBox's behaviour is read in their source. Debian's dash forks whatever the script.
  const confidence: Confidence = script.shape.hasBackgroundJob && impl !== 'dash' && mode === '-c' ? 'source' : 'measured';
  const firstWait = candidates.find((c) => staticName(c) === 'wait' && !c.context.background && !c.context.inPipeline && !c.context.inSubshell);
  const afterWait = firstWait === undefined ? [] : candidates.filter((c) => !c.context.background && startsAfter(c, firstWait));
  const errexitAtWait = firstWait !== undefined && errexitAt(script, firstWait, invokedWithE);
  const base = { impl, setup, background, main, traps, confidence, firstWait, afterWait, script, errexitAtWait };
  const shell = SHELL_NAMES[impl];

  if (main === undefined) return { ...base, execsMain: false, explicitExec: false, waitsInBuiltin: false, why: 'the script starts no long-running program' };
  if (execCmd !== undefined) {
    return { ...base, execsMain: true, explicitExec: true, waitsInBuiltin: false, why: '`exec` replaces the shell with the program, which keeps its PID' };
  }
  if (staticName(main) === 'wait' || (firstWait !== undefined && startsAfter(main, firstWait))) {
    return { ...base, execsMain: false, explicitExec: false, waitsInBuiltin: true, why: 'the script waits in `wait` for its background jobs: the shell stays as their parent' };
  }
  const ctx = main.context;
  const trapBefore = traps.some((t) => startsAfter(main, t.command));
  const follows = script.commands.some((c) => c !== main && !c.context.inSubstitution && startsAfter(c, main));
  const fork = (reason: string): ShellPlan => ({ ...base, execsMain: false, explicitExec: false, waitsInBuiltin: false, why: `${shell} ${reason}` });
  const exec = (reason: string): ShellPlan => ({ ...base, execsMain: true, explicitExec: false, waitsInBuiltin: false, why: `${shell} ${reason}` });

  if (mode === 'file') return fork('runs a script file command by command and forks each program; without `exec` the shell stays as its parent');
  if (impl === 'dash') return fork('does not exec the last command of `sh -c` (Debian patch 0004), so it stays and runs the program as its child');
  if (follows) return fork('runs the program as a child because more commands follow it');
  if (trapBefore) return fork('forks when a trap is set, so it can run the trap');
  if (ctx.inPipeline) return fork('forks every command of a pipeline');
  if (ctx.negated) return fork('forks a negated command (`! cmd`)');
  if (ctx.inLoop) return fork('forks inside a loop');
  if (impl === 'bash') {
    if (ctx.depth > 0) return fork('execs only a top-level command, not one inside `if`, a subshell or a group');
    if (main.redirects.length > 0) return fork('does not exec a command with redirections');
    if (ctx.operatorBefore === '&') return fork('does not exec a command that follows `&`');
    return exec('execs the last command of `-c` when nothing follows it and no trap is set, so the program takes its PID');
  }
  return exec('execs the last command of `sh -c` when nothing follows it and no trap is set, so the program takes its PID');
}

/**
 * Is `set -e` (errexit) on when the script reaches `cmd`? Set by `sh -e` / a `#!/bin/sh -e` line (`invokedWithE`) or
 * a top-level `set -e`, `set -eu`, `set -o errexit` before it, and turned off by a later `set +e`.
 */
export function errexitAt(script: ShellScript, cmd: SimpleCommand, invokedWithE: boolean): boolean {
  let on = invokedWithE;
  for (const c of script.commands) {
    if (c.range.start.offset >= cmd.range.start.offset) break;
    if (staticName(c) !== 'set' || c.context.depth > 0 || c.context.inFunction || c.context.inSubstitution) continue;
    const words = c.args.map((a) => a.value ?? '');
    words.forEach((w, i) => {
      if (/^-[a-zA-Z]*e[a-zA-Z]*$/.test(w) && !w.startsWith('--')) on = true;
      else if (/^\+[a-zA-Z]*e[a-zA-Z]*$/.test(w)) on = false;
      else if (w === '-o' && words[i + 1] === 'errexit') on = true;
      else if (w === '+o' && words[i + 1] === 'errexit') on = false;
    });
  }
  return on;
}
