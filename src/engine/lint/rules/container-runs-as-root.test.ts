import { describeRule } from '../testing/rule-table.ts';
import { containerRunsAsRoot } from './container-runs-as-root.ts';

const CODE = 'container-runs-as-root';
const py = [{ path: 'app.py', content: 'import time\nwhile True:\n    time.sleep(1)\n' }];
const js = [{ path: 'server.js', content: 'setInterval(() => {}, 1000);\n' }];

describeRule(containerRunsAsRoot, {
  valid: [
    { dockerfile: 'FROM python:3.12-slim\nRUN useradd --uid 10001 --no-create-home app\nWORKDIR /app\nCOPY app.py .\nUSER 10001\nCMD ["python", "app.py"]\n', context: py },
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n', context: js },
    // An explicit `USER root` is last-user-root's (DL3002) to report.
    { dockerfile: 'FROM node:22-slim\nUSER root\nCMD ["node", "-e", "setInterval(() => {}, 1000)"]\n' },
    // `docker run --user` picks another user.
    { dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nCMD ["python", "app.py"]\n', context: py, runOptions: { user: '10001' } },
    // The user comes from the stage the final one is built FROM.
    { dockerfile: 'FROM node:22-slim AS base\nUSER node\nFROM base\nWORKDIR /home/node\nCOPY server.js .\nCMD ["node", "server.js"]\n', context: js },
  ],
  invalid: [
    { dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nCMD ["python", "app.py"]\n', context: py, expect: [[CODE, 1]] },
    // Multi-stage: reported on the final stage's FROM.
    { dockerfile: 'FROM node:22 AS build\nUSER node\nFROM node:22-slim\nWORKDIR /app\nCOPY server.js .\nCMD ["node", "server.js"]\n', context: js, expect: [[CODE, 3]] },
  ],
  fixes: [
    {
      dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY server.js .\nCMD ["node", "server.js"]\n',
      context: js,
      fixed: 'FROM node:22-slim\nWORKDIR /app\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n',
    },
  ],
});
