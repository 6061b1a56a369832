import type { Range } from '../dockerfile/source-range.ts';

/** hadolint's four levels; Docker's build checks map onto `warning` (or `error` with `# check=error=true`). */
export type Severity = 'error' | 'warning' | 'info' | 'style';

export const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2, style: 3 };

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

export interface Finding {
  /** Our kebab-case rule id: `base-image-latest`. */
  readonly ruleId: string;
  /** The code tools expect: hadolint's `DL3007`, a build check's `JSONArgsRecommended`, or our rule id. */
  readonly code: string;
  readonly severity: Severity;
  /** What is wrong, one line. */
  readonly message: string;
  /** Why it matters, for a learner. */
  readonly explanation: string;
  /** What to do, when no automatic fix exists (or in addition to it). */
  readonly suggestion: string;
  readonly fix: Fix | undefined;
  readonly range: Range;
}
