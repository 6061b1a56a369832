import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COMPOSE_RULES, composeRulesDir, renderRuleIndex, ruleIds } from '../../../../scripts/generate-rule-index.ts';
import { composeFindingsOf } from '../testing/compose-rule-table.ts';
import { allComposeRules } from './index.ts';

describe('the compose rule registry', () => {
  test('is generated from the files in rules/ and up to date (run `npm run rules`)', () => {
    expect(readFileSync(join(composeRulesDir, 'index.ts'), 'utf8')).toBe(renderRuleIndex(ruleIds(composeRulesDir), COMPOSE_RULES));
  });

  test('every rule id is its file name, kebab-case, and unique', () => {
    const ids = allComposeRules.map((rule) => rule.meta.id);
    expect(ids).toEqual(ruleIds(composeRulesDir));
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('every rule says what, why and what to do', () => {
    for (const { meta } of allComposeRules) {
      expect(meta.title.length, meta.id).toBeGreaterThan(5);
      expect(meta.explanation.length, meta.id).toBeGreaterThan(40);
      expect(meta.suggestion.length, meta.id).toBeGreaterThan(10);
      expect(meta.examples.bad.length, meta.id).toBeGreaterThan(0);
      expect(meta.examples.good.length, meta.id).toBeGreaterThan(0);
    }
  });
});

describe('compose rule docs examples are executed', () => {
  for (const rule of allComposeRules) {
    test.each(rule.meta.examples.bad.map((e) => [e.compose]))(`${rule.meta.id} flags its bad example %j`, (compose) => {
      expect(composeFindingsOf(rule, compose).length).toBeGreaterThan(0);
    });
    test.each(rule.meta.examples.good.map((e) => [e.compose]))(`${rule.meta.id} accepts its good example %j`, (compose) => {
      expect(composeFindingsOf(rule, compose)).toEqual([]);
    });
  }
});
