import { describe, expect, test } from 'vitest';
import { analyze } from '../index.ts';
import type { AnalyzeInput } from '../index.ts';
import { checkSchema, changeSchema, checkKinds } from './checks.ts';
import type { CheckInput } from './checks.ts';

const node = {
  'package.json': JSON.stringify({ name: 'app', scripts: { start: 'node server.js' }, dependencies: { express: '^4.19.2' } }),
  'package-lock.json': '{"lockfileVersion":3}',
  'server.js': "const http = require('http');\nprocess.on('SIGTERM', () => process.exit(0));\nhttp.createServer((q, s) => s.end('ok')).listen(3000);\n",
};

function verdicts(input: Omit<AnalyzeInput, 'checks'>, checks: CheckInput[]) {
  const report = analyze({ ...input, checks: checks.map((c) => checkSchema.parse(c)) });
  return report.grade!.checks.map((c) => [c.id, c.passed, c.reason] as const);
}

describe('grade', () => {
  test.each<[string, Omit<AnalyzeInput, 'checks'>, CheckInput, boolean, RegExp]>([
    ['builds', { dockerfile: 'FROM alpine:3.20\nRUN echo hi\n' }, { kind: 'builds', id: 'b' }, true, /succeeds/],
    ['a missing COPY source fails the build', { dockerfile: 'FROM alpine:3.20\nCOPY main.c /src/\n' }, { kind: 'builds', id: 'b' }, false, /"\/main\.c": not found/],
    ['a small image is within budget', { dockerfile: 'FROM alpine:3.20\n' }, { kind: 'image-size', id: 's', maxMB: 20 }, true, /within 20 MB/],
    ['a full python image is over budget', { dockerfile: 'FROM python:3.12\n' }, { kind: 'image-size', id: 's', maxMB: 200 }, false, /budget is 200 MB/],
    ['a finding that is present fails no-finding', { dockerfile: 'FROM python:latest\n' }, { kind: 'no-finding', id: 'f', rule: 'DL3007' }, false, /Line 1/],
    ['a finding may be named by rule id', { dockerfile: 'FROM python:latest\n' }, { kind: 'no-finding', id: 'f', rule: 'base-image-latest' }, false, /Line 1/],
    ['no finding passes', { dockerfile: 'FROM python:3.12-slim\n' }, { kind: 'no-finding', id: 'f', rule: 'DL3007' }, true, /Nothing flagged/],
    [
      'the final stage has no compiler',
      { dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY main.go .\nRUN CGO_ENABLED=0 go build -o /app main.go\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n', files: { 'main.go': 'package main\nfunc main() {}\n' } },
      { kind: 'image-lacks', id: 'no-go', command: 'go' },
      true,
      /not on the final image's PATH/,
    ],
    ['a path in the image', { dockerfile: 'FROM alpine:3.20\n' }, { kind: 'image-has', id: 'sh', path: '/bin/sh' }, true, /is in the final image/],
    [
      '.dockerignore keeps .git out',
      { dockerfile: 'FROM alpine:3.20\nCOPY . /app\n', files: { '.dockerignore': '.git\n' }, context: [{ path: '.git', kind: 'dir', size: 800_000_000, files: 2000 }] },
      { kind: 'context-excludes', id: 'git', path: '.git' },
      true,
      /keeps \.git out/,
    ],
    [
      'without .dockerignore .git is sent',
      { dockerfile: 'FROM alpine:3.20\nCOPY . /app\n', context: [{ path: '.git', kind: 'dir', size: 800_000_000, files: 2000 }] },
      { kind: 'context-excludes', id: 'git', path: '.git' },
      false,
      /still sent/,
    ],
    [
      'context budget',
      { dockerfile: 'FROM alpine:3.20\n', context: [{ path: 'data.csv', size: 400_000_000 }] },
      { kind: 'max-context', id: 'ctx', maxMB: 10 },
      false,
      /400MB of context/,
    ],
    [
      'manifests before sources keep npm ci cached',
      {
        dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY . .\nCMD ["node", "server.js"]\n',
        files: node,
        change: { label: 'Edit server.js', path: 'server.js', append: '// changed\n' },
      },
      { kind: 'cached-after-change', id: 'cached', step: 'npm ci' },
      true,
      /CACHED after "Edit server\.js"/,
    ],
    [
      'copying everything first reruns npm ci',
      {
        dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]\n',
        files: node,
        change: { label: 'Edit server.js', path: 'server.js', append: '// changed\n' },
      },
      { kind: 'cached-after-change', id: 'cached', step: 'npm ci' },
      false,
      /runs again after "Edit server\.js"/,
    ],
    [
      'a version bump must reach the compile: ARG declared in the stage reruns go build',
      {
        dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY main.go .\nARG VERSION=1.0\nRUN CGO_ENABLED=0 go build -ldflags "-X main.version=${VERSION}" -o /app main.go\n',
        files: { 'main.go': 'package main\nvar version string\nfunc main() { println(version) }\n' },
        change: { label: 'Bump', buildArgs: { VERSION: '2.0' } },
      },
      { kind: 'reruns-after-change', id: 'rerun', step: 'go build' },
      true,
      /runs again after "Bump": build arg VERSION changed/,
    ],
    [
      'an ARG declared only before FROM leaves ${VERSION} empty in the stage, so go build stays cached after the bump',
      {
        dockerfile: 'ARG VERSION=1.0\nFROM golang:1.23 AS build\nWORKDIR /src\nCOPY main.go .\nRUN CGO_ENABLED=0 go build -ldflags "-X main.version=${VERSION}" -o /app main.go\n',
        files: { 'main.go': 'package main\nvar version string\nfunc main() { println(version) }\n' },
        change: { label: 'Bump', buildArgs: { VERSION: '2.0' } },
      },
      { kind: 'reruns-after-change', id: 'rerun', step: 'go build' },
      false,
      /still CACHED after "Bump"/,
    ],
    [
      'a dynamic Go binary on scratch dies at once, so it does not count as started',
      { dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY main.go .\nRUN go build -o /app main.go\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n', files: { 'main.go': 'package main\nimport "net/http"\nfunc main() { http.ListenAndServe(":8080", nil) }\n' } },
      { kind: 'starts', id: 'starts' },
      false,
      /exits at once with code \d+: .*no such file or directory/,
    ],
    [
      'a static Go binary on scratch starts',
      { dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY main.go .\nRUN CGO_ENABLED=0 go build -o /app main.go\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n', files: { 'main.go': 'package main\nimport "net/http"\nfunc main() { http.ListenAndServe(":8080", nil) }\n' } },
      { kind: 'starts', id: 'starts' },
      true,
      /starts and keeps running/,
    ],
    [
      'a SIGTERM handler that exits 0 ends docker stop with exit code 0',
      { dockerfile: 'FROM python:3.12-slim\nCOPY app.py .\nCMD ["python", "app.py"]\n', files: { 'app.py': 'import signal, sys, time\ndef stop(signum, frame):\n    sys.exit(0)\nsignal.signal(signal.SIGTERM, stop)\nwhile True:\n    time.sleep(1)\n' } },
      { kind: 'stop-exit-code', id: 'clean' },
      true,
      /exit code 0\./,
    ],
    [
      'shell form on Debian: killed after the grace period, exit 137',
      { dockerfile: 'FROM python:3.12-slim\nCOPY app.py .\nCMD python app.py\n', files: { 'app.py': 'import time\nwhile True:\n    time.sleep(1)\n' } },
      { kind: 'stop-exit-code', id: 'clean' },
      false,
      /exit code 137 \(128 \+ 9: PID 1 died of SIGKILL.*never reached python app\.py/,
    ],
    ['root by default', { dockerfile: 'FROM alpine:3.20\nCMD ["sleep", "infinity"]\n' }, { kind: 'non-root', id: 'nr' }, false, /root/],
    ['a numeric USER is not root', { dockerfile: 'FROM alpine:3.20\nUSER 10001\nCMD ["sleep", "infinity"]\n' }, { kind: 'non-root', id: 'nr' }, true, /uid 10001/],
  ])('%s', (_name, input, check, passed, reason) => {
    const [[, ok, why]] = verdicts(input, [check]) as [readonly [string, boolean, string]];
    expect(why).toMatch(reason);
    expect(ok).toBe(passed);
  });

  test('a scorecard counts passes and names the first failing check', () => {
    const report = analyze({
      dockerfile: 'FROM python:latest\n',
      checks: [checkSchema.parse({ kind: 'builds', id: 'b' }), checkSchema.parse({ kind: 'no-finding', id: 'pin', rule: 'DL3007' })],
    });
    expect(report.grade).toMatchObject({ score: 0.5, solved: false, firstFailing: { id: 'pin' } });
  });
});

describe('check schema', () => {
  test('lists its kinds', () => {
    expect(checkKinds).toContain('cached-after-change');
  });

  test.each([
    [{ kind: 'image-size', id: 'x', maxMB: 'big' }, /maxMB/],
    [{ kind: 'image-sise', id: 'x', maxMB: 5 }, /kind/],
    [{ kind: 'builds', id: 'Not Kebab' }, /id/],
    [{ kind: 'builds', id: 'b', extra: 1 }, /extra/],
  ])('rejects %j with a message naming the field', (check, field) => {
    const result = checkSchema.safeParse(check);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(field);
  });

  test('a change needs a file edit or build args', () => {
    expect(changeSchema.safeParse({ label: 'Nothing' }).success).toBe(false);
    expect(changeSchema.safeParse({ label: 'Edit', path: 'src/a.js', append: '//' }).success).toBe(true);
    expect(changeSchema.safeParse({ label: 'Bump', buildArgs: { VERSION: '2' } }).success).toBe(true);
  });
});
