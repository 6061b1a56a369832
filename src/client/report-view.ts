/**
 * The engine's report as the panels read it. `src/engine/index.ts` grows these sections over time; until a
 * section exists the panels show a placeholder, so every field beyond `diagnostics` and `findings` is optional.
 * Written as an intersection with the engine's own types: when the engine adds a section with a shape that
 * disagrees with this contract, the site stops type-checking instead of rendering nonsense.
 */
import type { AnalyzeInput, Report } from '../engine/index.ts';
import type { ContextEntry } from '../lessons/workbench-payload.ts';

export type { ContextEntry };

export type StepStatus = 'cached' | 'run' | 'skipped' | 'failed';

export interface BuildStepView {
  readonly stage: string;
  readonly line: number;
  readonly instruction: string;
  readonly status: StepStatus;
  readonly seconds: number;
  /** Why the cache missed (or why the step was skipped). */
  readonly reason?: string;
}

export interface LayerView {
  readonly instruction: string;
  readonly line: number | undefined;
  readonly bytes: number;
  readonly fromBase: boolean;
}

export interface BaseImageView {
  readonly ref: string;
  readonly diskBytes: number;
  /** Not yet in the engine's contract; the hover shows it when present. */
  readonly compressedBytes?: number;
  readonly libc: string;
  readonly shell: string | null;
  readonly user: string;
}

export interface ImageView {
  readonly diskBytes: number;
  readonly compressedBytes: number;
  readonly wastedBytes: number;
  readonly efficiency: number;
  readonly layers: readonly LayerView[];
  /** `docker history` table text. */
  readonly history: string;
  readonly base: BaseImageView;
}

export interface BuildView {
  readonly ok: boolean;
  readonly error?: { readonly line: number; readonly message: string };
  readonly steps: readonly BuildStepView[];
  /** BuildKit-style progress text. */
  readonly log: string;
  readonly image: ImageView;
  /** The cache to pass back as `previousCache` (not yet in the engine's contract; see the panel's placeholder). */
  readonly cache?: unknown;
}

export interface RunView {
  readonly started: boolean;
  readonly error?: { readonly message: string; readonly exitCode: number };
  readonly pid1: { readonly argv: readonly string[]; readonly shell: boolean };
  readonly user: { readonly uid: number; readonly name: string };
  readonly stop?: {
    readonly signal: string;
    readonly reachedApp: boolean;
    readonly seconds: number;
    readonly exitCode: number;
    readonly timeline: readonly { readonly seconds: number; readonly event: string }[];
  };
}

export interface GradeCheckView {
  readonly id: string;
  readonly label: string;
  readonly passed: boolean;
  readonly reason: string;
}

export interface GradeView {
  readonly score: number;
  readonly solved: boolean;
  readonly checks: readonly GradeCheckView[];
  readonly hint?: string;
}

/**
 * What `.dockerignore` did to the build context (not yet in the engine's contract): each file with its size and
 * whether it was left out. The context panel greys out ignored files when this is present.
 */
export interface ContextSummaryView {
  readonly entries: readonly { readonly path: string; readonly bytes: number; readonly ignored: boolean }[];
  readonly sentBytes?: number;
  readonly ignoredBytes?: number;
}

export type ReportView = Report & {
  readonly build?: BuildView;
  readonly run?: RunView;
  readonly grade?: GradeView;
  readonly context?: ContextSummaryView;
};

export type AnalyzeRequest = AnalyzeInput & {
  readonly context?: readonly ContextEntry[];
  readonly target?: string;
  readonly buildArgs?: Readonly<Record<string, string>>;
  readonly previousCache?: unknown;
  readonly checks?: readonly unknown[];
};

/** The one place the contract is assumed: the worker hands back the engine's report; panels read it as above. */
export function asReportView(report: Report): ReportView {
  return report as ReportView;
}
