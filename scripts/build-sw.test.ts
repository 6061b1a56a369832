/**
 * The offline support: the precache list and version `build-sw.ts` computes, and the generated service worker run
 * in a fake worker scope — install fills the cache, pages come from the network first and from the cache when it is
 * gone, hashed assets from the cache first.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildServiceWorker, precacheList, urlFor } from './build-sw.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-sw-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const FILES = { 'index.html': 'home', 'lessons/a/index.html': 'lesson a', '_astro/app.B1.js': 'js', '_astro/app.B1.js.map': 'map', 'sw.js': 'old' };

describe('the precache list', () => {
  test.each([
    ['index.html', '/'],
    ['lessons/a/index.html', '/lessons/a/'],
    ['_astro/app.B1.js', '/_astro/app.B1.js'],
    ['rules/index.html', '/rules/'],
  ])('%s is cached as %s', (file, url) => expect(urlFor(file)).toBe(url));

  test('every file but the worker itself and source maps', () => {
    expect(precacheList(site(FILES)).urls).toEqual(['/_astro/app.B1.js', '/', '/lessons/a/']);
  });

  test('the version is a content hash: same files, same version; one byte changed, a new one', () => {
    const a = precacheList(site(FILES)).version;
    expect(precacheList(site(FILES)).version).toBe(a);
    expect(precacheList(site({ ...FILES, 'lessons/a/index.html': 'lesson A' })).version).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
  });

  test('a missing build is refused with what to do', () => {
    expect(() => buildServiceWorker(site({ 'x.txt': '' }))).toThrow(/run `npm run build`/);
  });
});

// --- a fake service worker scope ------------------------------------------------------------------------------

class FakeCache {
  readonly entries = new Map<string, Response>();
  async match(request: Request | string): Promise<Response | undefined> {
    const url = new URL(typeof request === 'string' ? request : request.url, 'http://site.test').pathname;
    return this.entries.get(url)?.clone();
  }
  async put(request: Request | string, response: Response): Promise<void> {
    this.entries.set(new URL(typeof request === 'string' ? request : request.url, 'http://site.test').pathname, response);
  }
  async addAll(requests: Request[]): Promise<void> {
    for (const r of requests) this.entries.set(new URL(r.url).pathname, await (globalFetch as (r: Request) => Promise<Response>)(r));
  }
}
let globalFetch: unknown;

function loadWorker(source: string, network: (url: string) => Response | 'offline') {
  const listeners = new Map<string, (event: unknown) => void>();
  const stores = new Map<string, FakeCache>();
  const caches = {
    open: async (name: string) => stores.get(name) ?? (stores.set(name, new FakeCache()), stores.get(name)!),
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
  };
  const fetchFn = async (input: Request | string) => {
    const url = new URL(typeof input === 'string' ? input : input.url, 'http://site.test').pathname;
    const answer = network(url);
    if (answer === 'offline') throw new TypeError('Failed to fetch');
    return answer;
  };
  globalFetch = fetchFn;
  const self = { addEventListener: (type: string, fn: (event: unknown) => void) => listeners.set(type, fn), location: new URL('http://site.test/'), clients: { claim: async () => undefined }, skipWaiting: () => undefined };
  const RequestAt = class extends Request {
    constructor(input: string | Request, init?: RequestInit) {
      super(typeof input === 'string' ? new URL(input, 'http://site.test') : input, init);
    }
  };
  new Function('self', 'caches', 'fetch', 'Request', source)(self, caches, fetchFn, RequestAt);
  const dispatch = async (type: string, event: Record<string, unknown>) => {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get(type)!({ ...event, waitUntil: (p: Promise<unknown>) => (done = p), respondWith: (p: Promise<unknown>) => (done = p) });
    return done;
  };
  return { dispatch, stores };
}

describe('the generated service worker', () => {
  const dist = site({ 'index.html': 'home v1', 'lessons/a/index.html': 'lesson a', '_astro/app.B1.js': 'js v1' });
  buildServiceWorker(dist);
  const source = readFileSync(join(dist, 'sw.js'), 'utf8');
  const served = new Map(Object.entries({ '/': 'home v1', '/lessons/a/': 'lesson a', '/_astro/app.B1.js': 'js v1' }));
  let online = true;
  const worker = loadWorker(source, (url) => (online ? new Response(served.get(url) ?? 'nope', { status: served.has(url) ? 200 : 404, headers: { 'Cross-Origin-Embedder-Policy': 'require-corp' } }) : 'offline'));
  const get = async (path: string, mode: RequestMode = 'cors') => {
    const request = new Request(`http://site.test${path}`, mode === 'navigate' ? {} : { mode });
    if (mode === 'navigate') Object.defineProperty(request, 'mode', { value: 'navigate' });
    return (await worker.dispatch('fetch', { request })) as Response;
  };

  test('install precaches every page and asset of the build', async () => {
    await worker.dispatch('install', {});
    await worker.dispatch('activate', {});
    const [name] = [...worker.stores.keys()];
    expect(name).toMatch(/^shipshape-[0-9a-f]{16}$/);
    expect([...worker.stores.get(name!)!.entries.keys()].sort()).toEqual(['/', '/_astro/app.B1.js', '/lessons/a/']);
  });

  test('online, pages come from the network (the newest version)', async () => {
    served.set('/lessons/a/', 'lesson a, edited');
    expect(await (await get('/lessons/a/', 'navigate')).text()).toBe('lesson a, edited');
  });

  test('offline, pages and assets come from the cache, headers included', async () => {
    online = false;
    const page = await get('/lessons/a/', 'navigate');
    expect(await page.text()).toBe('lesson a, edited');
    expect(page.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(await (await get('/lessons/a', 'navigate')).text()).toBe('lesson a, edited');
    expect(await (await get('/_astro/app.B1.js')).text()).toBe('js v1');
  });

  test('offline, a page that was never cached gets a short offline page, not a browser error', async () => {
    const page = await get('/nowhere/', 'navigate');
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('You are offline');
  });

  test('hashed assets are served from the cache even when the network is back', async () => {
    online = true;
    served.set('/_astro/app.B1.js', 'changed under the same name');
    expect(await (await get('/_astro/app.B1.js')).text()).toBe('js v1');
  });
});
