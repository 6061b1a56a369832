/**
 * Anything the learner types is shown as text, never as HTML: a Dockerfile with `<script>` and `<img onerror>` in
 * a comment, a FROM line, a LABEL and a RUN renders harmlessly in the editor, every panel (the stub engine echoes
 * the text into steps, layers, history and the base image), the hovers, and through a share link.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, openSession } from './support/browser.ts';
import { useStubEngine } from './support/stub-engine.ts';
import { openPanel, openWorkbench, replaceText } from './support/workbench.ts';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const hostile = [
  "# <script>window.__pwned = 'comment'</script>",
  'FROM python:3.12-slim<img/src=x/onerror=window.__pwned=1>',
  'LABEL note="<img src=x onerror=window.__pwned=2>"',
  'RUN echo "<script>window.__pwned=3</script>" && echo \'</script><b>bold</b>\'',
  'COPY . .',
].join('\n');

async function assertInert(page: Page): Promise<void> {
  assert.equal(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), undefined, 'learner text ran as script');
  assert.equal(await page.locator('[data-workbench] img, [data-workbench] b, .monaco-hover img').count(), 0, 'learner text became elements');
  assert.equal(await page.locator('[data-workbench] [data-body] script').count(), 0);
}

test('learner text stays text in the editor, every panel and the hovers', async () => {
  const session = await openSession(browser);
  const { page } = session;
  try {
    await useStubEngine(page);
    const workbench = await openWorkbench(page);
    await replaceText(workbench, hostile);

    for (const name of ['findings', 'build', 'layers', 'run', 'context', 'grade']) {
      const panel = await openPanel(workbench, name);
      await panel.locator('[data-body] > *').first().waitFor();
    }
    const build = await openPanel(workbench, 'build');
    assert.match((await build.locator('tr[data-line="4"]').textContent()) ?? '', /<script>window\.__pwned=3<\/script>/);
    const layers = await openPanel(workbench, 'layers');
    assert.match((await layers.locator('.figure', { hasText: 'Base image' }).textContent()) ?? '', /python:3\.12-slim<img/);
    await layers.locator('details.log summary').click();
    assert.match((await layers.locator('details.log pre').textContent()) ?? '', /<\/script><b>bold<\/b>/);

    // Hovers: the keyword's explanation, then the base image's (whose ref is the learner's own text).
    await workbench.locator('.monaco-editor').first().click();
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await page.locator('.monaco-hover', { hasText: 'Starts a build stage' }).waitFor();
    await page.keyboard.press('Escape');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover', { hasText: 'the base image' });
    await hover.waitFor();
    assert.match((await hover.textContent()) ?? '', /python:3\.12-slim<img\/src=x\/onerror=window\.__pwned=1>/);
    assert.match((await hover.textContent()) ?? '', /glibc/);
    assert.match((await hover.textContent()) ?? '', /to pull: .* compressed/);

    await assertInert(page);
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});

test('learner text stays text through a share link', async () => {
  const session = await openSession(browser);
  const { page } = session;
  try {
    const workbench = await openWorkbench(page, `${baseUrl}/playground/python/`);
    await replaceText(workbench, hostile);
    await page.locator('[data-share-button]').click();
    await page.locator('[data-share-button][data-shared="true"]').waitFor();
    const link = await page.locator('[data-share-url]').inputValue();

    await page.goto(`${baseUrl}/`);
    await page.goto(link);
    const shared = await openWorkbench(page, link);
    await shared.locator('.view-lines', { hasText: "<script>window.__pwned = 'comment'</script>" }).waitFor();
    await assertInert(page);
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});
