/**
 * Runs a RUN step's script over the shell-words model, the way `/bin/sh -c` would: lists and `&&` /
 * `||` chains with their exit statuses, pipelines (the last command's status), `set -e`, subshells and
 * groups, `if` / `for` / `case` with what can be known statically, functions, redirections to files,
 * and a command looked up on PATH in the stage's filesystem — missing means exit 127 and the shell's
 * own message (dash: `/bin/sh: 1: gcc: not found`; BusyBox ash: `/bin/sh: gcc: not found`; bash:
 * `/bin/bash: line 1: gcc: command not found`).
 */
import type {
  AndOrList,
  Command,
  CommandList,
  Pipeline,
  ShellScript,
  ShellWord,
  SimpleCommand,
} from '../../shell/types.ts';
import type { Invocation, Outcome, Stdin } from './command-types.ts';
import type { RunState } from './run-state.ts';
import { MAX_DEPTH, estimate, log } from './run-state.ts';
import { expandWord, expandWordToString, plainWordValue, UNKNOWN_VALUE } from './words.ts';
import { redirects, utf8Bytes, writeStdout } from './redirects.ts';
import type { ShellVars } from './words.ts';
import { builtin, isBuiltin, knownOutput } from './builtins.ts';
import { handlerFor } from './commands/index.ts';
import { unknownCommand } from './commands/unknown.ts';
import { findOnPath, DEFAULT_PATH } from '../filesystem-query.ts';
import { normalizePath, basename } from '../fs-path.ts';
import { lookup } from '../fs-tree.ts';
import { baseUtilityPresent } from './base-utilities.ts';
import { layeredVars } from './var-store.ts';

export interface ShellSession extends ShellVars {
  errexit: boolean;
  pipefail: boolean;
  /** Functions the script defined (made on the first definition: most scripts define none). */
  functions: Map<string, Command> | undefined;
  /** Set by `exit`: the script stops with this status. */
  exited: number | undefined;
  /** While running a `$(…)`: stdout is collected here and only side-effect-free commands run. */
  capture: string[] | undefined;
  captureUnknown: boolean;
  /** 1-based line of the script the current command is on (for dash's `/bin/sh: 1: …`). */
  line: number;
  /** The line where the script starts in the Dockerfile, and whether it is a heredoc script. */
  readonly firstLine: number;
  readonly multiLine: boolean;
  readonly run: RunState;
  /** `$0` as the shell's messages show it (`/bin/sh`, `sh`, `/bin/bash`) and which shell it is. */
  shellName: string;
  shellImpl: string;
}

export interface ScriptResult {
  readonly status: number;
}

export function newSession(run: RunState, env: ReadonlyMap<string, string>, cwd: string, firstLine: number, multiLine: boolean): ShellSession {
  const session: ShellSession = {
    vars: layeredVars(env),
    lastStatus: 0,
    cwd,
    errexit: false,
    pipefail: false,
    functions: undefined,
    exited: undefined,
    capture: undefined,
    captureUnknown: false,
    line: 1,
    firstLine,
    multiLine,
    run,
    shellName: run.shellPath,
    shellImpl: run.shellImpl,
    substitute: (script) => substitute(session, script),
  };
  if (!session.vars.has('PATH')) session.vars.set('PATH', DEFAULT_PATH);
  session.vars.set('PWD', cwd);
  return session;
}

export function runScript(session: ShellSession, script: ShellScript): ScriptResult {
  const status = runList(session, script.body, false);
  return { status: session.exited ?? status };
}

function runList(session: ShellSession, list: CommandList, inCondition: boolean): number {
  let status = 0;
  for (const item of list.items) {
    status = runAndOr(session, item, inCondition);
    if (session.exited !== undefined) return session.exited;
    if (session.errexit && status !== 0 && !inCondition) {
      session.exited = status;
      return status;
    }
  }
  return status;
}

function runAndOr(session: ShellSession, item: AndOrList, inCondition: boolean): number {
  let status = runPipeline(session, item.pipelines[0] as Pipeline, inCondition || item.pipelines.length > 1);
  for (let i = 1; i < item.pipelines.length; i++) {
    if (session.exited !== undefined) return session.exited;
    const op = item.operators[i - 1];
    if ((op === '&&' && status !== 0) || (op === '||' && status === 0)) continue;
    const last = i === item.pipelines.length - 1;
    status = runPipeline(session, item.pipelines[i] as Pipeline, inCondition || !last);
  }
  session.lastStatus = status;
  return status;
}

function runPipeline(session: ShellSession, pipeline: Pipeline, inCondition: boolean): number {
  let stdin: Stdin | undefined;
  let status = 0;
  let failed = 0;
  const n = pipeline.commands.length;
  pipeline.commands.forEach((command, i) => {
    if (session.exited !== undefined) return;
    const piped = i < n - 1;
    const r = runCommand(session, command, stdin, piped, inCondition || pipeline.negated);
    status = r.status;
    if (status !== 0) failed = status;
    stdin = piped ? r.stdout : undefined;
  });
  if (session.pipefail && failed !== 0) status = failed;
  if (pipeline.negated) status = status === 0 ? 1 : 0;
  session.lastStatus = status;
  return status;
}

interface CommandRun {
  readonly status: number;
  readonly stdout: Stdin | undefined;
}

function runCommand(session: ShellSession, command: Command, stdin: Stdin | undefined, piped: boolean, inCondition: boolean): CommandRun {
  switch (command.kind) {
    case 'simple':
      return runSimple(session, command, stdin, piped);
    case 'subshell': {
      const sub = subSession(session);
      const status = runList(sub, command.body, inCondition);
      return { status: sub.exited ?? status, stdout: undefined };
    }
    case 'group':
      return { status: runList(session, command.body, inCondition), stdout: undefined };
    case 'if': {
      for (const branch of command.branches) {
        const cond = runList(session, branch.condition, true);
        if (session.exited !== undefined) return { status: session.exited, stdout: undefined };
        if (cond === 0) return { status: runList(session, branch.body, inCondition), stdout: undefined };
      }
      return { status: command.elseBody ? runList(session, command.elseBody, inCondition) : 0, stdout: undefined };
    }
    case 'for': {
      const words = command.words ?? [];
      let status = 0;
      for (const w of words) {
        for (const field of expandWord(w, session, session.run.fs.root).fields) {
          session.vars.set(command.variable, field);
          status = runList(session, command.body, inCondition);
          if (session.exited !== undefined) return { status: session.exited, stdout: undefined };
        }
      }
      return { status, stdout: undefined };
    }
    case 'while': {
      // A loop's iterations depend on run-time state; its body is simulated once.
      estimate(session.run, 'a while/until loop was simulated as running its body once');
      const cond = runList(session, command.condition, true);
      if ((cond === 0) === !command.until) runList(session, command.body, inCondition);
      return { status: 0, stdout: undefined };
    }
    case 'case': {
      const subject = command.word ? expandWordToString(command.word, session).value : '';
      for (const item of command.items) {
        for (const p of item.patterns) {
          const pattern = expandWordToString(p, session).value;
          if (pattern === '*' || pattern === subject) return { status: runList(session, item.body, inCondition), stdout: undefined };
        }
      }
      return { status: 0, stdout: undefined };
    }
    case 'function':
      (session.functions ??= new Map()).set(command.name, command.body);
      return { status: 0, stdout: undefined };
  }
}

function subSession(session: ShellSession): ShellSession {
  const sub: ShellSession = { ...session, vars: layeredVars(session.vars), functions: session.functions === undefined ? undefined : new Map(session.functions), exited: undefined };
  (sub as { substitute: ShellSession['substitute'] }).substitute = (script) => substitute(sub, script);
  return sub;
}

/** Shared by the many commands without prefix assignments (read only). */
const NO_ASSIGNMENTS: ReadonlyMap<string, string> = new Map();

function scriptLine(session: ShellSession, command: SimpleCommand): number {
  return session.multiLine ? Math.max(1, command.range.start.line - session.firstLine + 1) : 1;
}

function runSimple(session: ShellSession, cmd: SimpleCommand, pipedIn: Stdin | undefined, piped: boolean): CommandRun {
  const run = session.run;
  session.line = scriptLine(session, cmd);
  // Assignments before a command apply to that command only; alone they set shell variables.
  const assigned = cmd.assignments.length > 0 ? new Map<string, string>() : NO_ASSIGNMENTS;
  for (const a of cmd.assignments) (assigned as Map<string, string>).set(a.name, a.value ? expandWordToString(a.value, session).value : '');
  const argv: string[] = [];
  let unknownArgs = false;
  if (cmd.name !== undefined) {
    unknownArgs = addFields(argv, cmd.name, session);
    for (const w of cmd.args) if (addFields(argv, w, session)) unknownArgs = true;
  }
  if (argv.length === 0) {
    for (const [k, v] of assigned) session.vars.set(k, v);
    return { status: session.capture === undefined ? 0 : session.lastStatus, stdout: undefined };
  }
  // The command sees the shell's variables plus its own prefix assignments (copied only when there are some).
  let env: ReadonlyMap<string, string> = session.vars;
  if (assigned.size > 0) {
    const copy = new Map(session.vars);
    for (const [k, v] of assigned) copy.set(k, v);
    env = copy;
  }

  const io = redirects(session, cmd.redirects, pipedIn);
  // `exec cmd …` replaces the shell with cmd; `command cmd …` skips functions. Both run cmd.
  let execs = false;
  while ((argv[0] === 'exec' || (argv[0] === 'command' && argv[1] !== '-v' && argv[1] !== '-V')) && argv.length > 1) {
    if (argv[0] === 'exec') execs = true;
    argv.shift();
    while ((argv[0] as string) === '-p') argv.shift();
  }
  const name = argv[0] as string;
  let outcome: Outcome;
  let path = '';

  const fn = session.functions?.get(name);
  if (fn !== undefined) {
    if (run.depth >= MAX_DEPTH) {
      log(run, `${session.shellName}: ${name}: maximum function nesting level exceeded (${MAX_DEPTH})`);
      return { status: 2, stdout: undefined };
    }
    run.depth++;
    const status = runCommand(session, fn, io.stdin, piped, false).status;
    run.depth--;
    return { status, stdout: undefined };
  }
  const inv = (p: string): Invocation => ({ name: basename(name), argv, path: p, env, cwd: session.cwd, stdin: io.stdin, unknownArgs });
  if (isBuiltin(name)) {
    outcome = builtin(inv(''), session);
  } else {
    const found = locate(session, name, env.get('PATH') ?? DEFAULT_PATH);
    if (found === undefined) {
      outcome = notFound(session, name);
    } else {
      path = found;
      const known = session.capture !== undefined ? knownOutput(inv(path), session) : undefined;
      if (session.capture !== undefined) {
        if (known === undefined) session.captureUnknown = true;
        outcome = known ?? { status: 0 };
      } else {
        const node = lookup(run.fs.root, found);
        const script = node?.kind === 'file' && node.text !== undefined && /^#!\s*\S*\b(sh|bash|ash|dash)\b/.test(node.text) ? node.text : undefined;
        const handler = handlerFor(basename(name), basename(found));
        outcome = script !== undefined && handler === unknownCommand
          ? { status: run.sh(script, env, session.cwd, found) }
          : handler(inv(found), run);
      }
    }
  }
  if (outcome.messages !== undefined) for (const m of outcome.messages) log(run, m);
  let stdout: Stdin | undefined;
  if (outcome.stdout !== undefined || outcome.stdoutBytes !== undefined) {
    stdout = {
      text: outcome.stdout,
      bytes: outcome.stdoutBytes ?? utf8Bytes(outcome.stdout ?? ''),
      content: outcome.stdoutContent ?? 'text',
      identity: outcome.stdoutIdentity ?? outcome.stdout ?? '',
      from: argv.join(' '),
    };
  }
  if (io.stdoutFile !== undefined && stdout !== undefined) {
    writeStdout(session, io.stdoutFile, io.append, stdout);
    stdout = undefined;
  } else if (io.stdoutFile !== undefined && outcome.status === 0 && io.append === false) {
    writeStdout(session, io.stdoutFile, false, { text: '', bytes: 0, content: 'text', identity: '', from: name });
  } else if (!piped && stdout !== undefined && session.capture !== undefined && stdout.text !== undefined) {
    session.capture.push(stdout.text);
    stdout = undefined;
  }
  session.lastStatus = outcome.status;
  if (execs) session.exited = outcome.status;
  return { status: outcome.status, stdout };
}

/** Adds a word's fields to `argv`; returns whether some part of it could not be known. */
function addFields(argv: string[], word: ShellWord, session: ShellSession): boolean {
  const plain = plainWordValue(word);
  if (plain !== undefined) {
    argv.push(plain);
    return false;
  }
  const e = expandWord(word, session, session.run.fs.root);
  for (const f of e.fields) argv.push(f);
  return e.unknown;
}

/** Finds a command in the stage: on PATH in the filesystem, or among the base image's utilities. */
function locate(session: ShellSession, name: string, pathEnv: string): string | undefined {
  const run = session.run;
  const found = findOnPath(run.fs.root, name, pathEnv, session.cwd);
  if (found !== undefined) return found.path;
  if (name.includes('/')) {
    const node = lookup(run.fs.root, normalizePath(name, session.cwd));
    if (node?.kind === 'file') return normalizePath(name, session.cwd); // not executable: still "found" (126 is rare here)
    return run.knowsContents ? undefined : assumed(session, name);
  }
  if (baseUtilityPresent(run.os, name)) return `/usr/bin/${name}`;
  return run.knowsContents ? undefined : assumed(session, name);
}

function assumed(session: ShellSession, name: string): string {
  estimate(session.run, `the base image is not in the catalog, so \`${name}\` was assumed to be installed`);
  return `/usr/bin/${basename(name)}`;
}

function notFound(session: ShellSession, name: string): Outcome {
  const shell = session.shellName;
  let message: string;
  if (session.shellImpl === 'bash') message = `${shell}: line ${session.line}: ${name}: command not found`;
  else if (session.shellImpl === 'busybox-ash') message = `${shell}: ${name}: not found`;
  else message = `${shell}: ${session.line}: ${name}: not found`;
  return { status: 127, messages: [message] };
}

function substitute(session: ShellSession, script: ShellScript): string | undefined {
  const sub = subSession(session);
  sub.capture = [];
  sub.captureUnknown = false;
  runList(sub, script.body, false);
  if (sub.captureUnknown) return undefined;
  return sub.capture.join('');
}

export { UNKNOWN_VALUE };
