/**
 * Table-style tests for lint rules: each rule's test lists `valid` Dockerfiles (no finding from that rule) and
 * `invalid` ones with the codes and lines expected, nothing else.
 */
import { describe, expect, test } from 'vitest';
import { parseDockerfile } from '../../dockerfile/index.ts';
import type { ParseResult } from '../../dockerfile/index.ts';
import { build } from '../../build/index.ts';
import { createContext, loadBuildContext } from '../../context/index.ts';
import type { ContextEntryInput } from '../../context/index.ts';
import { simulateRun } from '../../run/index.ts';
import type { RunOptions } from '../../run/index.ts';
import { runLint } from '../run-lint.ts';
import type { LintOptions } from '../run-lint.ts';
import type { Rule } from '../rule.ts';

/**
 * Options a case may need: a config (DL3026, label schema), a `.dockerignore`, build-check options; for rules
 * that read the simulations, the rest of the build context and `docker run` options.
 */
export type CaseOptions = Pick<LintOptions, 'config' | 'dockerignore' | 'checkOptions' | 'buildArgs'> & {
  /** Build-context files besides `.dockerignore` (which comes from `dockerignore`). */
  readonly context?: readonly ContextEntryInput[];
  readonly runOptions?: RunOptions;
};

/**
 * The options `runLint` gets for one rule: for a rule that needs the build, run or context, the case is
 * simulated first the way `analyze()` does it (context loaded, built, run and stopped when it built).
 */
export function lintOptionsFor(rule: Rule<any>, tree: ParseResult, options: CaseOptions = {}): LintOptions {
  const { context: files, runOptions, ...rest } = options;
  const base: LintOptions = { ...rest, rules: [rule], enableAll: true };
  const needs = rule.meta.needs ?? [];
  if (!needs.some((n) => n === 'build' || n === 'run' || n === 'context')) return base;
  const ignore = typeof options.dockerignore === 'string' ? [{ path: '.dockerignore', content: options.dockerignore }] : [];
  const context = createContext([...(files ?? []), ...ignore]);
  const loaded = loadBuildContext(context);
  const built = build({ dockerfile: tree, context, buildArgs: options.buildArgs });
  const run = built.ok && built.image ? simulateRun(built.image, { stop: true, ...runOptions }) : undefined;
  return { ...base, build: built, run, context: loaded };
}

export interface ValidCase extends CaseOptions {
  readonly dockerfile: string;
}

export interface InvalidCase extends CaseOptions {
  readonly dockerfile: string;
  /** `[code, line]` pairs, one per code a finding is reported under, sorted by line then code. */
  readonly expect: readonly (readonly [string, number])[];
}

/** The text after applying the quick fix of the rule's first finding. */
export interface FixCase extends CaseOptions {
  readonly dockerfile: string;
  readonly fixed: string;
}

export interface RuleTable {
  readonly valid: readonly (string | ValidCase)[];
  readonly invalid: readonly InvalidCase[];
  readonly fixes?: readonly FixCase[];
}

/** Applies the edits of the rule's first fix to the text (edits never overlap; applied from the end). */
export function fixedText(rule: Rule<any>, dockerfile: string, options: CaseOptions = {}): string | undefined {
  const tree = parseDockerfile(dockerfile);
  const fix = runLint(tree, lintOptionsFor(rule, tree, options)).find((f) => f.fix)?.fix;
  if (!fix) return undefined;
  let text = dockerfile;
  for (const edit of [...fix.edits].sort((a, b) => b.range.start.offset - a.range.start.offset)) {
    text = text.slice(0, edit.range.start.offset) + edit.text + text.slice(edit.range.end.offset);
  }
  return text;
}

/**
 * Runs one rule (off-by-default and experimental codes included) and lists `[code, line]` per reported code.
 * A rule that needs the simulations sees the case built (and run) first.
 */
export function findingsOf(rule: Rule<any>, dockerfile: string, options: CaseOptions = {}): [string, number][] {
  const tree = parseDockerfile(dockerfile);
  return runLint(tree, lintOptionsFor(rule, tree, options))
    .flatMap((f) => f.reportedAs.map((c): [string, number] => [c.code, c.line]))
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}

export function describeRule(rule: Rule<any>, table: RuleTable): void {
  describe(rule.meta.id, () => {
    const valid = table.valid.map((c) => (typeof c === 'string' ? { dockerfile: c } : c));
    test.each(valid.map((c) => [c.dockerfile, c] as const))('valid: %j', (dockerfile, options) => {
      expect(findingsOf(rule, dockerfile, options)).toEqual([]);
    });
    test.each(table.invalid.map((c) => [c.dockerfile, c] as const))('invalid: %j', (dockerfile, c) => {
      expect(findingsOf(rule, dockerfile, c)).toEqual(c.expect);
    });
    if (table.fixes && table.fixes.length > 0) {
      test.each(table.fixes.map((c) => [c.dockerfile, c] as const))('fix: %j', (dockerfile, c) => {
        const fixed = fixedText(rule, dockerfile, c);
        expect(fixed).toBe(c.fixed);
        // The fixed file no longer has the finding the fix was for.
        expect(findingsOf(rule, fixed!, c).length).toBeLessThan(findingsOf(rule, dockerfile, c).length);
      });
    }
  });
}
