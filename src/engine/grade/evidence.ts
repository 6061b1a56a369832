/**
 * What grading looks at. Everything here was computed by the engine's simulations; grading only compares it with
 * the checks and says why in words. Fields are optional where a simulation may not have run (a failed build has
 * no image, and so nothing to run).
 */
import type { BuildResult } from '../build/types.ts';
import type { Finding } from '../lint/finding.ts';
import type { RunReport } from '../run/types.ts';
import type { FilesAnalysis } from '../compose/analyze-files.ts';

export interface ContextEvidence {
  /** Bytes sent to the builder after .dockerignore. */
  readonly sentBytes: number;
  /** Whether a context path (file or directory) is left out by .dockerignore — wholly, for a directory. */
  isExcluded(path: string): boolean;
  /** Whether the path exists in the context at all. */
  has(path: string): boolean;
}

export interface Evidence {
  readonly build: BuildResult | undefined;
  readonly findings: readonly Finding[];
  /** Set when `# check=error=true` turns a fired build check into a failed build. */
  readonly checkError?: string | undefined;
  readonly run?: RunReport | undefined;
  /** The build after the exercise's declared change, with the first build's cache. */
  readonly rebuild?: BuildResult | undefined;
  /** What the change was, in words, for reasons ("after editing src/index.js"). */
  readonly changeLabel?: string | undefined;
  readonly context?: ContextEvidence | undefined;
  /** Compose files and Kubernetes manifests of the exercise, loaded, linted and simulated. */
  readonly orchestration?: FilesAnalysis | undefined;
  /** The files the learner edits, by path, as typed (a decision file, manifests) — for checks that read one. */
  readonly files?: Readonly<Record<string, string>> | undefined;
}
