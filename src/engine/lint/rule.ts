import type { Instruction, ParseResult } from '../dockerfile/index.ts';
import type { ExpansionResult } from '../dockerfile/index.ts';
import type { Range } from '../dockerfile/index.ts';
import type { Fix, Severity } from './finding.ts';
import type { LintConfig, ResolvedLintConfig } from './config.ts';
import type { IgnoreMatcher } from './dockerignore.ts';
import type { LintFacts } from './lint-facts.ts';
import type { BuildResult } from '../build/index.ts';
import type { RunOptions, RunReport } from '../run/index.ts';
import type { ContextEntryInput, LoadedContext } from '../context/index.ts';

/** Where a rule comes from: the peer tool's code it matches, so ignore pragmas and CI habits carry over. */
export interface RuleSource {
  readonly tool: 'hadolint' | 'buildkit';
  readonly code: string;
  /**
   * Default severity under this code. Omitted: the rule's severity for hadolint codes, `warning` for build
   * checks (BuildKit reports every check at level 1, "warning").
   */
  readonly severity?: Severity;
  /**
   * Off unless asked for: `ignored-by-default` is hadolint's "ignore" default severity (DL3057, DL1001; turned
   * on by giving the code a severity in `override`), `experimental` is a BuildKit check that runs only when
   * `# check=experimental=<name>` (or `all`) says so.
   */
  readonly off?: 'ignored-by-default' | 'experimental';
}

/** A Dockerfile shown as good or bad in a rule's docs; a test runs each through the engine. */
export interface RuleExample {
  readonly dockerfile: string;
  /** Optional note shown under the example. */
  readonly note?: string;
  /** `.dockerignore` of the example's build context, for rules that read it. */
  readonly dockerignore?: string;
  /** Lint configuration the example assumes (trusted registries, label schema). */
  readonly config?: LintConfig;
  /**
   * The rest of the example's build context (`.dockerignore` aside), for rules that read the simulated build,
   * run or context: the example is built and run by the engine before the rule sees it.
   */
  readonly context?: readonly ContextEntryInput[];
  /** `docker run` options for the simulated run of the example. */
  readonly runOptions?: RunOptions;
}

/**
 * Inputs beyond the syntax tree that a rule reads; the runner skips the rule when one is not available.
 * `build`: the simulated `docker build` (its steps, cache records and image); `run`: the simulated `docker run`
 * and `docker stop` of that image; `context`: the loaded build context (what is sent, per top-level entry).
 */
export type RuleNeed = 'expansion' | 'dockerignore' | 'build' | 'run' | 'context';

export interface RuleMeta {
  /** kebab-case words; also the file name under `rules/`. */
  readonly id: string;
  /** How the editor shows it; each code in `sources` keeps the severity its tool gives it. */
  readonly severity: Severity;
  readonly sources: readonly RuleSource[];
  /** One line for lists and rule pages. */
  readonly title: string;
  /** Why it matters, in words a learner understands. */
  readonly explanation: string;
  /** What to do about it. */
  readonly suggestion: string;
  readonly examples: { readonly bad: readonly RuleExample[]; readonly good: readonly RuleExample[] };
  readonly needs?: readonly RuleNeed[];
}

/** A code a report is filed under, with what that tool says differently from our message. */
export interface CodeReport {
  readonly code: string;
  /** The tool's own text under this code (BuildKit's `detail`); our message when omitted. */
  readonly message?: string;
  /** The line the tool reports, when it is not the start of the report's range. */
  readonly line?: number;
}

/** What a rule reports; the runner fills in the rule's metadata. */
export interface Report {
  readonly range: Range;
  readonly message: string;
  /**
   * Which of the rule's source codes this finding is reported under, when not all of them (a relative
   * WORKDIR is always DL3000, but WorkdirRelativePath only for the first one in a stage).
   */
  readonly codes?: readonly (string | CodeReport)[];
  readonly fix?: Fix;
  /**
   * The instruction the finding is about: ignore pragmas and `# check=skip` comments above it apply.
   * Filled in for reports from `step`; `done` reports may name it, else the instruction at the range is used.
   */
  readonly instruction?: Instruction;
}

export interface RuleContext {
  readonly dockerfile: ParseResult;
  /** Derived once per run and shared by every rule: stages, their graph, comments above instructions. */
  readonly facts: LintFacts;
  readonly config: ResolvedLintConfig;
  /** The build context's `.dockerignore`, when the caller gave one. */
  readonly dockerignore: IgnoreMatcher | undefined;
  /** Variables in scope per instruction (BuildKit's rules); present for rules that declare `needs: ['expansion']`. */
  readonly expansion: ExpansionResult | undefined;
  /** `--build-arg` values. */
  readonly buildArgs: Readonly<Record<string, string>>;
  /**
   * The simulated build, run and build context, for rules that need them (cache-busting COPY, files deleted
   * in a later layer, running as root ...). Rules declaring `needs: ['build']` / `['run']` / `['context']` are
   * skipped while the matching one is absent; other rules may read them when present. The build is there
   * even when it failed (`ok: false`, no image); the run only when the build made an image.
   */
  readonly build?: BuildResult;
  readonly run?: RunReport;
  readonly context?: LoadedContext;
}

/**
 * A rule is one pure pass over the instructions, in source order: `init` makes its state, `step` sees each
 * instruction (and returns reports), `done` may report what only the whole file shows.
 */
export interface Rule<State = unknown> {
  readonly meta: RuleMeta;
  init(context: RuleContext): State;
  step(state: State, instruction: Instruction, context: RuleContext): readonly Report[] | undefined;
  done(state: State, context: RuleContext): readonly Report[] | undefined;
}

interface RuleSpec<State> {
  readonly meta: RuleMeta;
  readonly init?: (context: RuleContext) => State;
  readonly step?: (state: State, instruction: Instruction, context: RuleContext) => readonly Report[] | undefined;
  readonly done?: (state: State, context: RuleContext) => readonly Report[] | undefined;
}

/** The one constructor every rule is made with. */
export function defineRule<State = undefined>(spec: RuleSpec<State>): Rule<State> {
  return {
    meta: spec.meta,
    init: spec.init ?? (() => undefined as State),
    step: spec.step ?? (() => undefined),
    done: spec.done ?? (() => undefined),
  };
}

/** The severity a source code has before any configuration. */
export function sourceSeverity(meta: RuleMeta, source: RuleSource): Severity {
  return source.severity ?? (source.tool === 'buildkit' ? 'warning' : meta.severity);
}

/** Shorthand for a BuildKit code with its exact `detail` text (Apache-2.0, compared by the conformance suite). */
export function buildCheck(code: string, detail: string, line?: number): CodeReport {
  return line === undefined ? { code, message: detail } : { code, message: detail, line };
}
