/**
 * A shell as a container process: `sh -c '…'` (shell-form CMD/ENTRYPOINT, npm's scripts) or a script
 * file (an entrypoint script). Runs the setup commands it can follow (`cd`, `export`, `set --`), starts
 * the background jobs, and either execs the main command (it takes the shell's PID) or forks it and
 * stays as its parent — shell-plan.ts decides which, per shell.
 */
import { normalizePath } from '../build/fs-path.ts';
import { parseShell } from '../shell/index.ts';
import type { ShellScript, SimpleCommand } from '../shell/types.ts';
import { decideSetIdiom, GENERIC_ENTRYPOINT, knownEntrypoint } from './entrypoint-scripts.ts';
import { absolutePath, fileText, lookPath, lookupPath } from './fs-query.ts';
import { baseTools, exited, launch } from './launch.ts';
import type { ShellImpl } from './messages.ts';
import { newProc, RUNNING } from './process-model.ts';
import type { LaunchContext, Launcher, Outcome, Proc } from './process-model.ts';
import { basename, shellImplOf } from './programs.ts';
import { errexitAt, planShell } from './shell-plan.ts';
import type { ShellPlan } from './shell-plan.ts';
import { signalName } from './signals.ts';
import { displayCommand, expandCommand, expandWord } from './shell-words.ts';
import type { WordScope } from './shell-words.ts';

interface Invocation {
  readonly text: string | undefined;
  readonly mode: '-c' | 'file';
  readonly arg0: string;
  readonly positional: readonly string[];
  readonly scriptPath: string | undefined;
  /** `sh -e …`, or a `#!/bin/sh -e` line: errexit from the start. */
  readonly errexit: boolean;
}

function parseInvocation(argv: readonly string[]): Invocation | 'stdin' | 'missing-c-arg' {
  let i = 1;
  let cMode = false;
  let errexit = false;
  for (; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') { i++; break; }
    if (a === '-o' || a === '+o') { if (argv[i + 1] === 'errexit') errexit = a === '-o'; i++; continue; }
    if (!/^[-+][A-Za-z]+$/.test(a)) break;
    if (a.startsWith('-') && a.includes('c')) cMode = true;
    if (a.includes('e')) errexit = a.startsWith('-');
  }
  if (cMode) {
    const text = argv[i];
    if (text === undefined) return 'missing-c-arg';
    return { text, mode: '-c', arg0: argv[i + 1] ?? (argv[0] as string), positional: argv.slice(i + 2), scriptPath: undefined, errexit };
  }
  const script = argv[i];
  if (script === undefined) return 'stdin';
  return { text: undefined, mode: 'file', arg0: script, positional: argv.slice(i + 1), scriptPath: script, errexit };
}

function relativeLine(script: ShellScript, cmd: SimpleCommand): number {
  return cmd.range.start.line - script.range.start.line + 1;
}

function readScript(ctx: LaunchContext, path: string): { readonly text: string } | { readonly missing: true } {
  const abs = absolutePath(path, ctx.cwd);
  if (lookupPath(ctx.fs, abs) === undefined) return { missing: true };
  const text = fileText(ctx.fs, abs);
  if (text !== undefined) return { text };
  const known = knownEntrypoint(abs, ctx.image.baseImage);
  if (known !== undefined) {
    ctx.assumptions.push(`${abs}: its text is not in the simulation; it is taken to behave like the official ${known.name} (${known.source}).`);
    return { text: known.text };
  }
  ctx.assumptions.push(`${abs}: its text is not in the simulation; assumed to end in \`exec "$@"\` as official entrypoint scripts do.`);
  return { text: GENERIC_ENTRYPOINT };
}

export function launchShell(proc: Proc, argv: readonly string[], ctx: LaunchContext, implHint?: ShellImpl, realProgram?: string): Outcome {
  const impl = implHint ?? shellImplOf(basename(argv[0] ?? 'sh'), realProgram ?? argv[0] ?? '', ctx.image.os.shellImpl);
  proc.program = 'shell';
  proc.role = 'shell';
  proc.argv = [...argv];
  const inv = parseInvocation(argv);
  if (inv === 'stdin') {
    return exited(proc, 0, 'a shell with no script reads commands from standard input; `docker run` without `-i` gives it none, so it exits at once');
  }
  if (inv === 'missing-c-arg') return exited(proc, 2, `${argv[0]}: -c requires an argument`);
  let text = inv.text;
  if (text === undefined) {
    const read = readScript(ctx, inv.scriptPath as string);
    if ('missing' in read) {
      const message = `${argv[0]}: 0: cannot open ${inv.scriptPath}: No such file`;
      return exited(proc, 2, 'the shell cannot open its script', { message, exitCode: 2, phase: 'runtime', printedBy: 'container', output: [message], explanation: `${inv.scriptPath} does not exist in the image.` });
    }
    text = read.text;
  }
  const script = ctx.knownScripts.get(text) ?? parseShell(text);
  const firstError = script.errors[0];
  if (firstError !== undefined) {
    const message = `${inv.arg0}: ${firstError.range.start.line}: Syntax error: ${firstError.message}`;
    return exited(proc, 2, 'the shell script has a syntax error', { message, exitCode: 2, phase: 'runtime', printedBy: 'container', output: [message], explanation: 'The shell cannot parse its script, so it runs nothing.' });
  }
  const plan = planShell(script, impl, inv.mode, inv.errexit);
  proc.shell = { impl, plan, arg0: inv.arg0, file: inv.mode === 'file' };
  const refused = refusedTrap(proc, plan, inv, ctx);
  if (refused !== undefined) return refused;
  explainTraps(plan, ctx);
  const what = inv.mode === 'file' ? `the script ${inv.scriptPath}` : `\`${argv[0]} -c ${JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text)}\``;
  if (plan.main !== undefined) ctx.explanations.push(`${what}: ${plan.why}.${plan.confidence === 'source' ? ' (read in the shell\'s source; not measured)' : ''}`);

  const env: Record<string, string> = { ...ctx.env };
  let cwd = ctx.cwd;
  let positional = [...inv.positional];
  const scope = (): WordScope => ({ arg0: inv.arg0, positional, env });
  const isCommand = (name: string) => lookPath(ctx.fs, name, env.PATH ?? '', cwd, ctx.cred, baseTools(ctx)).ok;
  for (const cmd of script.commands) {
    if (cmd.name === undefined && !cmd.context.inSubstitution && plan.main !== undefined && cmd.range.end.offset <= plan.main.range.start.offset) {
      for (const a of cmd.assignments) {
        const v = a.value === undefined ? [''] : expandWord(a.value, scope());
        if (v !== undefined) env[a.name] = v.join(' ');
      }
    }
  }
  for (const cmd of plan.setup) {
    const name = cmd.name?.value;
    if (name === 'cd') {
      const target = cmd.args[0] === undefined ? [env.HOME ?? '/'] : expandWord(cmd.args[0], scope());
      if (target?.[0] !== undefined) cwd = absolutePath(target[0], cwd);
    } else if (name === 'export') {
      for (const w of cmd.args) {
        const v = expandWord(w, scope())?.join(' ');
        const eq = v?.indexOf('=') ?? -1;
        if (v !== undefined && eq > 0) env[v.slice(0, eq)] = v.slice(eq + 1);
      }
    } else if (name === 'set' && cmd.args[0]?.value === '--') {
      const decided = decideSetIdiom(script, cmd, positional[0], isCommand);
      if (decided === undefined) ctx.assumptions.push(`\`set ${cmd.args.map((w) => w.raw).join(' ')}\` runs under a condition the simulation does not evaluate; assumed not taken.`);
      if (decided === true) positional = expandCommand(cmd.args.slice(1), scope()) ?? positional;
    }
  }

  const child = { ...ctx, env, cwd, depth: ctx.depth + 1 };
  const via = (cmd: SimpleCommand, viaExec: boolean): Launcher => ({ kind: 'shell', impl, arg0: inv.arg0, line: relativeLine(script, cmd), file: inv.mode === 'file', viaExec });
  const argvOf = (cmd: SimpleCommand, words: typeof cmd.args): string[] | undefined => {
    const known = expandCommand(words, scope());
    if (known !== undefined) return known;
    ctx.assumptions.push(`\`${words.map((w) => w.raw).join(' ')}\` depends on values only known at run time; shown as written.`);
    return displayCommand(words, scope());
  };

  for (const bg of plan.background) {
    const bgArgv = argvOf(bg, bg.name === undefined ? bg.args : [bg.name, ...bg.args]) ?? [];
    const p = newProc(proc, ctx.allocPid(), bgArgv, true);
    const out = launch(p, bgArgv, child, via(bg, false));
    if (out.state === 'exited') p.note = `exited at once (${out.code}): ${out.error?.message ?? out.reason}`;
  }

  const main = plan.main;
  if (main === undefined) return exited(proc, 0, 'the script runs its commands and ends: no long-running program is left');
  if (plan.waitsInBuiltin) {
    return proc.children.some((c) => c.state === 'running') ? RUNNING : exited(proc, 0, 'the script waits for background jobs that already ended');
  }
  if (plan.explicitExec) {
    // `exec -a NAME cmd` (bash) names the process; `-c`/`-l` change its environment / argv[0].
    const skip = main.args[0]?.value === '-a' ? 2 : /^-[cl]+$/.test(main.args[0]?.value ?? '') ? 1 : 0;
    const words = main.args.slice(skip);
    const execArgv = argvOf(main, words) ?? [];
    if (execArgv.length === 0) return exited(proc, 0, '`exec` with no command (no arguments were passed): the script ends');
    proc.execChain.push([...proc.argv]);
    proc.shell = undefined;
    return launch(proc, execArgv, withAssignments(child, main, scope()), via(main, true));
  }
  const mainArgv = argvOf(main, [main.name as NonNullable<typeof main.name>, ...main.args]) ?? [];
  if (plan.execsMain) {
    proc.execChain.push([...proc.argv]);
    proc.shell = undefined;
    return launch(proc, mainArgv, withAssignments(child, main, scope()), via(main, false));
  }
  const fg = newProc(proc, ctx.allocPid(), mainArgv);
  const out = launch(fg, mainArgv, withAssignments(child, main, scope()), via(main, false));
  if (out.state === 'exited') {
    const code = statusAfter(script, main, out.code);
    return exited(proc, code, `its command ended (${out.code}): ${out.reason}`, out.error);
  }
  return RUNNING;
}

/**
 * The shell's exit status when its main command ended with `code` and the script goes on:
 * `cmd && …` stops there, `cmd || exit 1` exits 1, `cmd; echo done` ends with the last command's
 * status (assumed 0 unless it is `exit N`).
 */
function statusAfter(script: ShellScript, main: SimpleCommand, code: number): number {
  const rest = script.commands.filter((c) => !c.context.inSubstitution && c.range.start.offset >= main.range.end.offset);
  if (rest.length === 0) return code;
  const op = main.context.operatorAfter;
  if (op === '&&' && code !== 0) return code;
  if (op === '||' && code === 0) return code;
  const last = rest[rest.length - 1] as SimpleCommand;
  if (last.name?.value === 'exit') {
    const arg = last.args[0]?.value;
    return arg !== undefined && /^\d+$/.test(arg) ? Number(arg) : code;
  }
  return 0;
}

/** `NAME=value cmd`: the assignment is in the command's environment only. */
function withAssignments(ctx: LaunchContext, cmd: SimpleCommand, scope: WordScope): LaunchContext {
  if (cmd.assignments.length === 0) return ctx;
  const env = { ...ctx.env };
  for (const a of cmd.assignments) {
    const v = a.value === undefined ? [''] : expandWord(a.value, scope);
    if (v !== undefined) env[a.name] = v.join(' ');
  }
  return { ...ctx, env };
}

/**
 * dash refuses `trap … SIGTERM` (measured, dash 0.5.12-2: `trap: SIGTERM: bad trap`, status 1, no trap set). Under
 * `set -e` the script ends right there with 1; otherwise it goes on without the trap.
 */
function refusedTrap(proc: Proc, plan: ShellPlan, inv: Invocation, ctx: LaunchContext): Outcome | undefined {
  for (const trap of plan.traps) {
    if (trap.rejected.length === 0 || (plan.main !== undefined && !(trap.command.range.end.offset <= plan.main.range.start.offset))) continue;
    const lines = trap.rejected.map((c) => `trap: ${c}: bad trap`);
    const why = `${SHELL_WORDS[plan.impl]} does not accept ${trap.rejected.map((c) => `\`${c}\``).join(', ')} in \`trap\`: it takes signal names without the SIG prefix (\`TERM\`) or numbers (\`15\`)`;
    if (errexitAt(plan.script, trap.command, inv.errexit)) {
      return exited(proc, 1, 'the shell refused a trap and `set -e` ends the script', {
        message: lines[0] as string,
        exitCode: 1,
        phase: 'runtime',
        printedBy: 'container',
        output: lines,
        explanation: `${why}, so \`trap\` fails with status 1 and \`set -e\` ends the script before it starts the app.`,
      });
    }
    ctx.explanations.push(`${why}: it prints \`${lines.join('; ')}\` and sets no trap, so the script goes on without one.`);
  }
  return undefined;
}

const SHELL_WORDS: Readonly<Record<ShellImpl, string>> = { dash: "Debian's dash", bash: 'bash', 'busybox-ash': 'BusyBox ash' };

/** What a trap set before the long-running part changes for `docker stop`, in words (POSIX "trap", bash(1)). */
function explainTraps(plan: ShellPlan, ctx: LaunchContext): void {
  const point = plan.firstWait ?? plan.main;
  if (point === undefined || plan.execsMain) return;
  const set = plan.traps.filter((t) => t.action !== undefined && t.action !== '' && t.command.range.end.offset <= point.range.start.offset && t.signals.some((n) => n > 0));
  if (set.length === 0) return;
  const names = [...new Set(set.flatMap((t) => t.signals.filter((n) => n > 0).map(signalName)))].join(' and ');
  ctx.explanations.push(
    plan.waitsInBuiltin
      ? `The script sets a trap for ${names}, so the shell has a handler and gets the signal even as PID 1; it sits in \`wait\`, which returns as soon as the signal arrives, and then the trap runs.`
      : `The script sets a trap for ${names}, but runs its program in the foreground: a shell runs a trap only after the foreground command ends, so the trap waits as long as the program runs.`,
  );
}
