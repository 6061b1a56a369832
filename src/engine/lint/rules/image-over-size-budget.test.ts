import { describe, expect, test } from 'vitest';
import { describeRule, lintOptionsFor } from '../testing/rule-table.ts';
import { imageOverSizeBudget } from './image-over-size-budget.ts';
import { parseDockerfile } from '../../dockerfile/index.ts';
import { runLint } from '../run-lint.ts';

const CODE = 'image-over-size-budget';
const js = [{ path: 'server.js', content: 'setInterval(() => {}, 1000);\n' }];
const py = [{ path: 'app.py', content: 'import time\nwhile True:\n    time.sleep(1)\n' }];
const go = [
  { path: 'main.go', content: 'package main\nfunc main() { select {} }\n' },
  { path: 'go.mod', content: 'module app\n' },
];

describeRule(imageOverSizeBudget, {
  valid: [
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY server.js .\nCMD ["node", "server.js"]\n', context: js },
    { dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nCMD ["python", "app.py"]\n', context: py },
    { dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\nCMD ["/app"]\n', context: go },
    'FROM alpine:3.21\nCMD ["sh"]\n',
  ],
  invalid: [
    { dockerfile: 'FROM node:22\nWORKDIR /app\nCOPY server.js .\nCMD ["node", "server.js"]\n', context: js, expect: [[CODE, 1]] },
    { dockerfile: 'FROM python:3.12\nWORKDIR /app\nCOPY app.py .\nCMD ["python", "app.py"]\n', context: py, expect: [[CODE, 1]] },
    // A Go binary on a toolchain image: the toolchain alone is far over the budget of a service.
    { dockerfile: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\nCMD ["/app"]\n', context: go, expect: [[CODE, 1]] },
    // A static Go binary with 150 MB of data next to it.
    {
      dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY main.go go.mod ./\nRUN CGO_ENABLED=0 go build -o /app .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\nCOPY assets /assets\nCMD ["/app"]\n',
      context: [...go, { path: 'assets/video.mp4', size: 150_000_000 }],
      expect: [[CODE, 5]],
    },
  ],
});

describe('image-over-size-budget messages', () => {
  test('names the size, the budget and the base image as the cause', () => {
    const dockerfile = 'FROM node:22\nWORKDIR /app\nCOPY server.js .\nCMD ["node", "server.js"]\n';
    const tree = parseDockerfile(dockerfile);
    const [finding] = runLint(tree, lintOptionsFor(imageOverSizeBudget, tree, { context: js }));
    expect(finding?.message).toMatch(/^The image is about 1\.\d+GB, far over the ~500MB smell test for a Node\.js service\. 1\.\d+GB of it is the base image `node:22`/);
  });
});
