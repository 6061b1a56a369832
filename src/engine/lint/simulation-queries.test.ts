import { describe, expect, test } from 'vitest';
import { parseDockerfile } from '../dockerfile/index.ts';
import { build } from '../build/index.ts';
import { createContext, loadBuildContext } from '../context/index.ts';
import { simulateRun } from '../run/index.ts';
import { computeFacts } from './lint-facts.ts';
import { lintDockerfile } from './run-lint.ts';
import { allRules } from './rules/index.ts';
import { baseFrom, imageStageChain, isRootUser, listText, targetStageIndex } from './simulation-queries.ts';

describe('simulation queries', () => {
  test.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
    [['a', 'b', 'c', 'd', 'e'], 'a, b, c and 2 more'],
  ])('listText(%j)', (items, text) => {
    expect(listText(items)).toBe(text);
  });

  test.each([
    ['root', true],
    ['0', true],
    ['', true],
    ['app', false],
    ['1000', false],
  ])('isRootUser(%j)', (user, root) => {
    expect(isRootUser(user)).toBe(root);
  });

  test.each([
    // [dockerfile, target, target stage, chain, line of the base FROM]
    ['FROM alpine:3.21\nRUN true\n', undefined, 0, [0], 1],
    ['FROM alpine:3.21 AS a\nRUN true\nFROM a AS b\nRUN true\nFROM debian:bookworm-slim\n', undefined, 2, [2], 5],
    ['FROM alpine:3.21 AS a\nRUN true\nFROM a AS b\nRUN true\nFROM debian:bookworm-slim\n', 'b', 1, [1, 0], 1],
  ] as const)('the image of %j (target %s)', (dockerfile, target, stage, chain, fromLine) => {
    const tree = parseDockerfile(dockerfile);
    const facts = computeFacts(tree);
    const built = build({ dockerfile: tree, target });
    expect(targetStageIndex(built, facts)).toBe(stage);
    expect(imageStageChain(built, facts)).toEqual(chain);
    expect(baseFrom(built, facts)?.startLine).toBe(fromLine);
  });
});

describe('the rules that read the simulations', () => {
  const simulated = allRules.filter((r) => r.meta.needs?.some((n) => n === 'build' || n === 'run' || n === 'context'));
  const hostile: [string, string][] = [
    ['empty', ''],
    ['no FROM', 'RUN echo hi\n'],
    ['a failing build', 'FROM alpine:3.21\nRUN false\nCOPY missing.txt /\n'],
    ['an unknown image', 'FROM example.com/team/thing:1\nCOPY . .\nRUN npm ci\nCMD run\n'],
    ['scratch with nothing', 'FROM scratch\nCMD ["/app"]\n'],
    ['odd instructions', 'FROM alpine:3.21\nCOPY\nUSER\nHEALTHCHECK\nCMD []\nENTRYPOINT\n'],
    ['binary bytes', 'FROM alpine:3.21\nCOPY \u0000 /\u00ff\n'],
  ];
  test.each(hostile)('never throw on %s', (_name, dockerfile) => {
    const tree = parseDockerfile(dockerfile);
    const context = createContext([{ path: 'package.json', content: '{}' }, { path: '.env', content: 'A=1' }]);
    const built = build({ dockerfile: tree, context });
    const run = built.ok && built.image ? simulateRun(built.image, { stop: true }) : undefined;
    expect(() => lintDockerfile(tree, { rules: simulated, build: built, run, context: loadBuildContext(context), enableAll: true })).not.toThrow();
  });

  test('run only with what they need', () => {
    const dockerfile = 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD node server.js\n';
    const tree = parseDockerfile(dockerfile);
    expect(lintDockerfile(tree, { rules: simulated }).findings).toEqual([]);
  });
});
