/**
 * Shipshape's engine: a pure function from a Dockerfile (and, as the simulation grows, its build context and
 * options) to a report. No DOM, no Node, no I/O — the site's worker and the CLI are thin adapters around it.
 */
import { parseDockerfile } from './dockerfile/index.ts';
import type { Diagnostic } from './dockerfile/ast.ts';
import { runLint } from './lint/index.ts';
import type { Finding } from './lint/index.ts';

export type { Finding, Severity } from './lint/index.ts';
export type { Diagnostic } from './dockerfile/ast.ts';

export interface AnalyzeInput {
  readonly dockerfile: string;
  /** Shown in messages; `Dockerfile` by default. */
  readonly dockerfilePath?: string;
  /** Other files of the exercise or the build context, by path. */
  readonly files?: Readonly<Record<string, string>>;
}

export interface Report {
  /** Parser errors and warnings, in BuildKit's words. */
  readonly diagnostics: readonly Diagnostic[];
  readonly findings: readonly Finding[];
  readonly instructionCount: number;
  readonly stageCount: number;
}

export function analyze(input: AnalyzeInput): Report {
  const dockerfile = parseDockerfile(input.dockerfile);
  return {
    diagnostics: dockerfile.diagnostics,
    findings: runLint(dockerfile),
    instructionCount: dockerfile.instructions.length,
    stageCount: dockerfile.stages.length,
  };
}
