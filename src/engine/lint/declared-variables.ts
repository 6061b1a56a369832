/**
 * Which variable names a Dockerfile has declared so far, as hadolint's pinning rules track them: ENV per
 * stage (a stage built FROM an earlier one starts with its names) and ARG anywhere earlier in the file.
 * Used to accept `yum install git-${VERSION}` when VERSION was declared.
 */
import type { Instruction } from '../dockerfile/index.ts';
import type { ShellWord, WordPart } from '../shell/index.ts';
import type { LintFacts } from './lint-facts.ts';

export interface DeclaredVariables {
  readonly envByStage: Map<number | undefined, Set<string>>;
  readonly args: Set<string>;
}

export function newDeclaredVariables(): DeclaredVariables {
  return { envByStage: new Map(), args: new Set() };
}

export function trackDeclarations(state: DeclaredVariables, instruction: Instruction, facts: LintFacts): void {
  if (instruction.kind === 'from') {
    const stage = facts.stageOf(instruction);
    const base = stage?.baseStage;
    state.envByStage.set(instruction.stageIndex, new Set(base === undefined ? [] : state.envByStage.get(base)));
  } else if (instruction.kind === 'env') {
    let names = state.envByStage.get(instruction.stageIndex);
    if (!names) state.envByStage.set(instruction.stageIndex, (names = new Set()));
    for (const pair of instruction.pairs) names.add(pair.key);
  } else if (instruction.kind === 'arg') {
    for (const pair of instruction.pairs) state.args.add(pair.key);
  }
}

export function isDeclared(state: DeclaredVariables, stageIndex: number | undefined, name: string): boolean {
  return state.args.has(name) || (state.envByStage.get(stageIndex)?.has(name) ?? false);
}

function collect(parts: readonly WordPart[], out: string[]): void {
  for (const part of parts) {
    if (part.kind === 'parameter') out.push(part.name);
    else if (part.kind === 'double-quoted') collect(part.parts, out);
  }
}

/** Names of the `$name` / `${name…}` parts of a shell word. */
export function wordVariables(word: ShellWord): string[] {
  const out: string[] = [];
  collect(word.parts, out);
  return out;
}
