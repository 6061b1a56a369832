/**
 * Runs the end-to-end tests: serves the built site (`astro preview`, which sends the cross-origin isolation headers)
 * on a free local port, runs every `e2e/*.test.ts` with Node's test runner against it, and stops the server.
 * `npm run test:e2e` builds first; `node e2e/run.ts e2e/x.test.ts` runs one file against an existing build.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from './support/browser.ts';
import { startPreview } from './support/preview-server.ts';

async function main(): Promise<number> {
  if (!existsSync(chromiumPath)) {
    console.error(`e2e: Chromium is not at ${chromiumPath}. Install it with: apt-get update && apt-get install -y chromium`);
    return 2;
  }
  let server;
  try {
    server = await startPreview();
  } catch (error) {
    console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  try {
    const only = process.argv.slice(2);
    const files = only.length > 0 ? only : readdirSync('e2e').filter((f) => f.endsWith('.test.ts')).sort().map((f) => join('e2e', f));
    const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
      stdio: 'inherit',
      env: { ...process.env, SHIPSHAPE_BASE_URL: server.baseUrl },
    });
    return await new Promise<number>((resolve) => tests.on('exit', (code) => resolve(code ?? 1)));
  } finally {
    server.stop();
  }
}

process.exitCode = await main();
