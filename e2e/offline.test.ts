/**
 * No network after the first visit: one page is opened online (its service worker saves the built site), then the
 * browser goes offline (`context.setOffline(true)`) and a learner works through a lesson — page, editor, engine
 * worker, build, findings, grading — all from the saved copy, still cross-origin isolated. The terminal's docker
 * commands work offline too, and its Node fallback says in one line why Node cannot run.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launch } from './support/browser.ts';
import { openPanel, openWorkbench, payloadOf, replaceText, waitForData } from './support/workbench.ts';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

interface OfflineSession {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: string[];
}

/** A fresh context where service workers run (the other e2e tests may block them), visited once online. */
async function visitOnce(path: string): Promise<OfflineSession> {
  const worker = await fetch(`${baseUrl}/sw.js`);
  assert.equal(worker.status, 200, 'dist/sw.js is missing: the build must end with `node scripts/build-sw.ts` (npm run build)');
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'allow' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}${path}`);
  // The service worker has precached the whole site and controls the page.
  await page.locator('html[data-offline="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  return { context, page, errors };
}

test('after one visit, a lesson works with the network gone: editor, build, findings, grading', async () => {
  const { context, page, errors } = await visitOnce('/present/incident/');
  try {
    await context.setOffline(true);
    // Really offline: a request the site never made cannot reach the server.
    const probe = await page.evaluate(() => fetch(`/never-cached-${Math.random()}`).then((r) => r.status, () => 'failed'));
    assert.equal(probe, 'failed');

    const workbench = await openWorkbench(page, `${baseUrl}/lessons/01-image-bloat/`);
    assert.equal(await page.evaluate(() => crossOriginIsolated), true, 'the cached page is still cross-origin isolated');
    const payload = await payloadOf(workbench);
    await waitForData(workbench, 'grade', 'unsolved', 20_000);
    const findings = await openPanel(workbench, 'findings');
    await findings.locator('li[data-code="DL3007"]').first().waitFor();

    // The learner fixes the Dockerfile: the build, the findings and the grade follow, offline.
    await replaceText(workbench, payload.solution!.Dockerfile!);
    await waitForData(workbench, 'grade', 'solved', 20_000);
    await waitForData(workbench, 'build', 'ok');
    assert.equal(await findings.locator('li[data-code="DL3007"]').count(), 0);
    const build = await openPanel(workbench, 'build');
    assert.match((await build.textContent()) ?? '', /Builds in about/);
    assert.equal(await workbench.locator('[data-solved-banner]').isVisible(), true);

    // Another page never opened before comes from the saved copy too.
    await page.goto(`${baseUrl}/present/`);
    assert.equal(await page.locator('h1').first().textContent(), 'Present');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('offline, the terminal answers docker commands and says in one line why Node cannot run', async () => {
  const { context, page, errors } = await visitOnce('/present/incident/');
  try {
    await context.setOffline(true);
    await openWorkbench(page, `${baseUrl}/terminal/lessons/01-image-bloat/pin-a-slim-base/`);
    await page.locator('[data-terminal-open]').press('Enter');
    const host = page.locator('[data-terminal-host][data-terminal-state="ready"]');
    await host.waitFor({ timeout: 30_000 });
    const read = () => host.evaluate((el) => (el as HTMLElement & { shipshapeTerminal: { transcript(): string } }).shipshapeTerminal.transcript());
    const run = async (line: string): Promise<string> => {
      const before = (await read()).length;
      await page.keyboard.type(line);
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        ({ el, at }) => {
          const text = (el as HTMLElement & { shipshapeTerminal: { transcript(): string } }).shipshapeTerminal.transcript();
          return (el as HTMLElement).dataset.terminalState === 'ready' && text.length > at && text.endsWith('$ ');
        },
        { el: await host.elementHandle(), at: before },
        { timeout: 30_000 },
      );
      return (await read()).slice(before);
    };
    assert.match(await run('docker build -t app .'), /FINISHED/);
    const node = await run('npm start');
    // After the echo of what was typed: one line, then the prompt.
    const lines = node.split('\n').slice(1).filter((l) => l.trim() !== '' && l.trim() !== '$');
    assert.deepEqual(lines, ['Node cannot run in this terminal: the browser is offline, and the in-browser Node (WebContainer) needs its servers to start. The docker commands keep working: Shipshape simulates them.']);
    assert.match(await run('docker images'), /app:latest/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
