import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { lintCommand } from './lint.ts';

let dir: string;
let out: string;
let err: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipshape-lint-'));
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

function file(name: string, text: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

const clean = 'FROM alpine:3.20\nUSER 10001\nCMD ["true"]\n';

describe('shipshape lint', () => {
  test('exit 0 and no output for a clean file', async () => {
    expect(await lintCommand([file('Dockerfile', clean)])).toBe(0);
    expect(out).toBe('');
  });

  test('exit 1 when a finding reaches the default threshold (info)', async () => {
    expect(await lintCommand([file('Dockerfile', 'FROM ubuntu\n')])).toBe(1);
    expect(out).toContain('DL3006 warning');
  });

  const thresholds: [string, number][] = [
    ['error', 0],
    ['warning', 1],
    ['none', 0],
  ];
  test.each(thresholds)('--failure-threshold %s', async (level, code) => {
    expect(await lintCommand(['-t', level, file('Dockerfile', 'FROM ubuntu\n')])).toBe(code);
  });

  test('many files in one run, each finding naming its file; a directory brings its .dockerignore', async () => {
    const a = file('a/Dockerfile', 'FROM ubuntu\n');
    file('b/Dockerfile', 'FROM alpine:3.20\nUSER 10001\nCOPY .env /\n');
    file('b/.dockerignore', '.env\n');
    expect(await lintCommand(['-f', 'json', a, join(dir, 'b')])).toBe(1);
    const rows = JSON.parse(out) as { code: string; file: string }[];
    expect(rows.map((r) => [r.code, r.file])).toEqual([
      ['DL3006', a],
      ['CopyIgnoredFile', join(dir, 'b', 'Dockerfile')],
    ]);
  });

  test('a directory is built and run in the simulation, so the rules that need the image speak; --no-simulate lints the file alone', async () => {
    file('svc/Dockerfile', 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nUSER 10001\nCMD python app.py\n');
    file('svc/app.py', 'print("hi")\n');
    await lintCommand(['-f', 'json', join(dir, 'svc')]);
    const simulated = (JSON.parse(out) as { code: string }[]).map((r) => r.code);
    expect(simulated).toContain('shell-swallows-sigterm');
    out = '';
    await lintCommand(['-f', 'json', '--no-simulate', join(dir, 'svc')]);
    const alone = (JSON.parse(out) as { code: string }[]).map((r) => r.code);
    expect(alone).not.toContain('shell-swallows-sigterm');
    expect(alone).toContain('DL3025');
  });

  test('--ignore and the config file', async () => {
    const path = file('Dockerfile', 'FROM ubuntu\nMAINTAINER me\n');
    file('lint.yaml', 'ignored: [DL3006]\noverride:\n  info: [DL4000]\n');
    expect(await lintCommand(['-f', 'json', '--ignore', 'MaintainerDeprecated', '--config', join(dir, 'lint.yaml'), path])).toBe(1);
    expect(JSON.parse(out)).toEqual([expect.objectContaining({ code: 'DL4000', level: 'info' })]);
  });

  test('a broken config file is a usage error with the key that is wrong', async () => {
    file('lint.yaml', 'override:\n  fatal: [DL3006]\n');
    expect(await lintCommand(['--config', join(dir, 'lint.yaml'), file('Dockerfile', clean)])).toBe(2);
    expect(err).toContain('override.fatal: expected one of error, warning, info, style');
  });

  test('unreadable, binary and missing inputs give one clear line each, no stack trace', async () => {
    const binary = file('bin', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]));
    expect(await lintCommand([binary, join(dir, 'missing'), file('ok', clean)])).toBe(2);
    expect(err).toBe(`shipshape lint: ${binary}: looks like a binary file, not a Dockerfile\nshipshape lint: ${join(dir, 'missing')}: no such file or directory\n`);
  });

  test('unknown format and threshold', async () => {
    expect(await lintCommand(['-f', 'xml'])).toBe(2);
    expect(await lintCommand(['-t', 'fatal'])).toBe(2);
  });

  test('sarif, checkstyle and gnu print', async () => {
    const path = file('Dockerfile', 'FROM ubuntu\n');
    for (const format of ['sarif', 'checkstyle', 'gnu']) {
      out = '';
      expect(await lintCommand(['-f', format, path])).toBe(1);
      expect(out).toContain('DL3006');
    }
  });
});
