import { describeRule } from '../testing/rule-table.ts';
import { shellSwallowsSigterm } from './shell-swallows-sigterm.ts';

const CODE = 'shell-swallows-sigterm';
const py = [{ path: 'app.py', content: 'import time\nwhile True:\n    time.sleep(1)\n' }];
const js = [{ path: 'server.js', content: 'require("http").createServer((q, s) => s.end("ok")).listen(3000);\n' }];

describeRule(shellSwallowsSigterm, {
  valid: [
    { dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nCMD ["python", "app.py"]\n', context: py },
    // BusyBox ash execs a lone command: python is PID 1.
    { dockerfile: 'FROM python:3.12-alpine\nWORKDIR /app\nCOPY app.py .\nCMD python app.py\n', context: py },
    // The shell execs the app itself.
    { dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nCMD exec python app.py\n', context: py },
    // docker-init (tini) is PID 1 and forwards the signal.
    { dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nCMD python app.py\n', context: py, runOptions: { init: true } },
  ],
  invalid: [
    { dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nCMD python app.py\n', context: py, expect: [[CODE, 4]] },
    { dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nENTRYPOINT python app.py\n', context: py, expect: [[CODE, 4]] },
    // Through the node image's docker-entrypoint.sh, which execs its arguments: the CMD's shell ends up PID 1.
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY server.js .\nCMD node server.js\n', context: js, expect: [[CODE, 4]] },
    { dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nCMD cd /app && python app.py\n', context: py, expect: [[CODE, 4]] },
    // Set in the stage the final one is built FROM: still this file's CMD.
    { dockerfile: 'FROM python:3.12-slim AS base\nWORKDIR /app\nCOPY app.py .\nCMD python app.py\nFROM base\nENV MODE=prod\n', context: py, expect: [[CODE, 4]] },
  ],
  fixes: [
    {
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nCMD python app.py\n',
      context: py,
      fixed: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nCMD ["python", "app.py"]\n',
    },
    {
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nCMD cd /app && python app.py\n',
      context: py,
      fixed: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nCMD cd /app && exec python app.py\n',
    },
  ],
});
