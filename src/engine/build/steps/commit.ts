/**
 * Recording a step once it has been decided and simulated: the step row, its cache record, its log
 * vertex, its layer (history entry with the layer's changes), and the stage's chain key. Also the
 * recording of a failure, worded as BuildKit words it.
 */
import type { Instruction } from '../../dockerfile/ast.ts';
import type { ExpandedInstruction } from '../../dockerfile/expansion-types.ts';
import type { LayerChange } from '../../inspect/layer.ts';
import { BUILDKIT_COMMENT } from '../../inspect/layer.ts';
import { lexWord } from '../../dockerfile/word-lexer.ts';
import type { BuildStep, CacheStepRecord } from '../types.ts';
import type { LayerEntry } from '../layer-diff.ts';
import { layerBytes } from '../layer-diff.ts';
import { compressedLayerBytes } from '../compression.ts';
import type { BuildSession, Decision } from '../session.ts';
import { oneLine } from '../session.ts';
import type { StageRun } from '../stage-run.ts';
import { stepPrefix } from '../stage-run.ts';
import type { LogLine } from '../progress-log.ts';

export function instructionText(session: BuildSession, instruction: Instruction): string {
  return oneLine(instruction.raw, session.parse.escapeChar);
}

/** BuildKit's vertex name: `[stage i/N] ` + the instruction with its keyword upper-cased and variables in scope expanded. */
export function vertexName(session: BuildSession, run: StageRun, instruction: Instruction, e: ExpandedInstruction | undefined): string {
  const text = instructionText(session, instruction);
  const space = text.search(/\s/);
  const upper = space < 0 ? text.toUpperCase() : text.slice(0, space).toUpperCase() + text.slice(space);
  const scope = e?.scope;
  let shown = upper;
  if (scope !== undefined && upper.includes('$')) {
    shown = lexWord(upper, (name) => scope.get(name)?.value, {
      escapeToken: session.parse.escapeChar.charCodeAt(0),
      rawQuotes: true,
      skipUnsetEnv: true,
    }).value;
  }
  return `${stepPrefix(run)}${shown}`;
}

export interface CommitArgs {
  readonly kind: BuildStep['kind'];
  readonly instruction: Instruction;
  readonly name: string;
  readonly key: string;
  /** The stage's chain key after this step (differs from `key` for COPY --link). */
  readonly chainKey: string;
  readonly record: CacheStepRecord;
  readonly decision: Decision;
  readonly seconds: number;
  /** The layer's entries; `undefined` for a step without a layer (FROM). */
  readonly entries: readonly LayerEntry[] | undefined;
  readonly createdBy: string | undefined;
  readonly logs: readonly LogLine[];
  readonly statuses?: readonly string[];
  readonly estimates: readonly string[];
  readonly usesContext: boolean;
  /** Bytes of the build context this step needs sent. */
  readonly contextBytes?: number;
  /** COPY --link: a cached copy merged onto a changed parent still leaves the chain changed. */
  readonly merged?: boolean;
}

export function commitStep(session: BuildSession, run: StageRun, a: CommitArgs): void {
  const cached = a.decision.status === 'cached';
  const seconds = cached ? 0 : a.seconds;
  const bytes = a.entries === undefined ? 0 : layerBytes(a.entries);
  const text = instructionText(session, a.instruction);
  session.steps.push({
    stage: run.name,
    stageIndex: run.node.index,
    line: a.instruction.startLine,
    instruction: text,
    kind: a.kind,
    status: a.decision.status,
    seconds,
    reason: a.decision.reason,
    name: a.name,
    layerBytes: bytes,
    cacheKey: a.key,
    output: cached ? [] : a.logs.map((l) => l.text),
    estimates: a.estimates,
  });
  session.records.push(a.record);
  session.usedKeys.add(a.key);
  // Three literals rather than conditional spreads, which the engine builds slowly (once per step of a long Dockerfile).
  const stageIndex = run.node.index;
  session.vertices.push(
    cached
      ? { name: a.name, status: 'cached', seconds, stageIndex, usesContext: a.usesContext }
      : a.statuses
        ? { name: a.name, status: 'done', seconds, logs: a.logs, statuses: a.statuses, stageIndex, usesContext: a.usesContext }
        : { name: a.name, status: 'done', seconds, logs: a.logs, stageIndex, usesContext: a.usesContext },
  );
  if (!cached && a.contextBytes !== undefined) session.contextBytes += a.contextBytes;
  if (a.entries !== undefined && a.createdBy !== undefined) {
    run.compressed.set(run.layers.length, compressedLayerBytes(a.entries));
    run.layers.push({
      createdBy: a.createdBy,
      emptyLayer: false,
      bytes,
      changes: a.entries.map((e): LayerChange => ({ path: e.path, kind: e.kind, bytes: e.bytes })),
      line: a.instruction.startLine,
      instruction: text,
      stage: run.name,
      fromBase: false,
      comment: BUILDKIT_COMMENT,
    });
  }
  for (const note of a.estimates) if (!run.estimates.includes(note)) run.estimates.push(note);
  run.key = a.chainKey;
  run.chainMissed = !cached || (a.merged === true && run.chainMissed);
  run.seconds += seconds;
}

export interface FailArgs {
  readonly kind: BuildStep['kind'];
  readonly instruction: Instruction;
  readonly name: string | undefined;
  readonly key: string;
  readonly logs: readonly LogLine[];
  /** The vertex's error (`process "…" did not complete successfully: exit code: 127`). */
  readonly vertexError: string;
  /** The build's error without `ERROR: ` (`failed to solve: …`). */
  readonly message: string;
  readonly explanation: string;
  readonly seconds: number;
  readonly estimates: readonly string[];
  readonly reason?: string | undefined;
}

export function failStep(session: BuildSession, run: StageRun, a: FailArgs): void {
  session.steps.push({
    stage: run.name,
    stageIndex: run.node.index,
    line: a.instruction.startLine,
    instruction: instructionText(session, a.instruction),
    kind: a.kind,
    status: 'failed',
    seconds: a.seconds,
    reason: a.reason ?? a.explanation,
    name: a.name ?? '',
    layerBytes: 0,
    cacheKey: a.key,
    output: a.logs.map((l) => l.text),
    estimates: a.estimates,
  });
  if (a.name !== undefined) {
    session.vertices.push({ name: a.name, status: 'error', seconds: a.seconds, logs: a.logs, error: a.vertexError, stageIndex: run.node.index, usesContext: false });
  }
  run.seconds += a.seconds;
  session.failure = {
    error: { line: a.instruction.startLine, message: a.message, output: a.logs.map((l) => l.text), stage: run.name, explanation: a.explanation },
    vertexName: a.name,
    logs: a.logs,
    span: { start: a.instruction.startLine, end: a.instruction.endLine },
  };
}
