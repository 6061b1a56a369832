/**
 * The parts of a build's result about what did not run and what ran before the steps: stage reports
 * (built or skipped, and why), rows for the steps of skipped stages, and the internal vertices BuildKit
 * prints first (load build definition, load metadata per image, load .dockerignore).
 */
import type { ParseResult } from '../dockerfile/ast.ts';
import type { ExpandedStage } from '../dockerfile/expansion-types.ts';
import type { BuildStep, StageReport } from './types.ts';
import type { BuildSession } from './session.ts';
import { oneLine } from './session.ts';
import type { StageGraph } from './stage-graph.ts';
import { bytesText } from './build-log.ts';

export function stageReports(
  parse: ParseResult,
  expanded: readonly ExpandedStage[],
  graph: StageGraph,
  session: BuildSession,
  target: string | undefined,
): StageReport[] {
  const needed = new Set(graph.order);
  const targetName = graph.nodes[graph.target]?.displayName || `stage-${graph.target}`;
  return parse.stages.map((s) => {
    const node = graph.nodes[s.index];
    const built = session.runs.has(s.index);
    let reason: string | undefined;
    if (!needed.has(s.index)) reason = `not needed for ${target ? `target "${target}"` : `the final stage "${targetName}"`}`;
    else if (!built) reason = 'the build stopped before this stage';
    const from = expanded[s.index];
    return {
      index: s.index,
      name: node?.displayName || `stage-${s.index}`,
      line: s.from.startLine,
      image: from?.image ?? s.from.image?.text ?? '',
      baseStage: from?.baseStage,
      built,
      reason,
    };
  });
}

/** Rows for the steps of stages that were not built (or not reached), marked skipped with why. */
export function skippedSteps(session: BuildSession, parse: ParseResult, graph: StageGraph): BuildStep[] {
  const out: BuildStep[] = [];
  // Lines of the steps recorded, per stage.
  const done = new Map<number, Set<number>>();
  for (let k = 0; k < session.steps.length; k++) {
    const s = session.steps[k]!;
    let lines = done.get(s.stageIndex);
    if (lines === undefined) done.set(s.stageIndex, (lines = new Set()));
    lines.add(s.line);
  }
  const needed = new Set(graph.order);
  const failedLine = session.failure?.error.line;
  for (const stage of parse.stages) {
    const node = graph.nodes[stage.index];
    if (node === undefined) continue;
    const reason = !needed.has(stage.index)
      ? 'stage not needed for the target'
      : `the build stopped at line ${failedLine ?? 0}`;
    const stageDone = done.get(stage.index);
    const vertexInstructions = [
      ...(node.base.kind === 'image' ? [stage.from] : []),
      ...stage.instructions.filter((i) => i.kind === 'run' || i.kind === 'copy' || i.kind === 'add' || (i.kind === 'workdir' && i.path?.value !== '/')),
    ];
    for (let k = 0; k < vertexInstructions.length; k++) {
      const i = vertexInstructions[k]!;
      if (stageDone?.has(i.startLine) === true) continue;
      out.push({
        stage: node.displayName,
        stageIndex: stage.index,
        line: i.startLine,
        instruction: oneLine(i.raw, parse.escapeChar),
        kind: i.kind as BuildStep['kind'],
        status: 'skipped',
        seconds: 0,
        reason,
        name: '',
        layerBytes: 0,
        cacheKey: '',
        output: [],
        estimates: [],
      });
    }
  }
  return out;
}

export function preamble(session: BuildSession, lines: readonly string[]): { name: string; statuses: string[]; seconds: number }[] {
  let dockerfileBytes = Math.max(0, lines.length - 1); // the newlines between the lines
  for (let k = 0; k < lines.length; k++) dockerfileBytes += lines[k]!.length;
  const out = [{ name: `[internal] load build definition from ${session.dockerfilePath}`, statuses: [`transferring dockerfile: ${bytesText(dockerfileBytes)} done`], seconds: 0 }];
  for (const ref of session.images.keys()) out.push({ name: `[internal] load metadata for ${canonicalName(ref)}`, statuses: [], seconds: 0.6 });
  const ignore = session.context.ignoreFile?.text;
  out.push({ name: '[internal] load .dockerignore', statuses: [`transferring context: ${bytesText(ignore?.length ?? 2)} done`], seconds: 0 });
  return out;
}

function canonicalName(familiar: string): string {
  const noTag = familiar.includes(':') ? familiar : `${familiar}:latest`;
  if (/^[^/]+\.[^/]+\//.test(noTag) || noTag.startsWith('localhost')) return noTag;
  return noTag.includes('/') ? `docker.io/${noTag}` : `docker.io/library/${noTag}`;
}
