import { describe, expect, test } from 'vitest';
import { mergeConfigs, readHadolintConfig, resolveConfig } from './config.ts';

describe('readHadolintConfig', () => {
  const cases: [string, unknown, unknown][] = [
    ['empty file', null, {}],
    ['ignored', { ignored: ['DL3008', 'SC2086'] }, { ignored: ['DL3008', 'SC2086'] }],
    ['override', { override: { error: ['DL3001'], info: ['DL3008'] } }, { override: { error: ['DL3001'], info: ['DL3008'] } }],
    ['trusted registries', { trustedRegistries: ['docker.io', '*.corp.example'] }, { trustedRegistries: ['docker.io', '*.corp.example'] }],
    ['label schema ("" means text)', { 'label-schema': { author: '', url: 'url' } }, { labelSchema: { author: 'text', url: 'url' } }],
    ['switches', { 'strict-labels': true, 'disable-ignore-pragma': false, 'no-fail': true }, { strictLabels: true, disableIgnorePragma: false, noFail: true }],
    ['failure threshold', { 'failure-threshold': 'warning' }, { failureThreshold: 'warning' }],
    ['threshold ignore means none', { 'failure-threshold': 'ignore' }, { failureThreshold: 'none' }],
  ];
  test.each(cases)('%s', (_name, input, config) => {
    expect(readHadolintConfig(input)).toEqual({ config, errors: [] });
  });

  const errors: [string, unknown, string][] = [
    ['not a mapping', ['DL3008'], 'expected a mapping of settings at the top level, found a list'],
    ['unknown key', { ignore: ['DL3008'] }, 'ignore: not a hadolint setting'],
    ['ignored not a list', { ignored: 'DL3008' }, 'ignored: expected a list of strings, found string "DL3008"'],
    ['bad override level', { override: { fatal: ['DL3008'] } }, 'override.fatal: expected one of error, warning, info, style'],
    ['bad label type', { 'label-schema': { a: 'date' } }, 'label-schema.a: expected one of text, url, semver, hash, rfc3339, spdx, email, found string "date"'],
    ['bad threshold', { 'failure-threshold': 'fatal' }, 'failure-threshold: expected one of error, warning, info, style, none, found string "fatal"'],
    ['bad switch', { 'strict-labels': 'yes' }, 'strict-labels: expected true or false, found string "yes"'],
  ];
  test.each(errors)('reports %s', (_name, input, message) => {
    expect(readHadolintConfig(input).errors).toContain(message);
  });
});

describe('mergeConfigs and resolveConfig', () => {
  test('lists add up and later scalars win', () => {
    const merged = mergeConfigs({ ignored: ['DL3008'], failureThreshold: 'info' }, { ignored: ['DL3009'], failureThreshold: 'error' });
    expect(merged.ignored).toEqual(['DL3008', 'DL3009']);
    expect(merged.failureThreshold).toBe('error');
  });

  test('a later override level wins for a code listed twice', () => {
    expect(resolveConfig({ override: { error: ['DL3008'], style: ['DL3008'] } }).overrides.get('DL3008')).toBe('style');
  });
});
