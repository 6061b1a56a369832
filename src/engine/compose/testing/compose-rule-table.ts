/**
 * Table-style tests for compose rules: `valid` compose files (no finding from the rule) and `invalid` ones with
 * the rule's findings expected as `[line, column]` pairs, nothing else.
 */
import { describe, expect, test } from 'vitest';
import { lintCompose } from '../lint-compose.ts';
import type { ComposeRule } from '../lint-rule.ts';
import { parseCompose } from '../parse-compose.ts';

export interface InvalidComposeCase {
  readonly compose: string;
  /** `[line, column]` of each finding, in order. */
  readonly expect: readonly (readonly [number, number])[];
}

export interface ComposeRuleTable {
  readonly valid: readonly string[];
  readonly invalid: readonly InvalidComposeCase[];
}

export function composeFindingsOf(rule: ComposeRule, compose: string): [number, number][] {
  const { model } = parseCompose([{ path: '/project/demo/compose.yaml', text: compose }], { env: {} });
  return lintCompose(model, { rules: [rule] }).map((f) => [f.range.start.line, f.range.start.column]);
}

export function describeComposeRule(rule: ComposeRule, table: ComposeRuleTable): void {
  describe(rule.meta.id, () => {
    test.each(table.valid.map((compose) => [compose]))('valid: %j', (compose) => {
      expect(composeFindingsOf(rule, compose)).toEqual([]);
    });
    test.each(table.invalid.map((c) => [c.compose, c.expect] as const))('invalid: %j', (compose, expected) => {
      expect(composeFindingsOf(rule, compose)).toEqual(expected);
    });
  });
}
