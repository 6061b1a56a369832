/**
 * What a page hands to the workbench script: the files the learner edits, the rest of the build context, and what
 * the exercise declares (checks, hints, a change to rebuild with, the solution). Built at site build time by
 * `Exercise.astro` and the playground page, embedded as JSON, read by `src/client/workbench.ts`.
 * Plain data only — no functions — so it survives JSON. The context, the checks and the change are in the engine's
 * own input shapes (src/engine): the site passes them on as they are.
 */
import type { Change, Check, ContextEntryInput } from '../engine/index.ts';

/** Hints for one check, from a gentle nudge to the answer. */
export interface CheckHints {
  readonly check: string;
  readonly levels: readonly string[];
}

export interface WorkbenchPayload {
  /** Storage key of this workbench's work: `<lesson>/<exercise>` or `playground/<sample>`. */
  readonly key: string;
  readonly kind: 'exercise' | 'playground';
  /** The editable files in tab order; the first one opens first. */
  readonly editable: readonly string[];
  /** Starting content of the editable files. */
  readonly files: Readonly<Record<string, string>>;
  /** The rest of the build context (read-only in the editor): small files with content, big ones by size. */
  readonly context: readonly ContextEntryInput[];
  /** The exercise's checks, passed to the engine's grader as the frontmatter declares them. */
  readonly checks: readonly Check[];
  readonly hints: readonly CheckHints[];
  /** The edit the "rebuild" button makes (the engine applies it to a copy of the context). */
  readonly change: Change | undefined;
  /** The solution's editable files, for "show solution" (exercises only). */
  readonly solution: Readonly<Record<string, string>> | undefined;
}
