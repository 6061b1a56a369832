import { describe, expect, test } from 'vitest';
import { allRules } from './rules/index.ts';
import { camelCase, renderRuleIndex, ruleIds, rulesDir } from '../../../scripts/generate-rule-index.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf } from './testing/rule-table.ts';

describe('the rule registry', () => {
  test('is generated from the files in rules/ and up to date (run `npm run rules`)', () => {
    expect(readFileSync(join(rulesDir, 'index.ts'), 'utf8')).toBe(renderRuleIndex(ruleIds()));
  });

  test('every rule id is its file name, kebab-case, and unique', () => {
    const ids = allRules.map((rule) => rule.meta.id);
    expect(ids).toEqual(ruleIds());
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(camelCase('apt-lists-not-cleaned')).toBe('aptListsNotCleaned');
  });

  test('every rule says what, why and what to do', () => {
    for (const { meta } of allRules) {
      expect(meta.title.length, meta.id).toBeGreaterThan(5);
      expect(meta.explanation.length, meta.id).toBeGreaterThan(40);
      expect(meta.suggestion.length, meta.id).toBeGreaterThan(10);
      expect(meta.examples.bad.length, meta.id).toBeGreaterThan(0);
      expect(meta.examples.good.length, meta.id).toBeGreaterThan(0);
    }
  });
});

describe('rule docs examples are executed', () => {
  for (const rule of allRules) {
    test.each(rule.meta.examples.bad.map((e) => [e.dockerfile]))(`${rule.meta.id} flags its bad example %j`, (dockerfile) => {
      expect(findingsOf(rule, dockerfile).length).toBeGreaterThan(0);
    });
    test.each(rule.meta.examples.good.map((e) => [e.dockerfile]))(`${rule.meta.id} accepts its good example %j`, (dockerfile) => {
      expect(findingsOf(rule, dockerfile)).toEqual([]);
    });
  }
});
