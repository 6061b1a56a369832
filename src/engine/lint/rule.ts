import type { Instruction, ParseResult } from '../dockerfile/ast.ts';
import type { Finding, Fix, Severity } from './finding.ts';
import type { Range } from '../dockerfile/source-range.ts';

/** Where a rule comes from: the peer tool's code it matches, so ignore pragmas and CI habits carry over. */
export interface RuleSource {
  readonly tool: 'hadolint' | 'buildkit';
  readonly code: string;
}

/** A Dockerfile shown as good or bad in a rule's docs; a test runs each through the engine. */
export interface RuleExample {
  readonly dockerfile: string;
  /** Optional note shown under the example. */
  readonly note?: string;
}

export interface RuleMeta {
  /** kebab-case words; also the file name under `rules/`. */
  readonly id: string;
  readonly severity: Severity;
  readonly sources: readonly RuleSource[];
  /** One line for lists and rule pages. */
  readonly title: string;
  /** Why it matters, in words a learner understands. */
  readonly explanation: string;
  /** What to do about it. */
  readonly suggestion: string;
  readonly examples: { readonly bad: readonly RuleExample[]; readonly good: readonly RuleExample[] };
}

/** What a rule reports; the runner fills in the rule's metadata. */
export interface Report {
  readonly range: Range;
  readonly message: string;
  /** Which of the rule's source codes this finding is (defaults to the first source, or the rule id). */
  readonly code?: string;
  readonly fix?: Fix;
}

export interface RuleContext {
  readonly dockerfile: ParseResult;
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

export function toFinding(meta: RuleMeta, report: Report): Finding {
  return {
    ruleId: meta.id,
    code: report.code ?? meta.sources[0]?.code ?? meta.id,
    severity: meta.severity,
    message: report.message,
    explanation: meta.explanation,
    suggestion: meta.suggestion,
    fix: report.fix,
    range: report.range,
  };
}
