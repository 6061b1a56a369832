export type { Finding, Fix, Severity, TextEdit } from './finding.ts';
export { severityRank } from './finding.ts';
export type { Rule, RuleMeta, RuleSource, RuleExample, RuleContext } from './rule.ts';
export { defineRule } from './rule.ts';
export { runLint } from './run-lint.ts';
export type { LintOptions } from './run-lint.ts';
export { allRules } from './rules/index.ts';
