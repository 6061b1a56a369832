import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function tryExercise(...args: string[]): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(process.execPath, ['scripts/try-exercise.ts', ...args], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

describe('npm run try', () => {
  test.each([
    ['start', 1, /FAIL {2}The base image names a version[\s\S]*hints offered \(for "pinned"\):\n {2}1\. /],
    ['solution', 0, /SOLVED/],
  ])('grades the %s files as the workbench does', (which, code, output) => {
    const result = tryExercise('01-image-bloat', 'pin-a-slim-base', which);
    expect(result.out).toMatch(output);
    expect(result.code).toBe(code);
  });

  test('grades a folder, offering the hints of the first failing check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'try-'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM python:3.12\nWORKDIR /app\nCOPY app.py .\nCMD ["python", "app.py"]\n');
    const result = tryExercise('01-image-bloat', 'pin-a-slim-base', dir);
    expect(result.out).toMatch(/pass {2}The base image names a version/);
    expect(result.out).toMatch(/hints offered \(for "small"\)/);
    expect(result.code).toBe(1);
  });

  test.each([
    [[], /usage: npm run try/],
    [['no-such-lesson', 'x'], /No lesson "no-such-lesson"/],
    [['01-image-bloat', 'no-such-exercise'], /has no exercise "no-such-exercise" \(it has: /],
    [['01-image-bloat', 'pin-a-slim-base', '/nonexistent-folder'], /missing Dockerfile/],
  ])('bad arguments %j get a message and exit 2', (args, message) => {
    const result = tryExercise(...args);
    expect(result.out).toMatch(message);
    expect(result.code).toBe(2);
  });
});
