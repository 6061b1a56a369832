/**
 * The Dockerfile linter: public face of the folder.
 *
 * - lintDockerfile(tree, options) -> { findings, checkError }: every rule in one pass, with hadolint-style
 *   config (ignored, override, trustedRegistries, label-schema ...), `# hadolint ignore=` pragmas and Docker's
 *   `# check=` options applied; `runLint(tree, options)` returns just the findings.
 * - A finding is shown once (its rule's message, range and fix) and reported under each code in `reportedAs`
 *   (hadolint's DLxxxx, Docker's build-check names), each with its own severity, line and text.
 * - readHadolintConfig(value) reads a parsed .hadolint.yaml; compileDockerignore(text) a .dockerignore.
 * - allRules: generated from rules/ (one rule per file, `npm run rules`).
 * - Rules that only the simulations can know (cache-busting COPY, bytes deleted in a later layer, build tools
 *   in the final image, secrets copied in, a huge context, SIGTERM lost in a shell, root, size) run when the
 *   caller passes `build` (the `build()` result), `run` (`simulateRun()` of its image) and `context`
 *   (`loadBuildContext()`) in the options; without them they are skipped.
 */
export type { CodeTool, Finding, Fix, ReportedCode, Severity, TextEdit } from './finding.ts';
export { severityRank } from './finding.ts';
export type { CodeReport, Report, Rule, RuleContext, RuleExample, RuleMeta, RuleNeed, RuleSource } from './rule.ts';
export { buildCheck, defineRule, sourceSeverity } from './rule.ts';
export { lintDockerfile, runLint } from './run-lint.ts';
export type { LintOptions, LintResult } from './run-lint.ts';
export type { ConfigReadResult, FailureThreshold, LabelType, LintConfig } from './config.ts';
export { mergeConfigs, readHadolintConfig } from './config.ts';
export type { IgnoreMatcher } from './dockerignore.ts';
export { compileDockerignore } from './dockerignore.ts';
export { allRules } from './rules/index.ts';
