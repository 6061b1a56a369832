import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, openSession } from './support/browser.ts';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the lesson page is cross-origin isolated', async () => {
  const session = await openSession(browser);
  try {
    await session.page.goto(`${baseUrl}/lessons/01-image-bloat/`);
    assert.equal(await session.page.evaluate(() => self.crossOriginIsolated), true);
  } finally {
    await session.close();
  }
});

test('the prose is readable before the editor arrives, and the starting Dockerfile is shown as text', async () => {
  const session = await openSession(browser);
  try {
    // Block the editor's chunks: the page must still read well without them.
    await session.page.route(/monaco|workbench-.*\.js|editor\.api/, (route) => route.abort());
    await session.page.goto(`${baseUrl}/lessons/01-image-bloat/`);
    await session.page.getByRole('heading', { level: 1, name: 'Image bloat and base images' }).waitFor();
    const fallback = await session.page.locator('[data-editor-fallback]').first().textContent();
    assert.match(fallback ?? '', /FROM python:latest/);
  } finally {
    await session.close();
  }
});

test('a learner types FROM python:latest and sees DL3007 appear in the editor and the panel', async () => {
  const session = await openSession(browser);
  const { page } = session;
  try {
    await page.goto(`${baseUrl}/lessons/01-image-bloat/`);
    const workbench = page.locator('[data-workbench]').first();
    await workbench.scrollIntoViewIfNeeded();
    await page.locator('[data-workbench][data-state="ready"]').first().waitFor({ timeout: 30_000 });

    // Start from an empty editor, then type as a learner would.
    const editor = workbench.locator('.monaco-editor').first();
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.locator('[data-workbench][data-findings="0"]').first().waitFor();
    await page.keyboard.type('FROM python:latest');

    const finding = workbench.locator('[data-findings] li[data-code="DL3007"]');
    await finding.waitFor({ timeout: 10_000 });
    assert.match((await finding.textContent()) ?? '', /latest/i);
    // The editor shows it as a marker (a squiggle decoration on the line).
    await workbench.locator('.squiggly-warning, .squiggly-error, .squiggly-info').first().waitFor({ timeout: 10_000 });

    // Pinning the tag makes the finding go away.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('FROM python:3.12-slim');
    await workbench.locator('[data-findings] li[data-code="DL3007"]').waitFor({ state: 'detached', timeout: 10_000 });
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});
