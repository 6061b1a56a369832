/**
 * Table-style tests for lint rules: each rule's test lists `valid` Dockerfiles (no finding from that rule) and
 * `invalid` ones with the codes and lines expected, nothing else.
 */
import { describe, expect, test } from 'vitest';
import { parseDockerfile } from '../../dockerfile/index.ts';
import { runLint } from '../run-lint.ts';
import type { Rule } from '../rule.ts';

export interface InvalidCase {
  readonly dockerfile: string;
  /** `[code, line]` pairs, in order. */
  readonly expect: readonly (readonly [string, number])[];
}

export interface RuleTable {
  readonly valid: readonly string[];
  readonly invalid: readonly InvalidCase[];
}

export function findingsOf(rule: Rule<any>, dockerfile: string): [string, number][] {
  return runLint(parseDockerfile(dockerfile), { rules: [rule] }).map((f) => [f.code, f.range.start.line]);
}

export function describeRule(rule: Rule<any>, table: RuleTable): void {
  describe(rule.meta.id, () => {
    test.each(table.valid.map((dockerfile) => [dockerfile]))('valid: %j', (dockerfile) => {
      expect(findingsOf(rule, dockerfile)).toEqual([]);
    });
    test.each(table.invalid.map((c) => [c.dockerfile, c.expect] as const))('invalid: %j', (dockerfile, expected) => {
      expect(findingsOf(rule, dockerfile)).toEqual(expected);
    });
  });
}
