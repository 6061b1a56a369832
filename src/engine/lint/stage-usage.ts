/** Which stages are "leaves": images the file can produce that no other stage builds on or copies from. */
import type { ParseResult } from '../dockerfile/index.ts';
import type { LintFacts } from './lint-facts.ts';

export function leafStages(dockerfile: ParseResult, facts: LintFacts): number[] {
  const used = new Set<number>();
  for (const s of facts.stages) if (s.baseStage !== undefined) used.add(s.baseStage);
  const reference = (name: string | undefined) => {
    if (name === undefined) return;
    if (/^\d+$/.test(name)) used.add(Number(name));
    else {
      const stage = facts.stageNamed(name);
      if (stage) used.add(stage.index);
    }
  };
  for (const instruction of dockerfile.instructions) {
    if (instruction.kind === 'copy') reference(instruction.options.from?.value);
    if (instruction.kind === 'run') for (const mount of instruction.mounts) reference(mount.from);
  }
  return facts.stages.map((s) => s.index).filter((i) => !used.has(i));
}
