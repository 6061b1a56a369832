import { describe, expect, test } from 'vitest';
import { allRules } from './rules/index.ts';
import { camelCase, renderRuleIndex, renderRulesDoc, ruleIds, rulesDir, rulesDocPath } from '../../../scripts/generate-rule-index.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf } from './testing/rule-table.ts';
import type { RuleExample } from './rule.ts';
import { parseDockerfile } from '../dockerfile/index.ts';

describe('the rule registry', () => {
  test('is generated from the files in rules/ and up to date (run `npm run rules`)', () => {
    expect(readFileSync(join(rulesDir, 'index.ts'), 'utf8')).toBe(renderRuleIndex(ruleIds()));
  });

  test('docs/rules.md is generated from the rules and up to date (run `npm run rules`)', () => {
    expect(readFileSync(rulesDocPath, 'utf8')).toBe(renderRulesDoc(allRules.map((r) => r.meta)));
  });

  test('every code is claimed by one rule only, and every rule has a code or is our own', () => {
    const codes = allRules.flatMap((r) => r.meta.sources.map((s) => s.code));
    expect(new Set(codes).size).toBe(codes.length);
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
    const options = (e: RuleExample) => ({
      ...(e.config && { config: e.config }),
      ...(e.dockerignore !== undefined && { dockerignore: e.dockerignore }),
      ...(e.context && { context: e.context }),
      ...(e.runOptions && { runOptions: e.runOptions }),
    });
    test.each(rule.meta.examples.bad.map((e) => [e.dockerfile, e] as const))(`${rule.meta.id} flags its bad example %j`, (dockerfile, e) => {
      expect(findingsOf(rule, dockerfile, options(e)).length).toBeGreaterThan(0);
    });
    test.each(rule.meta.examples.good.map((e) => [e.dockerfile, e] as const))(`${rule.meta.id} accepts its good example %j`, (dockerfile, e) => {
      expect(findingsOf(rule, dockerfile, options(e))).toEqual([]);
    });
    test(`${rule.meta.id}: its good examples are Dockerfiles BuildKit accepts`, () => {
      for (const e of rule.meta.examples.good) expect(parseDockerfile(e.dockerfile).errors, e.dockerfile).toEqual([]);
    });
  }
});
