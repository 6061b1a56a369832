/**
 * Serves the built site with `astro preview` (which sends the cross-origin isolation headers) on a free local port.
 * Used by the e2e runner and the keystroke benchmark; neither builds anything.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface PreviewServer {
  readonly baseUrl: string;
  readonly log: () => string;
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the preview server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the preview server did not answer at ${url} within ${timeoutMs} ms`);
}

/** Throws with a message saying what to do when `dist/` has not been built. */
export async function startPreview(): Promise<PreviewServer> {
  if (!existsSync('dist/index.html')) throw new Error('no built site in dist/. Run `npm run build` first.');
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // The project's own astro, run by the Node running this script (Node 24), whether or not npm set up PATH.
  const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
  const server = spawn(process.execPath, [astro, 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
  });
  let log = '';
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const stop = (): void => {
    server.kill('SIGTERM');
  };
  try {
    await waitForServer(baseUrl, server, 30_000);
  } catch (error) {
    stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${log}`);
  }
  return { baseUrl, log: () => log, stop };
}
