/**
 * Lint conformance: runs the linter over the peers' own test cases (../shared/conformance) and reports how
 * often it agrees with them.
 *
 * - hadolint default config: hadolint-cases.json (`catch` = at least one finding with the rule's code on a
 *   line > 0, `no-catch` = none, `count` = exactly that many). The harness appends "\n" to every case, as
 *   hadolint's spec harness does. Every check runs, even hadolint's off-by-default ones (its tests do too).
 * - hadolint config cases: hadolint-cases-config.json, with the case's config read like a .hadolint.yaml.
 * - BuildKit checks: buildkit-checks-cases.json; the build-check findings must equal BuildKit's warnings
 *   (rule, line, detail text), and `# check=error=true` must fail the same way.
 *
 * A disagreement that is known and explained is listed with its reason (KNOWN_DIFFERENCES); it still counts
 * as a disagreement in the figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDockerfile } from '../../src/engine/dockerfile/index.ts';
import { lintDockerfile, readHadolintConfig } from '../../src/engine/lint/index.ts';
import type { LintOptions } from '../../src/engine/lint/index.ts';

export interface SuiteResult {
  readonly name: string;
  readonly passed: number;
  readonly total: number;
  /** One line per disagreement: the case, what differed, and the reason when it is a known difference. */
  readonly failures: string[];
  /** Agreement per rule (hadolint code or build-check name). */
  readonly perRule?: ReadonlyMap<string, { passed: number; total: number }>;
}

interface HadolintCase {
  readonly rule: string;
  readonly dockerfile: string;
  readonly expect: 'catch' | 'no-catch';
  readonly count?: number;
  readonly name: string;
  readonly source: string;
  readonly line: number;
  readonly config?: unknown;
}

interface BuildkitWarning {
  readonly rule: string;
  readonly line: number;
  readonly detail: string;
}

interface BuildkitCase {
  readonly dockerfile: string;
  readonly warnings: readonly BuildkitWarning[];
  readonly unmarshalWarnings?: readonly BuildkitWarning[];
  readonly dockerignore?: string;
  readonly frontendAttrs?: Readonly<Record<string, string>>;
  readonly buildErr?: string;
  readonly source: string;
}

/**
 * Cases where we knowingly differ, keyed by `<source>:<line>` of the upstream assertion, with the reason.
 * A reason must say why our behaviour is the right one for Docker (or why the case cannot apply).
 */
const KNOWN_DIFFERENCES: Readonly<Record<string, string>> = {
  'test/Hadolint/Rule/DL3002Spec.hs:77':
    'the stage that ends as root (`base`) is not part of the final image, which runs as `foo`; we report the user the image runs as, hadolint the last USER of every stage',
  'test/Hadolint/Rule/DL3049Spec.hs:79':
    'we report a missing label once, at the stage whose image lacks it (`FROM base`); hadolint also reports the stage it is built on, which is not an image of its own',
};

function tally(perRule: Map<string, { passed: number; total: number }>, rule: string, ok: boolean): void {
  const entry = perRule.get(rule) ?? { passed: 0, total: 0 };
  entry.total++;
  if (ok) entry.passed++;
  perRule.set(rule, entry);
}

function runHadolintSuite(name: string, cases: readonly HadolintCase[]): SuiteResult {
  const failures: string[] = [];
  const perRule = new Map<string, { passed: number; total: number }>();
  let passed = 0;
  for (const c of cases) {
    const options: LintOptions = { enableAll: true };
    if (c.config !== undefined) {
      const read = readHadolintConfig(c.config);
      Object.assign(options, { config: read.config });
    }
    const { findings } = lintDockerfile(parseDockerfile(`${c.dockerfile}\n`), options);
    const hits = findings.flatMap((f) => f.reportedAs).filter((r) => r.code === c.rule);
    const ok =
      c.expect === 'catch' ? hits.length > 0 && hits.every((h) => h.line > 0) && (c.count === undefined || hits.length === c.count) : hits.length === 0;
    tally(perRule, c.rule, ok);
    if (ok) passed++;
    else {
      const key = `${c.source}:${c.line}`;
      const got = hits.length === 0 ? 'nothing' : hits.map((h) => `line ${h.line}`).join(', ');
      const reason = KNOWN_DIFFERENCES[key];
      failures.push(
        `${c.rule} ${key} expected ${c.expect}${c.count === undefined ? '' : ` x${c.count}`}, got ${got}: ${JSON.stringify(c.dockerfile)}${reason ? ` — known: ${reason}` : ''}`,
      );
    }
  }
  return { name, passed, total: cases.length, failures, perRule };
}

const format = (w: BuildkitWarning) => `${w.rule}@${w.line}: ${w.detail}`;

function runBuildkitSuite(cases: readonly BuildkitCase[]): SuiteResult {
  const failures: string[] = [];
  const perRule = new Map<string, { passed: number; total: number }>();
  let passed = 0;
  for (const c of cases) {
    const attrs = c.frontendAttrs ?? {};
    const buildArgs: Record<string, string> = {};
    for (const [k, v] of Object.entries(attrs)) if (k.startsWith('build-arg:') && k !== 'build-arg:BUILDKIT_DOCKERFILE_CHECK') buildArgs[k.slice(10)] = v;
    const check = attrs['build-arg:BUILDKIT_DOCKERFILE_CHECK'];
    const result = lintDockerfile(parseDockerfile(c.dockerfile), {
      buildArgs,
      ...(check !== undefined && { checkOptions: check }),
      ...(c.dockerignore !== undefined && { dockerignore: c.dockerignore }),
    });
    // The lint-subrequest path (`unmarshalWarnings`) is checked upstream by rule, description and detail
    // only (checkLintWarning), and its listed lines are copies; compare lines only for progress-stream warnings.
    const show = c.unmarshalWarnings ? (w: BuildkitWarning) => format({ ...w, line: 0 }) : format;
    const got = result.findings
      .flatMap((f) => f.reportedAs)
      .filter((r) => r.tool === 'buildkit')
      .map((r) => show({ rule: r.code, line: r.line, detail: r.message }))
      .sort();
    const expected = (c.unmarshalWarnings ?? c.warnings).map(show).sort();
    let ok = JSON.stringify(got) === JSON.stringify(expected);
    let why = ok ? '' : `expected [${expected.join(' | ')}], got [${got.join(' | ')}]`;
    if (ok && c.buildErr?.startsWith('lint violation found for rules:') && result.checkError !== c.buildErr) {
      ok = false;
      why = `expected build error "${c.buildErr}", got ${result.checkError === undefined ? 'none' : `"${result.checkError}"`}`;
    }
    const rules = new Set([...expected, ...got].map((w) => w.slice(0, w.indexOf('@'))));
    if (rules.size === 0) rules.add('(no warning)');
    for (const rule of rules) tally(perRule, rule, ok);
    if (ok) passed++;
    else {
      const reason = KNOWN_DIFFERENCES[c.source];
      failures.push(`${c.source}: ${why}${reason ? ` — known: ${reason}` : ''}`);
    }
  }
  return { name: 'BuildKit build checks', passed, total: cases.length, failures, perRule };
}

function readJson<T>(sharedDir: string, file: string): T {
  return JSON.parse(readFileSync(join(sharedDir, 'conformance', file), 'utf8')) as T;
}

/** Runs the three suites against the data in `sharedDir` (the `shared` folder next to the checkout). */
export function runLintConformance(sharedDir: string): SuiteResult[] {
  return [
    runHadolintSuite('hadolint (default config)', readJson<HadolintCase[]>(sharedDir, 'hadolint-cases.json')),
    runHadolintSuite('hadolint (config cases)', readJson<HadolintCase[]>(sharedDir, 'hadolint-cases-config.json')),
    runBuildkitSuite(readJson<BuildkitCase[]>(sharedDir, 'buildkit-checks-cases.json')),
  ];
}

function percent(passed: number, total: number): string {
  return total === 0 ? '-' : `${((100 * passed) / total).toFixed(1)}%`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sharedDir = process.argv[2] ?? join(fileURLToPath(import.meta.url), '..', '..', '..', '..', 'shared');
  for (const suite of runLintConformance(sharedDir)) {
    console.log(`\n${suite.name}: ${suite.passed}/${suite.total} agree (${percent(suite.passed, suite.total)})`);
    const rows = [...(suite.perRule ?? new Map()).entries()].sort(([a], [b]) => a.localeCompare(b));
    console.log(rows.map(([rule, { passed, total }]) => `  ${rule.padEnd(32)} ${String(passed).padStart(3)}/${String(total).padEnd(3)} ${percent(passed, total)}`).join('\n'));
    if (suite.failures.length > 0) console.log(`  disagreements:\n${suite.failures.map((f) => `   - ${f}`).join('\n')}`);
  }
}
