/**
 * Test helpers: build a Dockerfile against the fake catalog, and small queries on the result.
 */
import type { ContextEntryInput } from '../../context/types.ts';
import type { BuildCache, BuildInput, BuildResult, BuildStep } from '../types.ts';
import { buildWith } from '../build.ts';
import { fakeCatalog } from './fake-catalog.ts';

const catalog = fakeCatalog();

export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export function run(
  dockerfile: string,
  context: readonly ContextEntryInput[] = [],
  options: Omit<BuildInput, 'dockerfile' | 'context'> & { readonly cache?: BuildCache } = {},
): BuildResult {
  return buildWith({ dockerfile: dedent(dockerfile), context, ...options }, catalog);
}

/** The step on a line. */
export function step(result: BuildResult, line: number): BuildStep {
  const s = result.steps.find((x) => x.line === line);
  if (s === undefined) throw new Error(`no step on line ${line}: ${result.steps.map((x) => x.line).join(',')}`);
  return s;
}

/** The layer made by the instruction on a line. */
export function layer(result: BuildResult, line: number) {
  const l = result.image?.layers.find((x) => x.line === line && !x.emptyLayer);
  if (l === undefined) throw new Error(`no layer for line ${line}`);
  return l;
}

export const MB = 1e6;
