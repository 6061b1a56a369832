import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const main = join(import.meta.dirname, '..', 'main.ts');

function shipshape(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [main, 'parse', ...args], { encoding: 'utf8', input, timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-parse-'));
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

describe('shipshape parse', () => {
  it.each([
    ['a Dockerfile', ['--format', 'buildkit', file('Dockerfile', 'FROM alpine\nRUN echo hi \\\n  && ls\n')], undefined, 0, '(from "alpine")\n(run "echo hi   && ls")\n', ''],
    ['standard input', ['-f', 'buildkit', '-'], 'FROM a\nCMD ["x"]\n', 0, '(from "a")\n(cmd "x")\n', ''],
    ['a parser error', ['-f', 'buildkit', '-'], 'FROM a\nENV PATH\n', 1, '', 'shipshape parse: -:2:1: error: ENV must have two arguments\n'],
    ['a missing file', ['/no/such/Dockerfile'], undefined, 2, '', 'shipshape parse: /no/such/Dockerfile: no such file or directory\n'],
    ['a binary file', [file('bin', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]))], undefined, 2, '', 'looks like a binary file'],
    ['an unknown format', ['-f', 'xml', '-'], '', 2, '', "unknown format 'xml'"],
    ['no file', [], undefined, 2, '', 'expected one FILE, got 0'],
  ])('%s', (_name, args, input, code, stdout, stderr) => {
    const r = shipshape(args, input);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toContain(stderr);
    expect(r.stderr).not.toMatch(/\n\s+at /); // never a stack trace
  });

  it('prints the tree as JSON, with errors and exit code 1 when the file has some', () => {
    const r = shipshape(['-'], 'FROM node:20 AS build\nRUNN x\n');
    expect(r.code).toBe(1);
    const tree = JSON.parse(r.stdout) as { instructions: { kind: string; keyword: string }[]; errors: { line: number; message: string }[] };
    expect(tree.instructions.map((i) => [i.kind, i.keyword])).toEqual([['from', 'FROM'], ['unknown', 'RUNN']]);
    expect(tree.errors.map((e) => [e.line, e.message])).toEqual([[2, 'unknown instruction: RUNN (did you mean RUN?)']]);
  });
});
