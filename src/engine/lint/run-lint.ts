import type { ParseResult } from '../dockerfile/ast.ts';
import type { Finding } from './finding.ts';
import type { Rule, RuleContext } from './rule.ts';
import { toFinding } from './rule.ts';
import { allRules } from './rules/index.ts';

export interface LintOptions {
  /** Rules to run; all of them by default. */
  readonly rules?: readonly Rule<any>[];
}

/** Runs every rule in one pass over the instructions and returns the findings sorted by position. */
export function runLint(dockerfile: ParseResult, options: LintOptions = {}): Finding[] {
  const rules = options.rules ?? allRules;
  const context: RuleContext = { dockerfile };
  const states = rules.map((rule) => rule.init(context));
  const findings: Finding[] = [];
  for (const instruction of dockerfile.instructions) {
    rules.forEach((rule, i) => {
      const reports = rule.step(states[i], instruction, context);
      if (reports) for (const report of reports) findings.push(toFinding(rule.meta, report));
    });
  }
  rules.forEach((rule, i) => {
    const reports = rule.done(states[i], context);
    if (reports) for (const report of reports) findings.push(toFinding(rule.meta, report));
  });
  return findings.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || a.code.localeCompare(b.code),
  );
}
