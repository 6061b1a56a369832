import { describe, expect, test } from 'vitest';
import type { ContextEntryInput } from '../context/types.ts';
import { run, step } from './testing/build-helpers.ts';
import { readBuildCache } from './cache-store.ts';

const NODE_APP = `
  FROM node:22-alpine
  WORKDIR /app
  COPY package.json ./
  RUN npm install
  COPY . .
  RUN npm run build
  CMD ["node", "dist/index.js"]`;

const pkg = (deps: Record<string, string>) => JSON.stringify({ name: 'app', scripts: { build: 'tsc' }, dependencies: deps, devDependencies: { typescript: '^5' } });

function nodeContext(overrides: Partial<Record<string, string>> = {}, mtime = 1): ContextEntryInput[] {
  // `tsc` needs a tsconfig.json (without one it prints its help and exits 1).
  const files: Record<string, string> = { 'package.json': pkg({ express: '^4' }), 'tsconfig.json': '{ "compilerOptions": { "outDir": "dist" } }', 'src/index.ts': 'console.log(1)\n', ...overrides } as Record<string, string>;
  return Object.entries(files).map(([path, content]) => ({ path, content, mtime }));
}

describe('the cache follows BuildKit', () => {
  test('a second identical build reuses every step, in ~0 s', () => {
    const first = run(NODE_APP, nodeContext());
    expect(first.ok).toBe(true);
    const second = run(NODE_APP, nodeContext(), { cache: first.cache });
    expect(second.steps.map((s) => s.status)).toEqual(['cached', 'cached', 'cached', 'cached', 'cached', 'cached']);
    expect(second.steps.every((s) => s.seconds === 0)).toBe(true);
    expect(second.totalSeconds).toBeLessThan(first.totalSeconds);
    expect(second.log).toMatch(/#\d+ \[4\/6\] RUN npm install\n#\d+ CACHED\n/);
  });

  test.each([
    {
      name: 'a changed package.json re-runs npm install and says so',
      change: () => nodeContext({ 'package.json': pkg({ express: '^4', react: '^18' }) }),
      args: undefined,
      firstMiss: 3,
      reason: 'package.json changed',
    },
    {
      name: 'a changed source file keeps npm install cached',
      change: () => nodeContext({ 'src/index.ts': 'console.log(2)\n' }),
      args: undefined,
      firstMiss: 5,
      reason: 'src/index.ts changed',
    },
    {
      name: 'a new file is named as added',
      change: () => [...nodeContext(), { path: 'README.md', content: '# app\n' }],
      args: undefined,
      firstMiss: 5,
      reason: 'README.md added',
    },
    {
      name: 'only mtimes changed: nothing re-runs',
      change: () => nodeContext({}, 999),
      args: undefined,
      firstMiss: undefined,
      reason: undefined,
    },
  ])('$name', ({ change, firstMiss, reason }) => {
    const first = run(NODE_APP, nodeContext());
    const second = run(NODE_APP, change(), { cache: first.cache });
    const ran = second.steps.filter((s) => s.status === 'run');
    expect(ran[0]?.line).toBe(firstMiss);
    expect(ran[0]?.reason).toBe(reason);
    for (const s of ran.slice(1)) expect(s.reason).toBe('an earlier step changed');
  });

  test.each([
    {
      name: 'a build arg in scope changes every later RUN, used or not',
      dockerfile: `
        FROM alpine:3.21
        ARG VERSION=1
        RUN echo building
        RUN echo $VERSION`,
      firstMiss: 3 as number | undefined,
      reason: 'build arg VERSION changed' as string | undefined,
    },
    {
      name: 'a global ARG not redeclared in the stage changes nothing',
      dockerfile: `
        ARG VERSION=1
        FROM alpine:3.21
        RUN echo building`,
      firstMiss: undefined,
      reason: undefined,
    },
  ])('$name', ({ dockerfile, firstMiss, reason }) => {
    const a = run(dockerfile);
    const b = run(dockerfile, [], { buildArgs: { VERSION: '2' }, cache: a.cache });
    const ran = b.steps.filter((s) => s.status === 'run');
    expect(ran[0]?.line).toBe(firstMiss);
    expect(ran[0]?.reason).toBe(reason);
  });

  test.each([
    ['the RUN command changed', 'FROM alpine:3.21\nRUN echo one', 'FROM alpine:3.21\nRUN echo two', 2, 'the RUN command changed'],
    ['base image changed', 'FROM debian:bookworm-slim\nRUN true', 'FROM debian:bookworm\nRUN true', 1, 'base image changed (debian:bookworm-slim → debian:bookworm)'],
    ['ENV changed', 'FROM alpine:3.21\nENV A=1\nRUN true', 'FROM alpine:3.21\nENV A=2\nRUN true', 3, 'ENV A changed'],
    ['the user changed', 'FROM alpine:3.21\nRUN true', 'FROM alpine:3.21\nUSER nobody\nRUN true', 3, 'the user changed (root → nobody)'],
    ['a new step', 'FROM alpine:3.21\nRUN true', 'FROM alpine:3.21\nWORKDIR /tmp\nRUN true', 2, 'new step (not in the last build at this point)'],
    ['the WORKDIR changed', 'FROM alpine:3.21\nWORKDIR /a\nRUN true', 'FROM alpine:3.21\nWORKDIR /b\nRUN true', 2, 'the WORKDIR changed'],
  ])('%s', (_name, before, after, firstMiss, reason) => {
    const a = run(before);
    const b = run(after, [], { cache: a.cache });
    const ran = b.steps.filter((s) => s.status === 'run');
    expect(ran[0]?.line).toBe(firstMiss);
    expect(ran[0]?.reason).toBe(reason);
  });

  test('--no-cache runs every step and says why', () => {
    const a = run(NODE_APP, nodeContext());
    const b = run(NODE_APP, nodeContext(), { cache: a.cache, noCache: true });
    expect(b.steps.every((s) => s.status === 'run' && s.reason === '--no-cache')).toBe(true);
  });

  test('the first build says nothing is cached yet', () => {
    const a = run(NODE_APP, nodeContext());
    expect(a.steps.every((s) => s.reason === 'nothing cached yet')).toBe(true);
  });

  test('COPY --link is keyed without its parent: it stays cached when an earlier step changes', () => {
    const before = `
      FROM alpine:3.21
      RUN echo one
      COPY --link app.txt /app/
      RUN cat /app/app.txt`;
    const after = before.replace('echo one', 'echo two');
    const ctx = [{ path: 'app.txt', content: 'hi\n' }];
    const a = run(before, ctx);
    const b = run(after, ctx, { cache: a.cache });
    expect(step(b, 2).status).toBe('run');
    expect(step(b, 3).status).toBe('cached');
    expect(step(b, 4).status).toBe('run');
    expect(step(b, 4).reason).toBe('an earlier step changed');
  });

  test('COPY --from is keyed on the copied file\'s content: an unchanged binary stays cached', () => {
    const dockerfile = (comment: string) => `
      FROM golang:1.25 AS build
      WORKDIR /src
      COPY go.mod main.go ./
      RUN CGO_ENABLED=0 go build -o /out/server .
      COPY notes.txt /notes.txt
      FROM gcr.io/distroless/static-debian12
      COPY --from=build /out/server /server
      ENTRYPOINT ["/server"]
      # ${comment}`;
    const ctx = (notes: string) => [
      { path: 'go.mod', content: 'module example.com/server\n\ngo 1.25\n' },
      { path: 'main.go', content: 'package main\nfunc main() {}\n' },
      { path: 'notes.txt', content: notes },
    ];
    const a = run(dockerfile('a'), ctx('one'));
    const b = run(dockerfile('a'), ctx('two'), { cache: a.cache });
    expect(step(b, 4).status).toBe('cached');
    expect(step(b, 5).status).toBe('run');
    expect(step(b, 5).reason).toBe('notes.txt changed');
    expect(step(b, 7).status).toBe('cached');
  });

  test('cache mounts make a warm rerun faster without changing hit or miss', () => {
    const dockerfile = (n: number) => `
      FROM python:3.12-slim
      RUN --mount=type=cache,target=/root/.cache/pip echo ${n} && pip install numpy flask`;
    const cold = run(dockerfile(1));
    const warm = run(dockerfile(2), [], { cache: cold.cache });
    expect(step(warm, 2).status).toBe('run');
    expect(step(warm, 2).reason).toBe('the RUN command changed');
    expect(step(warm, 2).seconds).toBeLessThan(step(cold, 2).seconds);
    expect(cold.cache.mounts['/root/.cache/pip']).toBeGreaterThan(0);
  });

  test('the cache is plain JSON: it survives a round trip and bad input reads as empty', () => {
    const a = run(NODE_APP, nodeContext());
    const restored = readBuildCache(JSON.parse(JSON.stringify(a.cache)));
    expect(restored).toEqual(a.cache);
    const b = run(NODE_APP, nodeContext(), { cache: restored });
    expect(b.steps.every((s) => s.status === 'cached')).toBe(true);
    expect(readBuildCache({ version: 2 })).toMatchObject({ generation: 0, steps: [] });
    expect(readBuildCache('nonsense')).toMatchObject({ generation: 0 });
  });

  test('a key made two builds ago is still a hit (the cache is content-addressed)', () => {
    const v1 = 'FROM alpine:3.21\nRUN echo one';
    const v2 = 'FROM alpine:3.21\nRUN echo two';
    const a = run(v1);
    const b = run(v2, [], { cache: a.cache });
    const c = run(v1, [], { cache: b.cache });
    expect(step(c, 2).status).toBe('cached');
  });
});
