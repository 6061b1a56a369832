// Real Dockerfiles through the build simulation, then `docker run` / `docker stop`: the course
// documents' examples (as the lessons fix them where the originals do not build) behave as Docker would.
import { describe, expect, test } from 'vitest';
import { build } from '../build/index.ts';
import type { ContextEntryInput } from '../context/types.ts';
import { simulateRun } from './index.ts';
import type { ProcessNode, RunOptions, RunReport } from './index.ts';

function run(dockerfile: string, context: readonly ContextEntryInput[] = [], options: RunOptions = { stop: true }): RunReport {
  const result = build({ dockerfile, context });
  if (result.image === undefined) throw new Error(`build failed: ${result.error?.message ?? '?'}`);
  return simulateRun(result.image, options);
}

function tree(n: ProcessNode | undefined): string[] {
  return n === undefined ? [] : [`${n.pid} ${n.argv.join(' ')}${n.state === 'running' ? '' : ` <${n.state}>`}`, ...n.children.flatMap(tree)];
}

const MAIN_PY = [{ path: 'main.py', content: 'import time\nwhile True:\n    time.sleep(1)\n' }];

describe('built images', () => {
  test('002 "crime" (without the package apt cannot find): shell-form CMD on python:latest, dash keeps sh as PID 1', () => {
    const r = run('FROM python:latest\nCOPY . /app\nWORKDIR /app\nRUN apt-get update && apt-get install -y git vim\nCMD python main.py\n', MAIN_PY);
    expect(tree(r.processes)).toEqual(['1 /bin/sh -c python main.py', '7 python main.py']);
    expect(r.pid1.shell).toBe('dash');
    expect(r.stop).toMatchObject({ seconds: 10, exitCode: 137, reachedApp: false });
    expect(r.root?.runningAsRoot).toBe(true);
  });

  test('002 "sanity" (tini installed before USER): tini is PID 1, python dies of the forwarded SIGTERM', () => {
    const r = run(
      [
        'FROM python:3.11.9-slim-bookworm',
        'RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*',
        'RUN groupadd -g 10001 appgroup && useradd -u 10000 -g appgroup -m -s /bin/bash appuser',
        'WORKDIR /app',
        'COPY --chown=10000:10001 . .',
        'USER 10000',
        'ENTRYPOINT ["/usr/bin/tini", "--"]',
        'CMD ["python", "main.py"]',
      ].join('\n'),
      MAIN_PY,
    );
    expect(tree(r.processes)).toEqual(['1 /usr/bin/tini -- python main.py', '7 python main.py']);
    expect(r.user).toMatchObject({ uid: 10000, gid: 10001 });
    expect(r.stop).toMatchObject({ exitCode: 143, reachedApp: true, killed: false });
    expect(r.root?.runningAsRoot).toBe(false);
  });

  test('001 Go on scratch (CGO_ENABLED=0): runs, Go exits 2 on SIGTERM', () => {
    const r = run(
      'FROM golang:1.25-bookworm AS base\nWORKDIR /src\nCOPY . .\nENV CGO_ENABLED=0\nRUN go build -o HelloWorld .\nFROM scratch\nCOPY --from=base /src/HelloWorld /usr/bin/HelloWorld\nENTRYPOINT ["HelloWorld"]\n',
      [{ path: 'go.mod', content: 'module example.com/hello\n\ngo 1.25\n' }, { path: 'main.go', content: 'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":8080", nil) }\n' }],
    );
    expect(r.running).toBe(true);
    expect(r.stop).toMatchObject({ seconds: 0, exitCode: 2 });
  });

  test('the same Go program built with cgo on Debian and run on Alpine does not start', () => {
    const r = run(
      'FROM golang:1.25-bookworm AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nFROM alpine:3.21\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      [{ path: 'go.mod', content: 'module x\n' }, { path: 'main.go', content: 'package main\nimport "net"\nfunc main() { net.Listen("tcp", ":80") }\n' }],
    );
    expect(r.error).toMatchObject({ message: 'exec /app: no such file or directory', phase: 'start', exitCode: 255 });
  });

  test('001 Python multi-stage on alpine: gunicorn (a #! script) is PID 1 and stops gracefully', () => {
    const r = run(
      'FROM python:3.6-alpine as base\nRUN apk update && apk add build-base\nCOPY . /code/\nWORKDIR /code\nRUN pip install -r requirements.txt\nFROM python:3.6-alpine\nCOPY --from=base /code/ /code\nCOPY --from=base /usr/local/lib/python3.6 /usr/local/lib/python3.6\nCOPY --from=base /usr/local/bin/gunicorn /usr/local/bin/gunicorn\nWORKDIR /code\nENTRYPOINT ["gunicorn", "-b 0.0.0.0:8000", "app:app"]\n',
      [{ path: 'app.py', content: 'from flask import Flask\napp = Flask(__name__)\n' }, { path: 'requirements.txt', content: 'Flask==1.0.2\ngunicorn==19.9.0\n' }],
    );
    expect(r.pid1.program).toBe('gunicorn');
    expect(r.stop).toMatchObject({ exitCode: 0, reachedApp: true });
  });

  test('003 `sh -c "node worker.js & node server.js"` on node:22-alpine: node server.js is PID 1, the crashed worker a zombie', () => {
    const r = run('FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nCMD ["sh", "-c", "node worker.js & node server.js"]\n', [{ path: 'worker.js', content: 'x' }, { path: 'server.js', content: 'y' }], { crashBackgroundChild: true });
    expect(tree(r.processes)).toEqual(['1 node server.js', '7 node worker.js <zombie>']);
    expect(r.backgroundCrash?.containerKeepsRunning).toBe(true);
  });

  test('the same on node:22-slim (dash): sh is PID 1 and reaps the dead worker', () => {
    const r = run('FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD ["sh", "-c", "node worker.js & node server.js"]\n', [{ path: 'worker.js', content: 'x' }, { path: 'server.js', content: 'y' }], { crashBackgroundChild: true });
    expect(tree(r.processes)).toEqual(['1 sh -c node worker.js & node server.js', '7 node worker.js <exited>', '8 node server.js']);
  });

  test('npm start on node:22-slim: npm, sh and node; npm exits 1 after 0.5 s', () => {
    const r = run('FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD ["npm", "start"]\n', [{ path: 'package.json', content: '{"name":"app","scripts":{"start":"node server.js"}}' }, { path: 'server.js', content: "process.on('SIGTERM', () => process.exit(0))\n" }]);
    expect(tree(r.processes)).toEqual(['1 npm start', '7 sh -c node server.js', '8 node server.js']);
    expect(r.stop).toMatchObject({ exitCode: 1, reachedApp: false });
  });

  test('node:22-alpine with a shell-form CMD and a SIGTERM handler: BusyBox execs node, which exits 0', () => {
    const r = run('FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nCMD node server.js\n', [{ path: 'server.js', content: "process.on('SIGTERM', () => process.exit(0))\n" }]);
    expect(r.pid1.argv).toEqual(['node', 'server.js']);
    expect(r.stop).toMatchObject({ seconds: 0, exitCode: 0 });
  });

  test('nginx:alpine as it comes: STOPSIGNAL SIGQUIT, graceful, 0', () => {
    const r = run('FROM nginx:alpine\n');
    expect(r.pid1.argv).toEqual(['nginx', '-g', 'daemon off;']);
    expect(r.stop).toMatchObject({ signal: 'SIGQUIT', signalSource: 'STOPSIGNAL', exitCode: 0 });
  });

  test('a shell-form CMD on distroless does not start', () => {
    const r = run('FROM gcr.io/distroless/static-debian12\nCOPY app /app\nCMD /app\n', [{ path: 'app', size: 1000 }]);
    expect(r).toMatchObject({ started: false, error: { exitCode: 127, phase: 'create' } });
  });

  test('HEALTHCHECK with curl on python:3.12-slim (no curl): unhealthy', () => {
    const r = run('FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nHEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1\nCMD ["python", "main.py"]\n', MAIN_PY);
    expect(r.health).toMatchObject({ status: 'unhealthy', probe: { tool: 'curl', toolFound: false } });
  });

  test('002 "sanity" as printed does not build: USER 10000 comes before `RUN apt-get install tini` (nothing to run)', () => {
    const dockerfile = [
      'FROM python:3.11.9-slim-bookworm',
      'RUN groupadd -g 10001 appgroup && useradd -u 10000 -g appgroup -m -s /bin/bash appuser',
      'WORKDIR /app',
      'USER 10000',
      'RUN apt-get update && apt-get install -y tini && rm -rf /var/lib/apt/lists/*',
      'ENTRYPOINT ["/usr/bin/tini", "--"]',
      'CMD ["python", "main.py"]',
    ].join('\n');
    const result = build({ dockerfile, context: MAIN_PY });
    expect(result.ok).toBe(false);
    expect(result.error?.output.join('\n')).toMatch(/Permission denied/);
  });

  test('USER naming an account the image does not have', () => {
    expect(run('FROM python:3.12-slim\nUSER app\nCMD ["python"]\n').error?.message).toBe('docker: Error response from daemon: unable to find user app: no matching entries in passwd file');
  });
});
