/**
 * The stage graph: which stage each stage needs (FROM <stage>, COPY --from, RUN --mount from=) and
 * which stages the target needs. BuildKit builds only those ("BuildKit only builds the stages that the
 * target stage depends on" — docker docs, multi-stage.md; moby/buildkit dockerfile2llb/convert.go
 * `resolveReachableStages`); the legacy builder built every stage before the target.
 *
 * Name resolution follows convert.go: a FROM base name is looked up among the stages defined *before*
 * it (`addState`); a `--from` is a stage name (case-insensitive) or index, and anything else is an image
 * reference to pull.
 */
import type { Stage } from '../dockerfile/ast.ts';

export type StageSource =
  | { readonly kind: 'stage'; readonly index: number }
  | { readonly kind: 'image'; readonly ref: string }
  | { readonly kind: 'scratch' };

export interface StageNode {
  readonly index: number;
  /** BuildKit's display name: the alias, or `stage-N`; `''` when the file has one stage. */
  readonly displayName: string;
  /** Lower-cased alias, `undefined` without AS. */
  readonly alias: string | undefined;
  /** What FROM resolves to (after ARG expansion of the base name). */
  readonly base: StageSource;
  /** Indexes of stages this one needs, in first-use order. */
  readonly deps: readonly number[];
}

export interface StageGraph {
  readonly nodes: readonly StageNode[];
  /** Index of the target stage. */
  readonly target: number;
  /**
   * Stages the target needs (itself included), in file order — the order BuildKit dispatches them in
   * (convert.go iterates `allDispatchStates.states`); a stage that uses a later one fails at that use.
   */
  readonly order: readonly number[];
}

export type StageGraphResult =
  | { readonly ok: true; readonly graph: StageGraph }
  | { readonly ok: false; readonly line: number; readonly message: string };

export interface StageRefs {
  /** FROM's base name after expanding global ARGs. */
  readonly baseName: (stage: Stage) => string;
  /** `--from` values of the stage's COPY / ADD and `from=` of its RUN mounts, with their lines. */
  readonly fromRefs: (stage: Stage) => readonly { readonly ref: string; readonly line: number }[];
}

export function buildStageGraph(stages: readonly Stage[], refs: StageRefs, target: string | undefined): StageGraphResult {
  const byName = new Map<string, number>();
  const nodes: StageNode[] = [];
  const single = stages.length === 1;
  for (const stage of stages) {
    const baseName = refs.baseName(stage);
    const baseIndex = byName.get(baseName);
    const base: StageSource =
      baseIndex !== undefined
        ? { kind: 'stage', index: baseIndex }
        : baseName === 'scratch'
          ? { kind: 'scratch' }
          : { kind: 'image', ref: baseName };
    const deps: number[] = [];
    if (baseIndex !== undefined) deps.push(baseIndex);
    nodes.push({
      index: stage.index,
      displayName: single ? '' : (stage.name ?? `stage-${stage.index}`),
      alias: stage.name,
      base,
      deps,
    });
    if (stage.name !== undefined) byName.set(stage.name, stage.index);
  }
  // --from references may name any stage (a later one is an error at dispatch, as in BuildKit).
  for (const stage of stages) {
    const node = nodes[stage.index] as StageNode;
    const deps = node.deps as number[];
    for (const { ref, line } of refs.fromRefs(stage)) {
      const index = resolveStageRef(ref, byName, stages.length);
      if (index === 'invalid') return { ok: false, line, message: `invalid stage index ${ref}` };
      if (index !== undefined && !deps.includes(index)) deps.push(index);
    }
  }

  let targetIndex = stages.length - 1;
  if (target !== undefined && target !== '') {
    const found = byName.get(target.toLowerCase());
    if (found === undefined) {
      const names = stages.flatMap((s) => (s.name === undefined ? [] : [s.name]));
      return { ok: false, line: 0, message: `target stage "${target}" could not be found${suggest(target, names)}` };
    }
    targetIndex = found;
  }

  const order: number[] = [];
  const state = new Map<number, 'visiting' | 'done'>();
  const visit = (i: number): string | undefined => {
    const s = state.get(i);
    if (s === 'done') return undefined;
    if (s === 'visiting') return `circular dependency detected on stage: ${nodes[i]?.displayName || `stage-${i}`}`;
    state.set(i, 'visiting');
    for (const d of (nodes[i] as StageNode).deps) {
      const err = visit(d);
      if (err !== undefined) return err;
    }
    state.set(i, 'done');
    order.push(i);
    return undefined;
  };
  const cycle = visit(targetIndex);
  if (cycle !== undefined) return { ok: false, line: (stages[targetIndex] as Stage).from.startLine, message: cycle };
  return { ok: true, graph: { nodes, target: targetIndex, order: order.sort((a, b) => a - b) } };
}

/** A stage index for a `--from` / `from=` value, `undefined` for an image reference, `'invalid'` for a bad index. */
export function resolveStageRef(ref: string, byName: ReadonlyMap<string, number>, stageCount: number): number | undefined | 'invalid' {
  if (/^-?\d+$/.test(ref)) {
    const n = Number(ref);
    return n >= 0 && n < stageCount ? n : 'invalid';
  }
  return byName.get(ref.toLowerCase());
}

/** BuildKit's suggestion suffix (`(did you mean build?)`), by edit distance ≤ 2. */
function suggest(word: string, candidates: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best === undefined ? '' : ` (did you mean ${best}?)`;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}
