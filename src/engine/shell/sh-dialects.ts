/**
 * Which command a `sh -c <script>` shell turns into (execs) instead of forking, per shell. Facts from
 * /work/shared/reference/runtime-signals.md §2 (measured, and read from the shells' sources):
 * - Debian/Ubuntu dash: a Debian patch turns the optimisation off; only an explicit `exec` replaces
 *   the shell (dash 0.5.12-2, patch 0004-SHELL-Disable-sh-c-command-sh-c-exec-command-optimiza.diff).
 * - upstream dash and BusyBox ash: `evalstring(minusc, EV_EXIT)`: the command in tail position is
 *   exec'd, also inside a subshell or `{ }` group, unless traps are set.
 * - bash 5.x: `should_optimize_fork` / `can_optimize_connection`: the last simple command of the
 *   top-level list (after `&&`, `||` or `;`) is exec'd, unless traps are set; not inside compounds.
 * A pipeline, a background job, `!` or a builtin in tail position always keeps the shell. An `if` is left undecided (which branch
 * runs is only known at run time), so it counts as keeping the shell.
 */
import type { CommandList, ShellScript, SimpleCommand } from './types.ts';

export type ShDialect = 'debian-dash' | 'dash' | 'busybox' | 'bash';

/** Builtins of dash, BusyBox ash and bash: they run inside the shell, so they never replace it. */
const BUILTINS = new Set([
  ':', '.', 'source', 'break', 'continue', 'eval', 'exit', 'export', 'readonly', 'return', 'set', 'shift',
  'times', 'trap', 'unset', 'true', 'false', 'cd', 'echo', 'printf', 'read', 'wait', 'test', '[', 'pwd',
  'umask', 'command', 'type', 'kill', 'getopts', 'alias', 'unalias', 'jobs', 'fg', 'bg', 'hash', 'ulimit', 'local',
]);

function tail(list: CommandList, intoCompounds: boolean): SimpleCommand | undefined {
  const item = list.items[list.items.length - 1];
  if (item === undefined || item.background) return undefined;
  const pipeline = item.pipelines[item.pipelines.length - 1]!;
  if (pipeline.negated || pipeline.commands.length !== 1) return undefined;
  const cmd = pipeline.commands[0]!;
  if (cmd.kind === 'simple') return cmd.name?.value === undefined || BUILTINS.has(cmd.name.value) ? undefined : cmd;
  if (intoCompounds && (cmd.kind === 'subshell' || cmd.kind === 'group') && cmd.redirects.length === 0) return tail(cmd.body, true);
  return undefined;
}

/**
 * The simple command that replaces the shell as the process (`undefined`: the shell stays and runs
 * its commands as children). An explicit `exec cmd` at the end replaces it in every dialect; the
 * result is then the `exec` command itself (its first argument is the program).
 */
export function commandReplacingShell(script: ShellScript, dialect: ShDialect): SimpleCommand | undefined {
  const shape = script.shape;
  if (shape.execsLastCommand) return shape.lastCommand;
  if (dialect === 'debian-dash' || shape.hasTrap) return undefined;
  return tail(script.body, dialect !== 'bash');
}
