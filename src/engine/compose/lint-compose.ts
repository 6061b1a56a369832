/**
 * Runs the compose rules over a loaded model in one pass and returns findings sorted by file and position.
 */
import type { ComposeFinding, ComposeReport, ComposeRule } from './lint-rule.ts';
import type { ComposeModel } from './model-types.ts';
import { allComposeRules } from './rules/index.ts';
import { serviceHealth } from './simulate/service-images.ts';
import type { ServiceHealth } from './simulate/service-images.ts';

export interface LintComposeOptions {
  /** Rules to run; all of them by default. */
  readonly rules?: readonly ComposeRule[];
  /** Each service's image and healthcheck, when the caller has looked them up (`serviceHealth`); else looked up here. */
  readonly health?: ReadonlyMap<string, ServiceHealth>;
}

function toFinding(rule: ComposeRule, report: ComposeReport): ComposeFinding {
  const { meta } = rule;
  const severity = report.severity ?? meta.severity;
  const { start } = report.loc.range;
  return {
    ruleId: meta.id,
    code: meta.id,
    severity,
    message: report.message,
    explanation: meta.explanation,
    suggestion: meta.suggestion,
    fix: report.fix,
    range: report.loc.range,
    file: report.loc.file,
    reportedAs: [{ code: meta.id, tool: 'shipshape', severity, message: report.message, line: start.line, column: start.column }],
  };
}

export function lintCompose(model: ComposeModel, options: LintComposeOptions = {}): ComposeFinding[] {
  const rules = options.rules ?? allComposeRules;
  let health = options.health;
  const facts = { health: () => (health ??= serviceHealth(model)) };
  const findings: ComposeFinding[] = [];
  for (const rule of rules) {
    for (const service of model.services) for (const r of rule.service(service, model, facts) ?? []) findings.push(toFinding(rule, r));
    for (const r of rule.project(model) ?? []) findings.push(toFinding(rule, r));
  }
  const fileOrder = new Map(model.files.map((f, i) => [f, i]));
  return findings.sort(
    (a, b) =>
      (fileOrder.get(a.file) ?? 99) - (fileOrder.get(b.file) ?? 99) ||
      a.range.start.offset - b.range.start.offset ||
      a.code.localeCompare(b.code),
  );
}
