import { describe, expect, test } from 'vitest';
import { parseDockerfile } from '../dockerfile/index.ts';
import { lintDockerfile, runLint } from './run-lint.ts';
import type { LintOptions } from './run-lint.ts';
import { compileDockerignore } from './dockerignore.ts';
import { allRules } from './rules/index.ts';
import { defineRule } from './rule.ts';
import { build } from '../build/index.ts';

/** `[code, line]` of every reported code, in output order. */
function codes(dockerfile: string, options: LintOptions = {}): [string, number][] {
  return runLint(parseDockerfile(dockerfile), options).flatMap((f) => f.reportedAs.map((c): [string, number] => [c.code, c.line]));
}

const has = (dockerfile: string, code: string, options: LintOptions = {}) => codes(dockerfile, options).some(([c]) => c === code);

describe('hadolint ignore pragmas', () => {
  // From hadolint's test/Hadolint/PragmaSpec.hs (GPL-3.0, used as test data): [dockerfile, code, still reported?]
  const cases: [string, string, boolean][] = [
    ['FROM ubuntu\n# hadolint ignore=DL3002\nUSER root\n', 'DL3002', false],
    ['FROM scratch\n# hadolint ignore=DL3001\nUSER root\n', 'DL3002', true],
    ['FROM scratch\n# hadolint ignore=DL3001,DL3002\nUSER root\n', 'DL3002', false],
    ['# hadolint ignore=DL3001,DL3002\nFROM ubuntu\nUSER root\n', 'DL3002', true],
    ['FROM scratch\n# hadolint ignore=crazy,DL3002\nUSER root\n', 'DL3002', true],
    ['FROM node as foo\n# hadolint ignore=DL3023, DL3021\nCOPY --from=foo bar baz .\n', 'DL3023', false],
    ['FROM node as foo\n# hadolint ignore=DL3023, DL3021\nCOPY --from=foo bar baz .\n', 'DL3021', false],
    ['# hadolint stage ignore=DL3011\nFROM ubuntu\nEXPOSE 80000\n', 'DL3011', false],
    ['# hadolint stage ignore=DL3011\nFROM ubuntu\nEXPOSE 80000\nFROM ubuntu\nEXPOSE 80000\n', 'DL3011', true],
    ['FROM ubuntu\nEXPOSE 80000\n# hadolint stage ignore=DL3011\nFROM ubuntu\nEXPOSE 80000\n', 'DL3011', true],
    ['# hadolint stage ignore=DL3011,DL3002\nFROM ubuntu\nUSER root\nEXPOSE 80000\n', 'DL3011', false],
    ['# hadolint global ignore=DL3002\nFROM ubuntu\nUSER root\n', 'DL3002', false],
    ['# hadolint global ignore = DL3023 , DL3021\nFROM node as foo\nCOPY --from=foo bar baz .\n', 'DL3021', false],
    ['FROM ubuntu\n# hadolint ignore=DL3002 \nUSER root\n', 'DL3002', false],
    ['FROM ubuntu\n# hadolint ignore=DL3002 # foobar\nUSER root\n', 'DL3002', false],
  ];
  test.each(cases)('%j: %s reported = %s', (dockerfile, code, reported) => {
    expect(has(dockerfile, code)).toBe(reported);
  });

  test('a pragma silences one code of a finding, not the others', () => {
    const dockerfile = 'FROM node:22\n# hadolint ignore=DL3025\nCMD node server.js\n';
    expect(codes(dockerfile)).toContainEqual(['JSONArgsRecommended', 3]);
    expect(has(dockerfile, 'DL3025')).toBe(false);
  });

  test('disable-ignore-pragma turns pragmas off', () => {
    expect(has('FROM ubuntu\n# hadolint ignore=DL3002\nUSER root\n', 'DL3002', { config: { disableIgnorePragma: true } })).toBe(true);
  });

  test('a pragma covers a multi-line instruction when written above its first line', () => {
    expect(has('FROM debian:12\n# hadolint ignore=DL3014\nRUN apt-get update \\\n && apt-get install curl\n', 'DL3014')).toBe(false);
  });
});

describe('configuration', () => {
  test('ignored codes and rule ids are not reported', () => {
    const dockerfile = 'FROM node:22\nCMD node server.js\n';
    expect(codes(dockerfile, { config: { ignored: ['DL3025'] } })).toEqual([['JSONArgsRecommended', 2]]);
    expect(codes(dockerfile, { config: { ignored: ['shell-form-command'] } })).toEqual([]);
  });

  test('override sets the severity of one code', () => {
    const [finding] = runLint(parseDockerfile('FROM debian\n'), { config: { override: { error: ['DL3006'] } } });
    expect(finding?.severity).toBe('error');
    expect(finding?.reportedAs[0]?.severity).toBe('error');
  });

  test('off-by-default codes run when override gives them a severity', () => {
    expect(has('FROM alpine:3.20\n', 'DL3057')).toBe(false);
    expect(has('FROM alpine:3.20\n', 'DL3057', { config: { override: { warning: ['DL3057'] } } })).toBe(true);
    expect(has('FROM alpine:3.20\n', 'DL3057', { enableAll: true })).toBe(true);
  });

  test('each code keeps its own default severity', () => {
    const [finding] = runLint(parseDockerfile('FROM alpine:3.20\nMAINTAINER me\n'));
    expect(finding?.reportedAs.map((c) => [c.code, c.severity])).toEqual([
      ['DL4000', 'error'],
      ['MaintainerDeprecated', 'warning'],
    ]);
    expect(finding?.severity).toBe('error');
  });
});

describe('Docker # check= options', () => {
  test('skip=all skips build checks only', () => {
    const dockerfile = '# check=skip=all\nFROM node:22\nCMD node server.js\n';
    expect(codes(dockerfile)).toEqual([['DL3025', 3]]);
  });

  test('a check comment above an instruction applies to that instruction only', () => {
    const dockerfile = 'FROM node:22\n# check=skip=JSONArgsRecommended // on purpose\nCMD node a.js\nENTRYPOINT node b.js\n';
    const found = codes(dockerfile).filter(([c]) => c === 'JSONArgsRecommended');
    expect(found).toEqual([['JSONArgsRecommended', 4]]);
  });

  test('error=true makes build checks errors and fails like BuildKit', () => {
    const result = lintDockerfile(parseDockerfile('#check=skip=ConsistentInstructionCasing;error=true\nFROM scratch as base\ncopy Dockerfile .\n'));
    const finding = result.findings.find((f) => f.code === 'FromAsCasing');
    expect(finding?.severity).toBe('error');
    expect(result.checkError).toBe('lint violation found for rules: FromAsCasing');
  });

  test('BUILDKIT_DOCKERFILE_CHECK replaces the directive', () => {
    const dockerfile = '#check=skip=all\nFROM scratch as base\n';
    expect(has(dockerfile, 'FromAsCasing')).toBe(false);
    expect(has(dockerfile, 'FromAsCasing', { checkOptions: 'skip=ConsistentInstructionCasing' })).toBe(true);
  });

  test('experimental checks run only when asked for', () => {
    const dockerfile = '# the version\nARG version=1\nFROM alpine:3.20\n';
    expect(has(dockerfile, 'InvalidDefinitionDescription')).toBe(false);
    expect(has(`# check=experimental=InvalidDefinitionDescription\n${dockerfile}`, 'InvalidDefinitionDescription')).toBe(true);
  });
});

describe('runner', () => {
  test('rules that need a .dockerignore run only with one, given as text or as a matcher', () => {
    const dockerfile = 'FROM alpine:3.20\nCOPY .env /\n';
    expect(has(dockerfile, 'CopyIgnoredFile')).toBe(false);
    expect(has(dockerfile, 'CopyIgnoredFile', { dockerignore: '.env\n' })).toBe(true);
    expect(has(dockerfile, 'CopyIgnoredFile', { dockerignore: compileDockerignore('.env\n') })).toBe(true);
  });

  test('rules that need the simulated build are skipped without it', () => {
    let ran = 0;
    const needsBuild = defineRule({
      meta: { ...allRules[0]!.meta, id: 'needs-build', sources: [], needs: ['build'] },
      step: () => {
        ran++;
        return undefined;
      },
    });
    runLint(parseDockerfile('FROM alpine:3.20\n'), { rules: [needsBuild] });
    expect(ran).toBe(0);
    runLint(parseDockerfile('FROM alpine:3.20\n'), { rules: [needsBuild], build: build({ dockerfile: 'FROM alpine:3.20\n' }) });
    expect(ran).toBe(1);
  });

  test('our own rules report under their id', () => {
    const own = defineRule({
      meta: { ...allRules[0]!.meta, id: 'own-rule', severity: 'warning', sources: [] },
      step: (_s, i) => (i.kind === 'from' ? [{ range: i.range, message: 'x' }] : undefined),
    });
    const [finding] = runLint(parseDockerfile('FROM alpine:3.20\n'), { rules: [own] });
    expect(finding?.reportedAs).toEqual([{ code: 'own-rule', tool: 'shipshape', severity: 'warning', message: 'x', line: 1, column: 1 }]);
  });

  test('findings come sorted by position', () => {
    const lines = runLint(parseDockerfile('FROM ubuntu:latest\nRUN apt-get install curl\nMAINTAINER me\n')).map((f) => f.range.start.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  const hostile: [string, string][] = [
    ['empty', ''],
    ['binary bytes', '\u0000\u0001\u00ff FROM \u0000'],
    ['only comments', '# a\n# b\n'],
    ['unterminated heredoc', 'FROM alpine\nRUN <<EOF\necho\n'],
    ['a 10 000-deep continuation', `RUN a \\\n${'b \\\n'.repeat(10_000)}c\n`],
    ['odd instructions', 'FROM\nCOPY\nENV\nLABEL\nEXPOSE\nUSER\nWORKDIR\nHEALTHCHECK\nONBUILD\nARG\nSHELL\nCMD []\n'],
  ];
  test.each(hostile)('never throws on %s', (_name, text) => {
    expect(() => lintDockerfile(parseDockerfile(text), { enableAll: true, dockerignore: '*\n' })).not.toThrow();
  });
});
