import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readContext } from '../io/read-context.ts';

const command = pathToFileURL(join(import.meta.dirname, 'build.ts')).href;

function shipshapeBuild(args: string[]) {
  const script = `const { buildCommand } = await import(${JSON.stringify(command)}); process.exitCode = await buildCommand(JSON.parse(process.argv[1]));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(args)], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-build-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const APP = {
  Dockerfile: 'FROM alpine:3.21\nWORKDIR /app\nCOPY package.json .\nRUN echo installed > /app/deps\nCOPY . .\nCMD ["sh"]\n',
  'package.json': '{"name":"app"}\n',
  'src/main.js': 'console.log(1)\n',
};

describe('shipshape build', () => {
  test('builds a directory, prints BuildKit\'s log and the layer table, and reuses the cache the second time', () => {
    const dir = project(APP);
    // Outside the project: a cache inside the context would itself be a changed file.
    const cache = mkdtempSync(join(tmpdir(), 'shipshape-cache-'));
    const first = shipshapeBuild([dir, '--cache-dir', cache]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/#\d+ \[2\/5\] WORKDIR \/app\n#\d+ DONE/);
    expect(first.stdout).toMatch(/IMAGE +CREATED +CREATED BY +SIZE +COMMENT/);
    expect(first.stdout).toContain('Cache: 0 of 5 steps reused');
    writeFileSync(join(dir, 'src/main.js'), 'console.log(2)\n');
    const second = shipshapeBuild([dir, '--cache-dir', cache]);
    expect(second.stdout).toMatch(/#\d+ \[4\/5\] RUN echo installed > \/app\/deps\n#\d+ CACHED/);
    expect(second.stdout).toContain('first to run: line 5 (src/main.js changed)');
  });

  test('--format json has the documented shape', () => {
    const dir = project(APP);
    const r = shipshapeBuild([dir, '--format', 'json', '--cache-dir', join(dir, '.c'), '--build-arg', 'A=1']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown> & { image: Record<string, unknown> & { layers: Record<string, unknown>[] }; steps: Record<string, unknown>[] };
    expect(json.ok).toBe(true);
    for (const k of ['diskBytes', 'compressedBytes', 'wastedBytes', 'efficiency']) expect(typeof json.image[k]).toBe('number');
    expect(Object.keys(json.image.layers[0] ?? {})).toEqual(expect.arrayContaining(['instruction', 'line', 'bytes']));
    expect(Object.keys(json.steps[0] ?? {})).toEqual(expect.arrayContaining(['stage', 'line', 'instruction', 'status', 'seconds']));
  });

  test('a failing build exits 1 with the error at its line', () => {
    const dir = project({ Dockerfile: 'FROM alpine:3.21\nRUN gcc -o app main.c\n' });
    const r = shipshapeBuild([dir, '--format', 'json', '--cache-dir', join(dir, '.c')]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { ok: boolean; error: { line: number; message: string } };
    expect(json.ok).toBe(false);
    expect(json.error.line).toBe(2);
    expect(json.error.message).toMatch(/exit code: 127$/);
  });

  test.each([
    ['a missing directory', () => ['/nonexistent/shipshape-dir'], /no such directory/],
    ['a binary Dockerfile', () => { const d = project({}); writeFileSync(join(d, 'Dockerfile'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1])); return [d]; }, /looks like a binary file/],
    ['a 10 MB Dockerfile', () => { const d = project({}); writeFileSync(join(d, 'Dockerfile'), `FROM alpine:3.21\n${'RUN echo x\n'.repeat(1_000_000)}`); return [d]; }, /the simulation takes Dockerfiles up to 1 MB/],
    ['no Dockerfile', () => [project({ 'a.txt': 'x' })], /no such file or directory/],
    ['a bad --format', () => [project(APP), '--format', 'yaml'], /unknown format 'yaml'/],
    ['a .dockerignore BuildKit refuses', () => [project({ ...APP, '.dockerignore': 'node_modules\n!\n' })], /\.dockerignore: illegal exclusion pattern: "!"/],
  ])('%s gets one clear line and exit 2', (_name, args, message) => {
    const r = shipshapeBuild(args());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n').filter((l) => l.trim() !== '').length).toBeLessThanOrEqual(1);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  test('a context with too many files is refused with advice', async () => {
    const dir = project({});
    for (let i = 0; i < 120; i++) writeFileSync(join(dir, `f${i}.txt`), 'x');
    const r = await readContext(dir, undefined, 100);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toMatch(/more than 100 files and directories; add a .dockerignore/);
  });

  test('big files are hashed by streaming, not kept; small text files keep their content', async () => {
    const dir = project({ 'small.txt': 'hello\n' });
    const fd = openSync(join(dir, 'big.bin'), 'w');
    ftruncateSync(fd, 300 * 1024 * 1024); // sparse: 300 MB of zeros, instant to make
    closeSync(fd);
    const r = await readContext(dir, undefined);
    expect(r.ok).toBe(true);
    const entries = r.ok ? r.entries : [];
    expect(entries.find((e) => e.path === 'small.txt')).toMatchObject({ content: 'hello\n' });
    const big = entries.find((e) => e.path === 'big.bin') as { size?: number; digest?: string; content?: string };
    expect(big.size).toBe(300 * 1024 * 1024);
    expect(big.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(big.content).toBeUndefined();
  });

  test('directories .dockerignore excludes are summarised by size, not walked', async () => {
    const dir = project({ '.dockerignore': 'node_modules\n', 'node_modules/a/index.js': 'x'.repeat(1000), 'app.js': 'y' });
    const { matchesUsingParentResults: _m, newPatternMatcher, parseIgnoreFile } = await import('../../engine/context/index.ts');
    const parsed = parseIgnoreFile('node_modules\n');
    const matcher = parsed.ok ? newPatternMatcher(parsed.patterns) : undefined;
    const r = await readContext(dir, matcher?.ok ? matcher.matcher : undefined);
    const entries = r.ok ? r.entries : [];
    expect(entries.find((e) => e.path === 'node_modules')).toMatchObject({ kind: 'dir', size: 1000, files: 1 });
    expect(entries.some((e) => e.path.startsWith('node_modules/'))).toBe(false);
  });
});
