/**
 * The shape of a compose lint rule: the same metadata as the Dockerfile rules (`lint/rule.ts`) — id, severity,
 * title, why, what to do, examples a test runs — and one pure pass over the loaded model: `service` sees each
 * service (and, when it asks, what the simulation knows of the service's image), `project` may report what only the
 * whole project shows. Findings reuse the lint `Finding` type,
 * with the file they are in.
 */
import type { Finding, Fix, Severity } from '../lint/finding.ts';
import type { ComposeModel, ComposeService } from './model-types.ts';
import type { Loc } from './located.ts';
import type { ServiceHealth } from './simulate/service-images.ts';

/** A compose file shown as good or bad in a rule's docs; a test lints each one. */
export interface ComposeRuleExample {
  readonly compose: string;
  readonly note?: string;
}

export interface ComposeRuleMeta {
  /** kebab-case words; also the file name under `rules/` and the code findings are reported under. */
  readonly id: string;
  readonly severity: Severity;
  /** One line for lists and rule pages. */
  readonly title: string;
  /** Why it matters, in words a learner understands. */
  readonly explanation: string;
  /** What to do about it. */
  readonly suggestion: string;
  readonly examples: { readonly bad: readonly ComposeRuleExample[]; readonly good: readonly ComposeRuleExample[] };
}

/** What a rule reports; the runner adds the rule's metadata. */
export interface ComposeReport {
  readonly loc: Loc;
  readonly message: string;
  /** A severity other than the rule's, for this report only (a database port vs a web port). */
  readonly severity?: Severity;
  readonly fix?: Fix;
}

/** What the simulation knows beyond the model, computed once per lint and only when a rule asks. */
export interface ComposeFacts {
  /** Each service's image and what its healthcheck can run in it. */
  readonly health: () => ReadonlyMap<string, ServiceHealth>;
}

export interface ComposeRule {
  readonly meta: ComposeRuleMeta;
  readonly service: (service: ComposeService, model: ComposeModel, facts: ComposeFacts) => readonly ComposeReport[] | undefined;
  readonly project: (model: ComposeModel) => readonly ComposeReport[] | undefined;
}

interface ComposeRuleSpec {
  readonly meta: ComposeRuleMeta;
  readonly service?: ComposeRule['service'];
  readonly project?: ComposeRule['project'];
}

/** The one constructor every compose rule is made with. */
export function defineComposeRule(spec: ComposeRuleSpec): ComposeRule {
  return { meta: spec.meta, service: spec.service ?? (() => undefined), project: spec.project ?? (() => undefined) };
}

/** A lint finding in a compose file. */
export interface ComposeFinding extends Finding {
  readonly file: string;
}
