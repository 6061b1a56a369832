/**
 * Runs the end-to-end tests: serves the built site (`astro preview`, which sends the cross-origin isolation headers)
 * on a free local port, runs every `e2e/*.test.ts` with Node's test runner against it, and stops the server.
 * `npm run test:e2e` builds first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromiumPath } from './support/browser.ts';

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

async function main(): Promise<number> {
  if (!existsSync('dist/index.html')) {
    console.error('e2e: no built site in dist/. Run `npm run build` first (npm run test:e2e does).');
    return 2;
  }
  if (!existsSync(chromiumPath)) {
    console.error(`e2e: Chromium is not at ${chromiumPath}. Install it with: apt-get update && apt-get install -y chromium`);
    return 2;
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
  });
  let serverLog = '';
  server.stdout?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
  try {
    await waitForServer(baseUrl, server, 30_000);
    const only = process.argv.slice(2);
    const files = only.length > 0 ? only : readdirSync('e2e').filter((f) => f.endsWith('.test.ts')).sort().map((f) => join('e2e', f));
    const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
      stdio: 'inherit',
      env: { ...process.env, SHIPSHAPE_BASE_URL: baseUrl },
    });
    return await new Promise<number>((resolve) => tests.on('exit', (code) => resolve(code ?? 1)));
  } catch (error) {
    console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
    console.error(serverLog);
    return 1;
  } finally {
    server.kill('SIGTERM');
  }
}

process.exitCode = await main();
