/**
 * Questions the rules that read the simulations ask of the build, the image and the syntax tree together:
 * which stage the image was built from and which stages its files come from, which instruction made a layer,
 * sizes in Docker's words. Pure reads; nothing here re-parses Dockerfile text.
 */
import type { FromInstruction, Instruction, Range } from '../dockerfile/index.ts';
import type { BuildResult, BuildStep, BuiltImage, CacheStepRecord } from '../build/index.ts';
import { humanSize } from '../inspect/index.ts';
import type { LintFacts } from './lint-facts.ts';

/** Index of the stage the image was built from (the build's target). */
export function targetStageIndex(build: BuildResult, facts: LintFacts): number | undefined {
  const image = build.image;
  if (image === undefined) return undefined;
  // A one-stage file's stage has no display name (`''`); otherwise the stage reports carry the same name.
  if (image.stage === '') return facts.stages.length > 0 ? 0 : undefined;
  return build.stages.find((s) => s.name === image.stage)?.index ?? facts.stages.length - 1;
}

/** The target stage and the stages it is built FROM, target first: their files are the image's. */
export function imageStageChain(build: BuildResult, facts: LintFacts): number[] {
  const chain: number[] = [];
  for (let i = targetStageIndex(build, facts); i !== undefined && i >= 0 && !chain.includes(i); i = facts.stages[i]?.baseStage) chain.push(i);
  return chain;
}

/** The FROM that names the image's base image (the root of the target's FROM chain). */
export function baseFrom(build: BuildResult, facts: LintFacts): FromInstruction | undefined {
  const chain = imageStageChain(build, facts);
  const root = chain[chain.length - 1];
  return root === undefined ? undefined : facts.stages[root]?.stage.from;
}

/** Where a finding about a FROM goes: its image reference, or the whole instruction for a half-typed one. */
export function fromRange(from: FromInstruction): Range {
  return from.image?.range ?? from.range;
}

/** The top-level instruction that starts on `line`. */
export function instructionOnLine(facts: LintFacts, line: number | undefined): Instruction | undefined {
  if (line === undefined) return undefined;
  const found = facts.instructionAt(line);
  return found?.startLine === line ? found : undefined;
}

/**
 * The cache record of each COPY / ADD step by Dockerfile line: what the build copied (context-relative path ->
 * digest). `files` is absent when the step copied more files than the cache keeps (2,000).
 */
export function copyRecordsByLine(build: BuildResult): Map<number, { readonly step: BuildStep; readonly record: CacheStepRecord }> {
  const byKey = new Map<string, CacheStepRecord>();
  for (const record of build.cache.steps) if (record.kind === 'copy' || record.kind === 'add') byKey.set(record.key, record);
  const out = new Map<number, { step: BuildStep; record: CacheStepRecord }>();
  for (const step of build.steps) {
    if (step.kind !== 'copy' && step.kind !== 'add') continue;
    const record = byKey.get(step.cacheKey);
    if (record !== undefined) out.set(step.line, { step, record });
  }
  return out;
}

/** Σ bytes of the base image's layers. */
export function baseImageBytes(image: BuiltImage): number {
  let bytes = 0;
  for (const layer of image.layers) if (layer.fromBase) bytes += layer.bytes;
  return bytes;
}

/** A size as `docker images` prints it (`1.14GB`, `77.9MB`). */
export function sizeText(bytes: number): string {
  return humanSize(bytes);
}

/** `a`, `a and b`, `a, b and c`, `a, b, c and 4 more`. */
export function listText(items: readonly string[], max = 3): string {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0]!;
  if (items.length <= max) return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** The user part of a USER value names root (`root`, `0`; any group). */
export function isRootUser(user: string): boolean {
  return user === 'root' || user === '0' || user === '';
}

export function sameArgv(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return a !== undefined && b !== undefined && a.length === b.length && a.every((w, i) => w === b[i]);
}

/** Last path segment of an absolute or relative `/`-path. */
export function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
