import type { Range } from '../dockerfile/index.ts';

/** hadolint's four levels; Docker's build checks map onto `warning` (or `error` with `# check=error=true`). */
export type Severity = 'error' | 'warning' | 'info' | 'style';

export const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2, style: 3 };

/** The tool whose code a finding is reported under. */
export type CodeTool = 'hadolint' | 'buildkit' | 'shipshape';

/** A text replacement the editor can apply as a quick fix. */
export interface TextEdit {
  readonly range: Range;
  readonly text: string;
}

export interface Fix {
  /** What the button says: "Pin to python:3.12-slim". */
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

/**
 * One code a finding is reported under. A rule that matches several tools' checks (DL4000 and
 * MaintainerDeprecated) yields one finding with one entry per code, so the editor shows the problem once
 * while the CLI prints it under each code, and each code can be ignored on its own.
 */
export interface ReportedCode {
  /** `DL3009`, `JSONArgsRecommended`, or our rule id for our own rules. */
  readonly code: string;
  readonly tool: CodeTool;
  /** Severity under this code: the tool's default, after `override` and `# check=error=true`. */
  readonly severity: Severity;
  /** The message under this code: BuildKit's detail text for a build check, our words otherwise. */
  readonly message: string;
  /** Where the tool reports it (1-based); the finding's range start unless the tool reports elsewhere. */
  readonly line: number;
  readonly column: number;
}

export interface Finding {
  /** Our kebab-case rule id: `base-image-latest`. */
  readonly ruleId: string;
  /** The first code of `reportedAs`: hadolint's `DL3007`, a build check's `JSONArgsRecommended`, or our rule id. */
  readonly code: string;
  /** The most severe of `reportedAs`. */
  readonly severity: Severity;
  /** What is wrong, one line. */
  readonly message: string;
  /** Why it matters, for a learner. */
  readonly explanation: string;
  /** What to do, when no automatic fix exists (or in addition to it). */
  readonly suggestion: string;
  readonly fix: Fix | undefined;
  readonly range: Range;
  /** Every code this finding is reported under, never empty. */
  readonly reportedAs: readonly ReportedCode[];
}
