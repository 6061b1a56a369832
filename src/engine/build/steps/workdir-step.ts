/**
 * WORKDIR: sets the working directory (relative paths resolve against the current one —
 * system.NormalizeWorkdir) and, unless it is `/`, makes it with `mkdir -p` owned by the current USER, as a
 * layer of its own (convert.go `dispatchWorkdir`: a Mkdir FileOp, `withLayer = true`). An existing
 * directory gives an empty layer.
 */
import type { WorkdirInstruction } from '../../dockerfile/ast.ts';
import type { ExpandedInstruction } from '../../dockerfile/expansion-types.ts';
import { BUILDKIT_COMMENT } from '../../inspect/layer.ts';
import type { BuildSession } from '../session.ts';
import { decide } from '../session.ts';
import type { StageRun } from '../stage-run.ts';
import { workdirKey } from '../cache-key.ts';
import { beginStep, endStep, mkdirp } from '../fs-tree.ts';
import { diffLayer } from '../layer-diff.ts';
import { normalizePath } from '../fs-path.ts';
import { readGroups, readUsers } from '../filesystem-query.ts';
import { commitStep, vertexName } from './commit.ts';

/** The owner of WORKDIR's directory: the USER's entry, 0 when the name is unknown (readUser's fallback). */
function owner(run: StageRun): { uid: number; gid: number } {
  const spec = run.config.user;
  if (spec === '') return { uid: 0, gid: 0 };
  const [u = '', g] = spec.split(':', 2);
  let uid = 0;
  let gid = 0;
  if (/^\d+$/.test(u)) uid = gid = Number(u);
  else {
    const entry = readUsers(run.fs.root).find((x) => x.name === u);
    if (entry !== undefined) {
      uid = entry.uid;
      gid = entry.gid;
    }
  }
  if (g !== undefined && g !== '') gid = /^\d+$/.test(g) ? Number(g) : (readGroups(run.fs.root).find((x) => x.name === g)?.gid ?? 0);
  return { uid, gid };
}

export function workdirStep(session: BuildSession, run: StageRun, instruction: WorkdirInstruction, e: ExpandedInstruction | undefined): void {
  const raw = e?.words.find((w) => w.field === 'path')?.value ?? instruction.path?.value ?? '/';
  const path = normalizePath(raw, run.config.workdir || '/');
  run.config.workdir = path;
  if (path === '/') {
    run.layers.push({ createdBy: 'WORKDIR /', emptyLayer: true, bytes: 0, changes: [], line: instruction.startLine, fromBase: false, comment: BUILDKIT_COMMENT, stage: run.name });
    return;
  }
  const name = vertexName(session, run, instruction, e);
  const key = workdirKey(run.key, path, run.config.user);
  const record = { key, parent: run.key, stage: run.name, kind: 'workdir' as const, text: path, user: run.config.user };
  const decision = decide(session, run, key, record);
  beginStep(run.fs);
  mkdirp(run.fs, path, owner(run));
  const entries = diffLayer(run.fs.root, endStep(run.fs));
  commitStep(session, run, {
    kind: 'workdir',
    instruction,
    name,
    key,
    chainKey: key,
    record,
    decision,
    seconds: 0.05,
    entries,
    createdBy: `WORKDIR ${path}`,
    logs: [],
    estimates: [],
    usesContext: false,
  });
}
