/**
 * Writes `dist/sw.js`, the service worker that keeps the built site working offline, after `astro build`:
 * `node scripts/build-sw.ts [DIST]`. Its precache list is every file of the build (pages under their directory
 * URL, `/lessons/x/` for `lessons/x/index.html`), and its version is a hash of that list and of every file's
 * content — a rebuild that changes nothing writes the same worker, any change makes a new one.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { serviceWorkerSource } from '../src/client/offline/service-worker-source.ts';

/** Files the worker does not precache: itself, source maps, and what only a developer reads. */
const SKIP = [/^sw\.js$/, /\.map$/, /(^|\/)\.DS_Store$/];

export interface Precache {
  readonly version: string;
  readonly urls: string[];
  readonly bytes: number;
}

function walk(dir: string, root: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, root, out);
    else if (entry.isFile()) out.push(relative(root, path).split(sep).join('/'));
  }
}

/** The URL a file is served at: `index.html` files by their directory. */
export function urlFor(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

export function precacheList(dist: string): Precache {
  const files: string[] = [];
  walk(dist, dist, files);
  files.sort();
  const hash = createHash('sha256');
  let bytes = 0;
  const urls: string[] = [];
  for (const file of files) {
    if (SKIP.some((re) => re.test(file))) continue;
    const content = readFileSync(join(dist, file));
    bytes += content.length;
    hash.update(file).update('\0').update(createHash('sha256').update(content).digest()).update('\0');
    urls.push(encodeURI(urlFor(file)));
  }
  return { version: hash.digest('hex').slice(0, 16), urls, bytes };
}

export function buildServiceWorker(dist: string): Precache {
  if (!statSync(join(dist, 'index.html'), { throwIfNoEntry: false })) {
    throw new Error(`${dist}/index.html is missing: run \`npm run build\` (astro build) first.`);
  }
  const precache = precacheList(dist);
  writeFileSync(join(dist, 'sw.js'), serviceWorkerSource({ version: precache.version, urls: precache.urls }));
  return precache;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  try {
    const { version, urls, bytes } = buildServiceWorker(dist);
    console.log(`build-sw: ${dist}/sw.js precaches ${urls.length} files (${(bytes / 1e6).toFixed(1)} MB), version ${version}`);
  } catch (error) {
    console.error(`build-sw: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
