import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const main = join(import.meta.dirname, 'main.ts');

function shipshape(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8', input, timeout: 20_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'shipshape-cli-'));
}

describe('shipshape', () => {
  test('prints usage with --help and names its commands', () => {
    const { code, stdout } = shipshape(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: shipshape <command>/);
    expect(stdout).toMatch(/\blint\b/);
  });

  test('refuses an unknown command with a one-line message', () => {
    const { code, stderr } = shipshape(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe("shipshape: 'frobnicate' is not a shipshape command. See 'shipshape --help'.");
  });
});

describe('shipshape lint', () => {
  test('prints hadolint\'s JSON shape for a Dockerfile', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Dockerfile'), 'FROM python:latest\nCMD ["python"]\n');
    const { code, stdout } = shipshape(['lint', join(dir, 'Dockerfile'), '--format', 'json']);
    const findings = JSON.parse(stdout) as { code: string; level: string; line: number; column: number; file: string; message: string }[];
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'DL3007', level: 'warning', line: 1, file: join(dir, 'Dockerfile') }),
    );
    for (const f of findings) expect(Object.keys(f).sort()).toEqual(['code', 'column', 'file', 'level', 'line', 'message']);
    expect(code).toBe(1);
  });

  test('reads a directory\'s Dockerfile and standard input', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'app'));
    writeFileSync(join(dir, 'app', 'Dockerfile'), 'FROM node\n');
    const codes = (JSON.parse(shipshape(['lint', join(dir, 'app'), '-f', 'json']).stdout) as { code: string }[]).map((row) => row.code);
    // A directory is built and run too: the simulation sees node running as root.
    expect(codes).toEqual(expect.arrayContaining(['DL3006', 'container-runs-as-root']));
    expect(JSON.parse(shipshape(['lint', '-', '-f', 'json'], 'FROM debian:latest\n').stdout)[0]).toMatchObject({ code: 'DL3007', file: '-' });
  });

  test('exits 0 with an empty JSON list for a clean Dockerfile', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Dockerfile'), 'FROM python:3.12-slim\nUSER 10001\nCMD ["python"]\n');
    const { code, stdout } = shipshape(['lint', dir, '--format', 'json']);
    expect(JSON.parse(stdout)).toEqual([]);
    expect(code).toBe(0);
  });

  test.each([
    ['a missing file', (dir: string) => join(dir, 'nope'), /no such file or directory/],
    [
      'a binary file',
      (dir: string) => {
        writeFileSync(join(dir, 'Dockerfile'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]));
        return join(dir, 'Dockerfile');
      },
      /binary/,
    ],
  ])('refuses %s with a clear message, not a stack trace', (_name, make, pattern) => {
    const path = make(tempDir());
    const { code, stderr } = shipshape(['lint', path]);
    expect(code).toBe(2);
    expect(stderr).toMatch(pattern);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
