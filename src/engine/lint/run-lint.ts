import type { Instruction, ParseResult } from '../dockerfile/index.ts';
import type { ExpansionResult } from '../dockerfile/index.ts';
import type { Finding, ReportedCode, Severity } from './finding.ts';
import { severityRank } from './finding.ts';
import type { LintConfig, ResolvedLintConfig } from './config.ts';
import { resolveConfig } from './config.ts';
import type { IgnoreMatcher } from './dockerignore.ts';
import { compileDockerignore } from './dockerignore.ts';
import type { LintFacts } from './lint-facts.ts';
import { computeFacts } from './lint-facts.ts';
import type { CheckOptions } from './pragmas.ts';
import { checkOptionsFromComments, noCheckOptions, parseCheckOptions, parseHadolintPragma } from './pragmas.ts';
import type { Report, Rule, RuleContext, RuleMeta, RuleSource } from './rule.ts';
import { sourceSeverity } from './rule.ts';
import { allRules } from './rules/index.ts';
import { expandForLint } from './expansion.ts';
import type { BuildResult } from '../build/index.ts';
import type { RunReport } from '../run/index.ts';
import type { LoadedContext } from '../context/index.ts';

export interface LintOptions {
  /** Rules to run; all of them by default. */
  readonly rules?: readonly Rule<any>[];
  /** hadolint-style configuration (`.hadolint.yaml` read into a plain object, see config.ts). */
  readonly config?: LintConfig;
  /** The build context's `.dockerignore` (its text, or a matcher); CopyIgnoredFile runs only with one. */
  readonly dockerignore?: string | IgnoreMatcher;
  /** `BUILDKIT_DOCKERFILE_CHECK` build argument: replaces the file's `# check=` directive, as in BuildKit. */
  readonly checkOptions?: string;
  /** `--build-arg` values (UndefinedVar, InvalidDefaultArgInFrom). */
  readonly buildArgs?: Readonly<Record<string, string>>;
  /** Run every check, including hadolint's off-by-default ones and BuildKit's experimental ones. */
  readonly enableAll?: boolean;
  /** The simulated build (also when it failed), for rules that need it. */
  readonly build?: BuildResult | undefined;
  /** The simulated `docker run` / `docker stop` of the built image, for rules that need it. */
  readonly run?: RunReport | undefined;
  /** The loaded build context (`loadBuildContext`): what is sent, per top-level entry. */
  readonly context?: LoadedContext | undefined;
}

export interface LintResult {
  /** Sorted by position, then code. */
  readonly findings: readonly Finding[];
  /**
   * With `# check=error=true`, BuildKit fails the build when a build check fires; this is its message
   * (`lint violation found for rules: FromAsCasing`). `undefined` otherwise.
   */
  readonly checkError: string | undefined;
}

interface Suppressions {
  readonly nextLine: ReadonlyMap<number, ReadonlySet<string>>;
  readonly stage: ReadonlyMap<number, ReadonlySet<string>>;
  readonly global: ReadonlySet<string>;
}

function hadolintSuppressions(dockerfile: ParseResult, facts: LintFacts): Suppressions {
  const nextLine = new Map<number, Set<string>>();
  const stage = new Map<number, Set<string>>();
  const global = new Set<string>();
  for (const comment of dockerfile.comments) {
    const pragma = parseHadolintPragma(comment.text);
    if (!pragma) continue;
    if (pragma.scope === 'global') for (const code of pragma.codes) global.add(code);
    else {
      const target = pragma.scope === 'next-line' ? nextLine : stage;
      const set = target.get(comment.line + 1) ?? new Set<string>();
      for (const code of pragma.codes) set.add(code);
      target.set(comment.line + 1, set);
    }
  }
  // A stage pragma covers the stage whose FROM is on the next line (hadolint's `stageIgnored`).
  const byStage = new Map<number, ReadonlySet<string>>();
  for (const s of facts.stages) {
    const codes = stage.get(s.stage.from.startLine);
    if (codes) byStage.set(s.index, codes);
  }
  return { nextLine, stage: byStage, global };
}

function checkOptionsOf(dockerfile: ParseResult, override: string | undefined): CheckOptions {
  if (override !== undefined) return parseCheckOptions(override) ?? noCheckOptions;
  const directive = dockerfile.check;
  if (!directive) return noCheckOptions;
  const skipAll = directive.skip.includes('all');
  const experimentalAll = directive.experimental.includes('all');
  return {
    skipAll,
    skip: skipAll ? [] : directive.skip,
    error: directive.error,
    experimentalAll,
    experimental: experimentalAll ? [] : directive.experimental,
  };
}

/** Runs the rules in one pass over the instructions and returns the findings and BuildKit's verdict. */
export function lintDockerfile(dockerfile: ParseResult, options: LintOptions = {}): LintResult {
  const config: ResolvedLintConfig = resolveConfig(options.config);
  const dockerignore =
    typeof options.dockerignore === 'string' ? compileDockerignore(options.dockerignore) : options.dockerignore;
  const available = new Set<string>(['expansion']);
  if (dockerignore) available.add('dockerignore');
  if (options.build !== undefined) available.add('build');
  if (options.run !== undefined) available.add('run');
  if (options.context !== undefined) available.add('context');
  const rules = (options.rules ?? allRules).filter((rule) => (rule.meta.needs ?? []).every((need) => available.has(need)));
  const facts = computeFacts(dockerfile);
  // Without a `$` anywhere there is nothing to expand, and the expansion pass is the costliest step here.
  const needsExpansion =
    rules.some((rule) => rule.meta.needs?.includes('expansion')) && dockerfile.instructions.some((i) => i.raw.includes('$'));
  const expansion: ExpansionResult | undefined = needsExpansion ? expandForLint(dockerfile) : undefined;
  const context: RuleContext = {
    dockerfile,
    facts,
    config,
    dockerignore,
    expansion,
    buildArgs: options.buildArgs ?? {},
    ...(options.build !== undefined && { build: options.build }),
    ...(options.run !== undefined && { run: options.run }),
    ...(options.context !== undefined && { context: options.context }),
  };

  const filter = makeFilter(dockerfile, facts, config, options);
  const findings: Finding[] = [];
  const collect = (meta: RuleMeta, reports: readonly Report[] | undefined, instruction: Instruction | undefined) => {
    if (!reports) return;
    for (const report of reports) {
      const finding = filter(meta, report, report.instruction ?? instruction ?? facts.instructionAt(report.range.start.line));
      if (finding) findings.push(finding);
    }
  };

  const states = rules.map((rule) => rule.init(context));
  for (const instruction of dockerfile.instructions) {
    for (let i = 0; i < rules.length; i++) collect(rules[i]!.meta, rules[i]!.step(states[i], instruction, context), instruction);
  }
  for (let i = 0; i < rules.length; i++) collect(rules[i]!.meta, rules[i]!.done(states[i], context), undefined);

  findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  const check = checkOptionsOf(dockerfile, options.checkOptions);
  const fired = new Set(findings.flatMap((f) => f.reportedAs.filter((c) => c.tool === 'buildkit').map((c) => c.code)));
  const checkError = check.error && fired.size > 0 ? `lint violation found for rules: ${[...fired].sort().join(', ')}` : undefined;
  return { findings, checkError };
}

/** Runs the rules and returns the findings sorted by position. */
export function runLint(dockerfile: ParseResult, options: LintOptions = {}): Finding[] {
  return [...lintDockerfile(dockerfile, options).findings];
}

type FindingFilter = (meta: RuleMeta, report: Report, instruction: Instruction | undefined) => Finding | undefined;

/** Turns a report into a finding under the codes that survive configuration, pragmas and `# check=` options. */
function makeFilter(dockerfile: ParseResult, facts: LintFacts, config: ResolvedLintConfig, options: LintOptions): FindingFilter {
  const suppressions = config.disableIgnorePragma ? undefined : hadolintSuppressions(dockerfile, facts);
  const globalCheck = checkOptionsOf(dockerfile, options.checkOptions);
  const localCheck = new Map<Instruction, CheckOptions>();
  const checkFor = (instruction: Instruction | undefined): CheckOptions => {
    if (!instruction) return globalCheck;
    let found = localCheck.get(instruction);
    if (!found) {
      found = checkOptionsFromComments(globalCheck, facts.commentsAbove(instruction));
      localCheck.set(instruction, found);
    }
    return found;
  };

  return (meta, report, instruction) => {
    const wanted = report.codes ?? (meta.sources.length > 0 ? meta.sources.map((s) => s.code) : [meta.id]);
    const reported: ReportedCode[] = [];
    for (const entry of wanted) {
      const { code, message, line } = typeof entry === 'string' ? { code: entry, message: undefined, line: undefined } : entry;
      const source: RuleSource | undefined = meta.sources.find((s) => s.code === code);
      const tool = source?.tool ?? 'shipshape';
      if (config.ignored.has(code) || config.ignored.has(meta.id)) continue;
      let severity: Severity = source ? sourceSeverity(meta, source) : meta.severity;
      if (tool === 'buildkit') {
        const check = checkFor(instruction);
        if (source?.off === 'experimental') {
          if (!options.enableAll && !check.experimentalAll && !check.experimental.includes(code)) continue;
        } else if (check.skipAll || check.skip.includes(code)) continue;
        if (check.error) severity = 'error';
      }
      if (source?.off === 'ignored-by-default' && !options.enableAll && !config.overrides.has(code)) continue;
      if (suppressions && instruction) {
        if (suppressions.global.has(code)) continue;
        if (suppressions.nextLine.get(instruction.startLine)?.has(code)) continue;
        const stage = instruction.stageIndex;
        if (stage !== undefined && suppressions.stage.get(stage)?.has(code)) continue;
      }
      severity = config.overrides.get(code) ?? severity;
      reported.push({
        code,
        tool,
        severity,
        message: message ?? report.message,
        line: line ?? report.range.start.line,
        column: line === undefined ? report.range.start.column : 1,
      });
    }
    if (reported.length === 0) return undefined;
    const severity = reported.reduce<Severity>((worst, c) => (severityRank[c.severity] < severityRank[worst] ? c.severity : worst), 'style');
    return {
      ruleId: meta.id,
      code: reported[0]!.code,
      severity,
      message: report.message,
      explanation: meta.explanation,
      suggestion: meta.suggestion,
      fix: report.fix,
      range: report.range,
      reportedAs: reported,
    };
  };
}
