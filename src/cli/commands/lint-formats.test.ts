import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { parseDockerfile } from '../../engine/dockerfile/index.ts';
import { lintDockerfile } from '../../engine/lint/index.ts';
import { buildCheckUrl, formatCheckstyle, formatGnu, formatJson, formatSarif, formatTty, rowsOf } from './lint-formats.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function rowsFor(file: string, text: string) {
  const tree = parseDockerfile(text);
  return rowsOf(file, tree, lintDockerfile(tree).findings);
}

const sample = 'FROM ubuntu\nMAINTAINER Jane <jane@example.org>\nRUN apt-get install curl\nCMD node "server.js"\nBADCMD x\n';

describe('lint output formats', () => {
  test('json is hadolint\'s shape, one entry per code', () => {
    const entries = JSON.parse(formatJson(rowsFor('Dockerfile', 'FROM alpine:3.20\nMAINTAINER me\n'))) as unknown[];
    expect(entries).toEqual([
      { code: 'DL4000', level: 'error', line: 2, column: 1, file: 'Dockerfile', message: 'MAINTAINER is deprecated; use the label org.opencontainers.image.authors.' },
      { code: 'MaintainerDeprecated', level: 'warning', line: 2, column: 1, file: 'Dockerfile', message: 'Maintainer instruction is deprecated in favor of using label' },
    ]);
  });

  test('parser errors are reported as DL1000, as hadolint does', () => {
    expect(rowsFor('Dockerfile', sample).filter((r) => r.code === 'DL1000').map((r) => [r.line, r.level])).toEqual([[5, 'error']]);
  });

  test('tty, gnu and checkstyle lines', () => {
    const rows = rowsFor('app/Dockerfile', 'FROM alpine:3.20\nMAINTAINER "a & b"\n');
    expect(formatTty(rows).split('\n')[0]).toBe('app/Dockerfile:2 DL4000 error: MAINTAINER is deprecated; use the label org.opencontainers.image.authors.');
    expect(formatGnu(rows).split('\n')[1]).toBe('app/Dockerfile:2:1: MaintainerDeprecated warning: Maintainer instruction is deprecated in favor of using label');
    const xml = formatCheckstyle(rows, ['app/Dockerfile', 'clean/Dockerfile']);
    expect(xml).toContain('<error line="2" column="1" severity="error" message="MAINTAINER is deprecated; use the label org.opencontainers.image.authors." source="DL4000"/>');
    expect(xml).toContain('<file name="clean/Dockerfile">\n  </file>');
  });

  test('checkstyle escapes what a learner typed', () => {
    const xml = formatCheckstyle([{ file: 'a"<b>', code: 'X', tool: 'shipshape', level: 'info', line: 1, column: 1, endLine: 1, endColumn: 1, message: '<&\u0001>', ruleId: 'x' }], ['a"<b>']);
    expect(xml).toContain('name="a&quot;&lt;b&gt;"');
    expect(xml).toContain('message="&lt;&amp;\ufffd&gt;"');
  });

  const buildChecks: [string, string][] = [
    ['JSONArgsRecommended', 'https://docs.docker.com/go/dockerfile/rule/json-args-recommended/'],
    ['FromAsCasing', 'https://docs.docker.com/go/dockerfile/rule/from-as-casing/'],
    ['UndefinedArgInFrom', 'https://docs.docker.com/go/dockerfile/rule/undefined-arg-in-from/'],
  ];
  test.each(buildChecks)('build-check %s documents at %s', (name, url) => {
    expect(buildCheckUrl(name)).toBe(url);
  });
});

describe('SARIF', () => {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, '__fixtures__', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  const inputs: [string, string][] = [
    ['many findings', sample],
    ['no findings', 'FROM alpine:3.20\nUSER 10001\nHEALTHCHECK CMD ["true"]\nCMD ["true"]\n'],
    ['findings on other lines than their range', 'FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\nRUN a \\\n\n b\n'],
  ];
  test.each(inputs)('validates against the SARIF 2.1.0 schema: %s', (_name, text) => {
    const log = JSON.parse(formatSarif(rowsFor('dir/Dockerfile', text), '0.1.0')) as unknown;
    const ok = validate(log);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });

  test('the schema does reject a malformed log', () => {
    expect(validate({ version: '2.1.0', runs: [{ results: [{ message: {} }] }] })).toBe(false);
  });

  test('results point at their rule and file', () => {
    const log = JSON.parse(formatSarif(rowsFor('dir/Dockerfile', 'FROM alpine:3.20\nMAINTAINER me\n'), '0.1.0'));
    const run = log.runs[0];
    expect(run.results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      ['DL4000', 'error'],
      ['MaintainerDeprecated', 'warning'],
    ]);
    expect(run.tool.driver.rules[run.results[1].ruleIndex].helpUri).toBe('https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/');
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('dir/Dockerfile');
  });
});
