/**
 * Table-style tests for lint rules: each rule's test lists `valid` Dockerfiles (no finding from that rule) and
 * `invalid` ones with the codes and lines expected, nothing else.
 */
import { describe, expect, test } from 'vitest';
import { parseDockerfile } from '../../dockerfile/index.ts';
import { runLint } from '../run-lint.ts';
import type { LintOptions } from '../run-lint.ts';
import type { Rule } from '../rule.ts';

/** Options a case may need: a config (DL3026, label schema), a `.dockerignore`, build-check options. */
export type CaseOptions = Pick<LintOptions, 'config' | 'dockerignore' | 'checkOptions' | 'buildArgs'>;

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
  const fix = runLint(parseDockerfile(dockerfile), { ...options, rules: [rule], enableAll: true }).find((f) => f.fix)?.fix;
  if (!fix) return undefined;
  let text = dockerfile;
  for (const edit of [...fix.edits].sort((a, b) => b.range.start.offset - a.range.start.offset)) {
    text = text.slice(0, edit.range.start.offset) + edit.text + text.slice(edit.range.end.offset);
  }
  return text;
}

/** Runs one rule (off-by-default and experimental codes included) and lists `[code, line]` per reported code. */
export function findingsOf(rule: Rule<any>, dockerfile: string, options: CaseOptions = {}): [string, number][] {
  return runLint(parseDockerfile(dockerfile), { ...options, rules: [rule], enableAll: true })
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
