/**
 * `shipshape serve [DIR] [--port N] [--host H]` — serves a built site (default `dist/`) from a laptop, for a
 * workshop or a talk with no network: a small static server on 127.0.0.1 that sends the cross-origin isolation
 * headers (COOP/COEP, which the site's workers and the terminal need) and the right content types, serves
 * `x/index.html` at `x/`, and never serves a file outside DIR.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { readCommandArgs } from '../io/command-args.ts';

const help = `Usage: shipshape serve [DIR] [options]

Serves a built Shipshape site (DIR, default: dist) on this machine, with the headers it needs
(Cross-Origin-Opener-Policy and Cross-Origin-Embedder-Policy). Build it first with \`npm run build\`.
Open it once while the server runs and it keeps working in that browser with the network off.

Options:
      --port N      port to listen on (default 4321; 0 picks a free one)
      --host HOST   address to listen on (default 127.0.0.1; use 0.0.0.0 to share on a LAN —
                    browsers allow offline support only on localhost or HTTPS)
  -h, --help        show this help
`;

export const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/** Headers every response carries: cross-origin isolation (toolchain.md), and no sniffing of content types. */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
};

type Resolved = { readonly kind: 'file'; readonly path: string; readonly size: number } | { readonly kind: 'redirect'; readonly location: string } | { readonly kind: 'missing' };

/** Maps a URL path to a file under `root`: `/a/` → `a/index.html`, `/a` (a directory) → redirect to `/a/`. */
export async function resolvePath(root: string, urlPath: string): Promise<Resolved> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'missing' };
  }
  if (decoded.includes('\0')) return { kind: 'missing' };
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return { kind: 'missing' };
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!urlPath.endsWith('/')) return { kind: 'redirect', location: `${urlPath}/` };
    const index = await stat(join(path, 'index.html')).catch(() => undefined);
    return index?.isFile() ? { kind: 'file', path: join(path, 'index.html'), size: index.size } : { kind: 'missing' };
  }
  if (info?.isFile()) return { kind: 'file', path, size: info.size };
  return { kind: 'missing' };
}

function cacheControl(urlPath: string): string {
  // Hashed assets never change under their name; everything else is revalidated (the service worker does the rest).
  return urlPath.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export function createStaticServer(root: string, log: (line: string) => void = () => undefined): Server {
  const base = resolve(root);
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    const send = (status: number, body: string, headers: Record<string, string> = {}): void => {
      response.writeHead(status, { ...ISOLATION_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
    const url = new URL(request.url ?? '/', 'http://localhost');
    void resolvePath(base, url.pathname).then(async (found) => {
      if (found.kind === 'redirect') return send(301, '', { Location: found.location + url.search });
      if (found.kind === 'missing') {
        const notFound = await resolvePath(base, '/404.html');
        if (notFound.kind === 'file') {
          response.writeHead(404, { ...ISOLATION_HEADERS, 'Content-Type': MIME['.html']! });
          if (request.method === 'HEAD') return response.end();
          return createReadStream(notFound.path).pipe(response);
        }
        return send(404, `Not found: ${url.pathname}\n`);
      }
      response.writeHead(200, {
        ...ISOLATION_HEADERS,
        'Content-Type': MIME[extname(found.path).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': String(found.size),
        'Cache-Control': found.path.endsWith(`${sep}sw.js`) ? 'no-cache' : cacheControl(url.pathname),
      });
      if (request.method === 'HEAD') return response.end();
      const stream = createReadStream(found.path);
      stream.on('error', () => response.destroy());
      stream.pipe(response);
      log(`${request.method} ${url.pathname}`);
    });
  });
}

export async function serveCommand(argv: readonly string[]): Promise<number> {
  const args = readCommandArgs('serve', argv, { port: { type: 'string' }, host: { type: 'string' } }, help);
  if (args.exit !== undefined) return args.exit;
  const { values, positionals } = args;
  if (positionals.length > 1) {
    process.stderr.write(`shipshape serve: one directory at most (got ${positionals.length})\n`);
    return 2;
  }
  const dir = resolve(positionals[0] ?? 'dist');
  const port = values.port === undefined ? 4321 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`shipshape serve: --port must be a number from 0 to 65535 (got "${values.port}")\n`);
    return 2;
  }
  const index = await stat(join(dir, 'index.html')).catch(() => undefined);
  if (!index?.isFile()) {
    process.stderr.write(`shipshape serve: ${dir} has no index.html. Build the site first: npm run build\n`);
    return 2;
  }
  const host = values.host ?? '127.0.0.1';
  const server = createStaticServer(dir);
  return new Promise<number>((resolveExit) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      process.stderr.write(`shipshape serve: cannot listen on ${host}:${port}: ${error.code === 'EADDRINUSE' ? 'the port is in use (try --port 0)' : error.message}\n`);
      resolveExit(1);
    });
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      process.stdout.write(`Serving ${dir} at http://${shown}:${actual}/ (Ctrl+C stops)\n`);
      const stop = (): void => {
        server.close(() => resolveExit(0));
        server.closeAllConnections();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  });
}
