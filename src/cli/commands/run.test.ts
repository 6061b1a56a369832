import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const main = join(import.meta.dirname, '..', 'main.ts');

function shipshape(args: string[]) {
  const result = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function project(files: Record<string, string>): { dir: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-run-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, cache: mkdtempSync(join(tmpdir(), 'shipshape-run-cache-')) };
}

const MAIN_PY = 'import time\nwhile True:\n    time.sleep(1)\n';

describe('shipshape run', () => {
  test('builds, runs and stops: JSON in the engine\'s shape', () => {
    const { dir, cache } = project({ Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD python main.py\n', 'main.py': MAIN_PY });
    const { code, stdout } = shipshape(['run', dir, '--stop', '--format', 'json', '--cache-dir', cache]);
    const report = JSON.parse(stdout) as { started: boolean; pid1: { argv: string[]; shell: string }; user: { uid: number }; stop: { exitCode: number; seconds: number; timeline: { seconds: number; event: string }[] } };
    expect(code).toBe(0);
    expect(report.started).toBe(true);
    expect(report.pid1).toMatchObject({ argv: ['/bin/sh', '-c', 'python main.py'], shell: 'dash' });
    expect(report.user.uid).toBe(0);
    expect(report.stop).toMatchObject({ exitCode: 137, seconds: 10 });
    expect(report.stop.timeline[0]?.event).toBe('docker stop: SIGTERM → sh (PID 1)');
  });

  test('text: the process tree and the stop timeline', () => {
    const { dir, cache } = project({ Dockerfile: 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nCMD ["sh", "-c", "node worker.js & node server.js"]\n', 'worker.js': 'x', 'server.js': 'y' });
    const { code, stdout } = shipshape(['run', dir, '--stop', '--init', '--cache-dir', cache]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/PID 1 {2}\/sbin\/docker-init -- docker-entrypoint\.sh sh -c node worker\.js & node server\.js/);
    expect(stdout).toMatch(/docker stop \(SIGTERM, timeout 10 s\):/);
    expect(stdout).toMatch(/t=0 +docker stop: SIGTERM → docker-init \(PID 1\)/);
  });

  test('arguments after DIR replace CMD; --user; a missing user is Docker\'s error and exit 1', () => {
    const { dir, cache } = project({ Dockerfile: 'FROM python:3.12-slim\nCMD ["python"]\n' });
    const ok = JSON.parse(shipshape(['run', dir, '--format', 'json', '--cache-dir', cache, '--', 'sleep', 'infinity']).stdout) as { command: { argv: string[] }; running: boolean };
    expect(ok).toMatchObject({ command: { argv: ['sleep', 'infinity'] }, running: true });
    const bad = shipshape(['run', dir, '--user', 'app', '--format', 'json', '--cache-dir', cache]);
    expect(bad.code).toBe(1);
    expect((JSON.parse(bad.stdout) as { error: { message: string } }).error.message).toBe('docker: Error response from daemon: unable to find user app: no matching entries in passwd file');
  });

  test('a build that fails prints the build\'s JSON error and exits 1', () => {
    const { dir, cache } = project({ Dockerfile: 'FROM python:3.12-slim\nRUN apt-get install -y no-such-package\n' });
    const { code, stdout } = shipshape(['run', dir, '--format', 'json', '--cache-dir', cache]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, error: { line: 2, message: expect.stringMatching(/did not complete successfully: exit code: 100/) } });
  });

  test('usage errors exit 2', () => {
    expect(shipshape(['run', '/no/such/dir']).code).toBe(2);
    expect(shipshape(['run', '.', '--format', 'yaml']).code).toBe(2);
    expect(shipshape(['run', '.', '--stop-signal', 'SIGNOPE']).code).toBe(2);
    expect(shipshape(['run', '.', '--stop-timeout', 'ten']).code).toBe(2);
  });
});
