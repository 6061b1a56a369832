/**
 * The process tree while it is being built (mutable, internal), the context a launch runs in, and
 * what a launch ends in. `snapshot` turns it into the public, readonly `ProcessNode`.
 */
import type { BuiltImage, DirNode } from '../build/types.ts';
import type { ShellScript } from '../shell/types.ts';
import type { Credentials } from './fs-query.ts';
import type { ShellImpl } from './messages.ts';
import type { Reaction } from './runtime-behaviour.ts';
import type { ShellPlan } from './shell-plan.ts';
import type { ProcessNode, ProcessRole, ProgramKind, RunError } from './types.ts';

export interface ShellState {
  readonly impl: ShellImpl;
  readonly plan: ShellPlan;
  /** `$0` and whether it runs a script file (for error texts). */
  readonly arg0: string;
  readonly file: boolean;
}

export interface InitState {
  readonly kind: 'tini' | 'dumb-init';
  /** Signals go to the child's whole process group (`tini -g`, dumb-init by default). */
  readonly group: boolean;
  /** `tini -e CODE`: exit codes remapped to 0. */
  readonly remap: readonly number[];
}

export interface Proc {
  readonly pid: number;
  argv: string[];
  execChain: string[][];
  program: ProgramKind;
  role: ProcessRole;
  readonly background: boolean;
  state: 'running' | 'exited' | 'zombie';
  exitCode: number | undefined;
  note: string | undefined;
  readonly children: Proc[];
  readonly parent: Proc | undefined;
  /** Handlers this process has installed, by signal number. */
  reactions: Map<number, Reaction>;
  shell: ShellState | undefined;
  init: InitState | undefined;
}

export interface LaunchContext {
  readonly image: BuiltImage;
  readonly fs: DirNode;
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  readonly cred: Credentials;
  readonly hostArch: string;
  /** Shell-form scripts already parsed by the Dockerfile parser, by text (parse once). */
  readonly knownScripts: ReadonlyMap<string, ShellScript>;
  readonly allocPid: () => number;
  readonly assumptions: string[];
  readonly explanations: string[];
  readonly depth: number;
}

/** Who starts a program: this decides the error texts when it cannot be started. */
export type Launcher =
  | { readonly kind: 'runc' }
  | { readonly kind: 'tini'; readonly pid: number }
  | { readonly kind: 'dumb-init' }
  | { readonly kind: 'shell'; readonly impl: ShellImpl; readonly arg0: string; readonly line: number; readonly file: boolean; readonly viaExec: boolean }
  | { readonly kind: 'env'; readonly busybox: boolean }
  | { readonly kind: 'spawn'; readonly by: string };

export type Outcome =
  | { readonly state: 'running' }
  | { readonly state: 'exited'; readonly code: number; readonly reason: string; readonly error: RunError | undefined };

export const RUNNING: Outcome = { state: 'running' };

export function newProc(parent: Proc | undefined, pid: number, argv: string[], background = false): Proc {
  const proc: Proc = {
    pid,
    argv,
    execChain: [],
    program: 'other',
    role: 'app',
    background,
    state: 'running',
    exitCode: undefined,
    note: undefined,
    children: [],
    parent,
    reactions: new Map(),
    shell: undefined,
    init: undefined,
  };
  parent?.children.push(proc);
  return proc;
}

export function snapshot(proc: Proc): ProcessNode {
  return {
    pid: proc.pid,
    argv: [...proc.argv],
    program: proc.program,
    role: proc.role,
    background: proc.background,
    execChain: proc.execChain.map((a) => [...a]),
    state: proc.state,
    ...(proc.exitCode === undefined ? {} : { exitCode: proc.exitCode }),
    ...(proc.note === undefined ? {} : { note: proc.note }),
    children: proc.children.map(snapshot),
  };
}

/** Every process of the tree, depth first. */
export function allProcs(root: Proc): Proc[] {
  const out: Proc[] = [root];
  for (const c of root.children) out.push(...allProcs(c));
  return out;
}

/** The process that does the work: the deepest running foreground `app`, else PID 1. */
export function mainApp(root: Proc): Proc {
  let best: Proc | undefined;
  const visit = (p: Proc, depth: number, bestDepth: { d: number }) => {
    if (p.role === 'app' && !p.background && depth >= bestDepth.d) {
      best = p;
      bestDepth.d = depth;
    }
    for (const c of p.children) if (!c.background) visit(c, depth + 1, bestDepth);
  };
  visit(root, 0, { d: -1 });
  return best ?? root;
}

export function cmdText(argv: readonly string[]): string {
  return argv.map((a) => (a === '' || /[\s"'\\$`]/.test(a) ? JSON.stringify(a) : a)).join(' ');
}
