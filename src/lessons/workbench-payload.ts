/**
 * What a page hands to the workbench script: the files the learner edits, the rest of the build context, and what
 * the exercise declares (checks, hints, a change to rebuild with, the solution). Built at site build time by
 * `Exercise.astro` and the playground page, embedded as JSON, read by `src/client/workbench.ts`.
 * Plain data only — no functions — so it survives JSON.
 */

/**
 * One file of the virtual build context: small files carry their text, big ones (a data set, a `node_modules`
 * someone forgot to ignore) only a declared size. The engine reads this as `AnalyzeInput.context`.
 */
export interface ContextEntry {
  readonly path: string;
  readonly content?: string;
  readonly bytes?: number;
}

/** The change the "rebuild" button applies to the context: append text to one file, as a developer's edit. */
export interface DeclaredChange {
  /** What the button says after "Rebuild after": `edit src/index.js`. */
  readonly label: string;
  readonly path: string;
  readonly append: string;
}

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
  /** The rest of the build context (read-only in the editor). */
  readonly context: readonly ContextEntry[];
  /** The exercise's checks, passed to the engine's grader as they are written in the frontmatter. */
  readonly checks: readonly unknown[];
  readonly hints: readonly CheckHints[];
  readonly change: DeclaredChange | undefined;
  /** The solution's editable files, for "show solution" (exercises only). */
  readonly solution: Readonly<Record<string, string>> | undefined;
}
