/**
 * Facts about a Dockerfile that many rules need, derived once per lint run from the syntax tree: the stage
 * graph and the comments above each instruction.
 */
import type { Comment, Instruction, ParseResult, Stage } from '../dockerfile/index.ts';

export interface StageFacts {
  readonly stage: Stage;
  readonly index: number;
  /** Lower-cased alias (BuildKit compares stage names case-insensitively). */
  readonly name: string | undefined;
  /** The earlier stage this one is built FROM, when its base names one. */
  readonly baseStage: number | undefined;
  /** The last stage, or one it is built FROM directly or through other stages: its files end up in the image. */
  readonly inFinalImage: boolean;
}

export interface LintFacts {
  readonly stages: readonly StageFacts[];
  /**
   * Text of the comments right above an instruction, trimmed (BuildKit's `PrevComment`): the run of comment
   * lines since the previous instruction, restarted by an empty `#` line; parser directives excluded.
   */
  commentsAbove(instruction: Instruction): readonly string[];
  /** The comment lines above an instruction, as nodes. */
  commentNodesAbove(instruction: Instruction): readonly Comment[];
  /** The top-level instruction whose lines include `line`. */
  instructionAt(line: number): Instruction | undefined;
  /** The first stage named `name` (case-insensitive). */
  stageNamed(name: string): StageFacts | undefined;
  /** Facts of the stage an instruction belongs to. */
  stageOf(instruction: Instruction): StageFacts | undefined;
}

const none: readonly Comment[] = [];

export function computeFacts(dockerfile: ParseResult): LintFacts {
  const byName = new Map<string, number>();
  const bases: (number | undefined)[] = [];
  dockerfile.stages.forEach((stage, i) => {
    const image = stage.from.image?.name.toLowerCase();
    const base = image === undefined || stage.from.image?.tag !== undefined || stage.from.image?.digest !== undefined ? undefined : byName.get(image);
    bases.push(base);
    if (stage.name !== undefined && !byName.has(stage.name)) byName.set(stage.name, i);
  });
  const inFinal = new Set<number>();
  for (let i: number | undefined = dockerfile.stages.length - 1; i !== undefined && i >= 0 && !inFinal.has(i); i = bases[i]) inFinal.add(i);
  const stages: StageFacts[] = dockerfile.stages.map((stage, index) => ({
    stage,
    index,
    name: stage.name,
    baseStage: bases[index],
    inFinalImage: inFinal.has(index),
  }));

  const directiveLines = new Set(dockerfile.directives.map((d) => d.line));
  const above = new Map<Instruction, readonly Comment[]>();
  const comments = dockerfile.comments;
  let c = 0;
  let previousEnd = 0;
  for (const instruction of dockerfile.instructions) {
    let run: Comment[] = [];
    for (; c < comments.length && comments[c]!.line < instruction.startLine; c++) {
      const comment = comments[c]!;
      if (comment.line <= previousEnd || comment.insideInstruction || directiveLines.has(comment.line)) continue;
      if (comment.text.trim() === '') run = [];
      else run.push(comment);
    }
    if (run.length > 0) above.set(instruction, run);
    previousEnd = instruction.endLine;
  }

  const instructions = dockerfile.instructions;
  return {
    stages,
    commentsAbove: (instruction) => (above.get(instruction) ?? none).map((comment) => comment.text.trim()),
    commentNodesAbove: (instruction) => above.get(instruction) ?? none,
    instructionAt(line) {
      let lo = 0;
      let hi = instructions.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const candidate = instructions[mid]!;
        if (line < candidate.startLine) hi = mid - 1;
        else if (line > candidate.endLine) lo = mid + 1;
        else return candidate;
      }
      return undefined;
    },
    stageNamed(name) {
      const index = byName.get(name.toLowerCase());
      return index === undefined ? undefined : stages[index];
    },
    stageOf(instruction) {
      return instruction.stageIndex === undefined ? undefined : stages[instruction.stageIndex];
    },
  };
}
