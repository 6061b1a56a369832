/**
 * RUN: the command is simulated over the stage's filesystem (run/interpreter.ts), as the stage's user,
 * with its mounts; its changes become the layer. Before anything runs, what would stop the container
 * from starting is checked as runc would: the user must resolve in /etc/passwd, and a shell-form RUN needs
 * the SHELL's program (`/bin/sh`) in the image (runc: `exec: "/bin/sh": stat /bin/sh: no such file or
 * directory`, simulation-model.md §5.3).
 */
import type { Mount, RunInstruction } from '../../dockerfile/ast.ts';
import type { ExpandedInstruction } from '../../dockerfile/expansion-types.ts';
import { parseShell } from '../../shell/index.ts';
import type { FsNode } from '../types.ts';
import type { BuildSession } from '../session.ts';
import { decide, explainExit } from '../session.ts';
import type { StageRun } from '../stage-run.ts';
import { runKey } from '../cache-key.ts';
import { MAX_RECORDED_ENV, runEnvFromMap, trackedEnv } from '../run-env.ts';
import { runCreatedBy } from '../history.ts';
import { beginStep, cloneDir, endStep, lookup, putNode, removePath, resolvePath } from '../fs-tree.ts';
import { diffLayer } from '../layer-diff.ts';
import type { LayerEntry } from '../layer-diff.ts';
import { isWithin, normalizePath } from '../fs-path.ts';
import { findOnPath, resolveUser } from '../filesystem-query.ts';
import type { RunMount, RunState } from '../run/run-state.ts';
import { MAX_DEPTH } from '../run/run-state.ts';
import { newSession, runScript } from '../run/interpreter.ts';
import type { ShellSession } from '../run/interpreter.ts';
import { commitStep, failStep, vertexName } from './commit.ts';
import { hashParts } from '../hash.ts';
import { resolveStageRef } from '../stage-graph.ts';
import { nodeFromEntry } from '../stage-tree-source.ts';
import type { FileTreeSource } from '../../context/types.ts';

/** Starting a container for the step (runc) takes a moment even when the command is instant. */
const CONTAINER_START_SECONDS = 0.25;

interface MountPlan {
  readonly mount: RunMount;
  readonly keyText: string;
  /** What the mount shows at its target while the step runs. */
  readonly content: FsNode | undefined;
  readonly usesContext: boolean;
}

function stageByRef(session: BuildSession, ref: string): number | undefined | 'invalid' {
  const byName = new Map<string, number>();
  for (const n of session.graph.nodes) if (n.alias !== undefined) byName.set(n.alias, n.index);
  return resolveStageRef(ref, byName, session.graph.nodes.length);
}

/** Shared by the many RUNs without mounts (read only). */
const NO_PLANS: readonly MountPlan[] = [];

function planMounts(session: BuildSession, run: StageRun, mounts: readonly Mount[], e: ExpandedInstruction | undefined): readonly MountPlan[] | string {
  if (mounts.length === 0) return NO_PLANS;
  const plans: MountPlan[] = [];
  mounts.forEach((m, i) => {
    const opt = (key: string, fallback: string | undefined) => e?.words.find((w) => w.field === `mount.${key}` && w.index === i)?.value ?? fallback;
    const type = m.type;
    const id = opt('id', m.id);
    const fallbackTarget = type === 'secret' ? `/run/secrets/${id ?? ''}` : type === 'ssh' ? '/run/buildkit/ssh_agent.0' : undefined;
    const targetText = opt('target', m.target) ?? fallbackTarget ?? '';
    const target = normalizePath(targetText, run.config.workdir || '/');
    const from = m.from;
    const source = opt('source', m.source);
    let content: FsNode | undefined;
    let usesContext = false;
    let fromKey = '';
    if (type === 'bind' || (type === 'cache' && from !== undefined)) {
      let tree: FileTreeSource | undefined;
      let rootNode: FsNode | undefined;
      if (from === undefined) {
        tree = session.context.sent;
        usesContext = true;
        fromKey = 'context';
      } else {
        const index = stageByRef(session, from);
        const other = typeof index === 'number' ? session.runs.get(index) : undefined;
        if (typeof index === 'number' && other === undefined) {
          plans.push({ mount: { type: 'error', target, id: '', readOnly: true }, keyText: `cannot mount from stage "${from}" to "${target}", stage needs to be defined before current command`, content: undefined, usesContext });
          return;
        }
        if (other !== undefined) {
          rootNode = lookup(other.fs.root, normalizePath(source ?? '/'));
          fromKey = other.key;
        }
      }
      if (tree !== undefined) {
        const path = (source ?? '').replace(/^\/+/, '');
        const entry = tree.entry(path === '.' ? '' : path);
        if (entry !== undefined) content = materialize(tree, path === '.' ? '' : path, entry);
      } else content = rootNode;
    } else if (type === 'secret') {
      content = { kind: 'file', bytes: 64, mode: 0o400, uid: 0, gid: 0, digest: hashParts(['secret', id ?? '']), text: undefined, binary: undefined, content: 'text', estimate: true };
    }
    const defaultId = type === 'cache' && (id === undefined || id === targetText);
    const keyText = [type, target, from ?? '', source ?? '', defaultId ? '' : `id=${id ?? ''}`, fromKey, m.readOnly === true ? 'ro' : ''].join(':');
    plans.push({ mount: { type, target, id: type === 'cache' ? (id ?? target) : (id ?? ''), readOnly: m.readOnly ?? (type !== 'cache' && type !== 'tmpfs') }, keyText, content, usesContext });
  });
  const bad = plans.find((p) => p.mount.type === 'error');
  return bad !== undefined ? bad.keyText : plans;
}

/** A context directory or file as filesystem nodes (for a bind mount of the context). */
function materialize(tree: FileTreeSource, path: string, entry: import('../../context/types.ts').TreeEntry): FsNode {
  const own = { uid: 0, gid: 0, mode: undefined };
  const node = nodeFromEntry(entry, own, undefined);
  if (node.kind !== 'dir') return node;
  for (const child of tree.children(path) ?? []) (node as ReturnType<typeof cloneDir>).children.set(child.name, materialize(tree, child.path, child));
  return node;
}

export function runStep(session: BuildSession, run: StageRun, instruction: RunInstruction, e: ExpandedInstruction | undefined): void {
  const command = instruction.command;
  if (command === undefined) return;
  const c = run.config;
  const heredocOnly = command.kind === 'shell' && instruction.heredocs.length > 0 && /^<<-?["']?\w+["']?$/.test(command.text.trim());
  const scriptText = command.kind === 'shell' ? (heredocOnly ? (instruction.heredocs[0]?.data ?? '') : command.text) : '';
  const argv = command.kind === 'exec' ? command.args.map((a) => a.value) : [...c.shell, scriptText];
  const runEnvironment = e !== undefined ? trackedEnv(run.envTracker, e.scope) : runEnvFromMap(c.env);
  const env = runEnvironment.env;
  const argNames = runEnvironment.argNames;
  const plans = planMounts(session, run, instruction.mounts, e);
  const name = vertexName(session, run, instruction, e);
  if (typeof plans === 'string') {
    failStep(session, run, { kind: 'run', instruction, name, key: '', logs: [], vertexError: plans, message: `failed to solve: ${plans}`, explanation: 'A RUN --mount can only use a stage defined earlier in the Dockerfile.', seconds: 0, estimates: [] });
    return;
  }
  const network = instruction.network?.value ?? 'default';
  const security = instruction.security?.value ?? 'sandbox';
  const mountsText = plans.map((p) => p.keyText).join('|');
  const text = JSON.stringify(argv);
  const envDigest = runEnvironment.digest;
  const key = runKey({ parent: run.key, argv, argvJson: text, envDigest, workdir: c.workdir || '/', user: c.user, network, security, mounts: mountsText, platform: session.platformText });
  // Two literals rather than a conditional spread, which the engine builds slowly (a hot line in a long Dockerfile).
  const record = env.size <= MAX_RECORDED_ENV
    ? { key, parent: run.key, stage: run.name, kind: 'run' as const, text, envDigest, env: Object.fromEntries(env), argNames, workdir: c.workdir || '/', user: c.user, mounts: mountsText }
    : { key, parent: run.key, stage: run.name, kind: 'run' as const, text, envDigest, workdir: c.workdir || '/', user: c.user, mounts: mountsText };
  const decision = decide(session, run, key, record);
  const fail = (logs: { at: number; text: string }[], vertexError: string, explanation: string, seconds: number, estimates: readonly string[] = []) =>
    failStep(session, run, { kind: 'run', instruction, name, key, logs, vertexError, message: `failed to solve: ${vertexError}`, explanation, seconds, estimates, reason: decision.reason });

  // The user must exist before the process can start (runc resolves it in the rootfs).
  const user = resolveUser(run.fs.root, c.user);
  if (!user.ok) {
    fail([], user.message, `USER ${c.user} is not a user of this image: create it first (useradd/adduser) or use a numeric uid.`, 0);
    return;
  }
  // The program to start: the SHELL's first word for shell form, argv[0] for exec form.
  const pathEnv = env.get('PATH');
  const program = argv[0] ?? '';
  const startable = run.knowsContents ? (program.includes('/') ? lookup(run.fs.root, program)?.kind === 'file' : findOnPath(run.fs.root, program, pathEnv) !== undefined) : true;
  if (!startable) {
    const msg = program.includes('/')
      ? `runc run failed: unable to start container process: error during container init: exec: "${program}": stat ${program}: no such file or directory`
      : `runc run failed: unable to start container process: error during container init: exec: "${program}": executable file not found in $PATH`;
    const explanation = command.kind === 'shell'
      ? `The image has no ${program}, so a shell-form RUN cannot start (${run.baseImage} has no shell). Use the exec form with a program the image has, or build this in a stage that has a shell.`
      : `${program} is not in this image.`;
    fail([{ at: 0.1, text: msg }], `process "${argv.join(' ')}" did not complete successfully: exit code: 1`, explanation, CONTAINER_START_SECONDS);
    return;
  }

  // Simulate. Mounts are put in place without being noted, and whatever lands under them is dropped.
  const saved = plans.map((p) => ({ target: p.mount.target, node: lookup(run.fs.root, p.mount.target, false) }));
  for (const p of plans) {
    if (p.content !== undefined) putNode(run.fs, p.mount.target, p.content.kind === 'dir' ? cloneDir(p.content) : p.content);
  }
  beginStep(run.fs);
  const state: RunState = {
    fs: run.fs,
    os: run.os,
    platform: run.platform,
    catalog: session.catalog,
    user: { uid: user.uid, gid: user.gid, name: user.name ?? String(user.uid) },
    shellPath: c.shell[0] ?? '/bin/sh',
    shellImpl: shellImplOf(run, c.shell[0] ?? '/bin/sh'),
    mounts: plans.map((p) => p.mount),
    warmMounts: session.warmMounts,
    mountWrites: new Map(),
    network,
    knowsContents: run.knowsContents,
    seed: key,
    sh: (text, shEnv, cwd, argv0 = 'sh') => runNested(state, text, shEnv, cwd, argv0),
    depth: 0,
    seconds: 0,
    logs: [],
    estimates: [],
  };
  let status: number;
  if (command.kind === 'exec') {
    status = runExec(state, argv, env, c.workdir || '/');
  } else if (command.shebang !== undefined && !/\b(sh|bash|ash|dash)$/.test(command.shebang.split(/\s+/)[0] ?? '')) {
    state.estimates.push(`a RUN heredoc run by ${command.shebang} is not simulated: assumed to succeed`);
    status = 0;
  } else {
    const session2 = newSession(state, env, c.workdir || '/', command.script.range.start.line, heredocOnly);
    setShellName(session2, state.shellPath, state.shellImpl);
    status = runScript(session2, command.script).status;
  }
  const touched = endStep(run.fs);
  for (const s of saved) {
    // Put back what was under each mount target before the step.
    if (s.node !== undefined) putNode(run.fs, s.target, s.node);
    else removePath(run.fs, s.target);
  }
  const diff = diffLayer(run.fs.root, touched);
  const entries = plans.length === 0 ? diff : diff.filter((en) => !plans.some((p) => isWithin(en.path, p.mount.target)));
  for (const [id, bytes] of state.mountWrites) session.mounts.set(id, Math.max(bytes, session.prev.mounts[id] ?? 0, session.mounts.get(id) ?? 0));
  const seconds = CONTAINER_START_SECONDS + state.seconds;
  if (status !== 0) {
    fail(state.logs, `process "${argv.join(' ')}" did not complete successfully: exit code: ${status}`, explainExit(state.logs.map((l) => l.text), status, c.user), seconds, state.estimates);
    return;
  }
  commitStep(session, run, {
    kind: 'run',
    instruction,
    name,
    key,
    chainKey: key,
    record,
    decision,
    seconds,
    entries: entries as LayerEntry[],
    createdBy: runCreatedBy(argv, run.buildArgs.size === 0 ? [] : [...run.buildArgs].map(([k]) => [k, env.get(k) ?? run.buildArgs.get(k) ?? ''] as const)),
    logs: state.logs,
    estimates: state.estimates,
    usesContext: plans.some((p) => p.usesContext),
  });
}

function shellImplOf(run: StageRun, shell: string): string {
  if (/bash$/.test(shell)) return 'bash';
  if (/\/(ash|busybox)$/.test(shell)) return 'busybox-ash';
  return run.os.shellImpl ?? 'dash';
}

function setShellName(session: ShellSession, path: string, impl: string): void {
  session.shellName = path;
  session.shellImpl = impl;
}

/** `sh -c TEXT`, an npm script, a script file: the same interpreter, with the nested shell's name in messages. */
function runNested(state: RunState, text: string, env: ReadonlyMap<string, string>, cwd: string, argv0: string): number {
  if (state.depth >= MAX_DEPTH) {
    state.logs.push({ at: state.seconds, text: `${argv0}: nesting deeper than ${MAX_DEPTH} shells: stopped (runaway recursion)` });
    return 2;
  }
  state.depth++;
  try {
    return runNestedScript(state, text, env, cwd, argv0);
  } finally {
    state.depth--;
  }
}

function runNestedScript(state: RunState, text: string, env: ReadonlyMap<string, string>, cwd: string, argv0: string): number {
  const script = parseShell(text);
  const s = newSession(state, env, cwd, 1, true);
  setShellName(s, argv0, /bash$/.test(argv0) ? 'bash' : state.shellImpl === 'bash' ? 'dash' : state.shellImpl);
  return runScript(s, script).status;
}

/** Exec-form RUN: argv runs directly, no shell (so no variable expansion, no `&&`). */
function runExec(state: RunState, argv: readonly string[], env: ReadonlyMap<string, string>, cwd: string): number {
  const quoted = argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
  const script = parseShell(quoted);
  const s = newSession(state, env, cwd, 1, false);
  setShellName(s, state.shellPath, state.shellImpl);
  return runScript(s, script).status;
}

export { resolvePath };
