import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createStaticServer, serveCommand } from './serve.ts';

const root = mkdtempSync(join(tmpdir(), 'shipshape-serve-'));
mkdirSync(join(root, 'lessons', 'a'), { recursive: true });
mkdirSync(join(root, '_astro'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>home</title>');
writeFileSync(join(root, 'lessons', 'a', 'index.html'), '<!doctype html><title>a</title>');
writeFileSync(join(root, '_astro', 'app.B1x2.js'), 'export {}');
writeFileSync(join(root, '_astro', 'codicon.ttf'), 'font');
writeFileSync(join(root, 'sw.js'), '// worker');
writeFileSync(join(root, 'data.json'), '{}');

const server = createStaticServer(root);
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('shipshape serve: a static server for a built site', () => {
  test.each([
    ['/', 200, 'text/html; charset=utf-8', 'no-cache'],
    ['/lessons/a/', 200, 'text/html; charset=utf-8', 'no-cache'],
    ['/lessons/a/index.html', 200, 'text/html; charset=utf-8', 'no-cache'],
    ['/_astro/app.B1x2.js', 200, 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
    ['/_astro/codicon.ttf', 200, 'font/ttf', 'public, max-age=31536000, immutable'],
    ['/sw.js', 200, 'text/javascript; charset=utf-8', 'no-cache'],
    ['/data.json', 200, 'application/json; charset=utf-8', 'no-cache'],
    ['/missing', 404, 'text/plain; charset=utf-8', null],
    ['/../../etc/passwd', 404, 'text/plain; charset=utf-8', null],
    ['/%2e%2e/%2e%2e/etc/passwd', 404, 'text/plain; charset=utf-8', null],
    ['/%E0%A4%A', 404, 'text/plain; charset=utf-8', null],
  ])('GET %s → %i %s', async (path, status, type, cache) => {
    const response = await fetch(`${base}${path}`, { redirect: 'manual' });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('cache-control')).toBe(cache);
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
  });

  test('a directory without its slash is redirected, keeping the query', async () => {
    const response = await fetch(`${base}/lessons/a?x=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/lessons/a/?x=1');
  });

  test('HEAD has the headers and no body; POST is refused', async () => {
    const head = await fetch(`${base}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });

  test.each([
    [['--port', 'many'], 2],
    [['a', 'b'], 2],
    [[join(root, 'lessons')], 2],
    [['--frob'], 2],
  ])('bad arguments %j exit %i', async (argv, code) => {
    expect(await serveCommand(argv)).toBe(code);
  });
});
