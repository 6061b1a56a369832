/**
 * The playground: sample projects to choose from, free editing, and share links that carry the files in the URL
 * fragment and open as a separate copy.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, openSession } from './support/browser.ts';
import { editorText, openWorkbench, replaceText } from './support/workbench.ts';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('choose a sample, edit it, share it, and open the link as a separate copy', async () => {
  const session = await openSession(browser);
  const { page } = session;
  try {
    await page.goto(`${baseUrl}/playground/`);
    const picker = page.getByRole('navigation', { name: 'Sample projects' });
    for (const name of ['Node.js', 'Python', 'Go', 'Java']) await picker.getByRole('link', { name }).waitFor();
    await picker.getByRole('link', { name: 'Go' }).click();
    await page.waitForURL(/\/playground\/go\/$/);
    const workbench = await openWorkbench(page, page.url());
    assert.deepEqual(await workbench.locator('[data-file-tabs] [role="tab"]').allTextContents(), ['Dockerfile', '.dockerignore', 'go.mod']);
    assert.match(await editorText(workbench), /^FROM golang:/);

    await replaceText(workbench, 'FROM golang:1.23 AS build\n# shared edit\n');
    await page.locator('[data-share-button]').click();
    await page.locator('[data-share-button][data-shared="true"]').waitFor();
    const link = await page.locator('[data-share-url]').inputValue();
    assert.match(link, /\/playground\/go\/#share=z\.[\w-]+$/);

    // The link opens the shared files; edits there do not touch the learner's own copy.
    await page.goto(`${baseUrl}/`);
    await page.goto(link);
    const shared = await openWorkbench(page, link);
    await shared.locator('[data-notice-kind="share"]').waitFor();
    assert.match(await editorText(shared), /# shared edit/);
    await replaceText(shared, 'FROM golang:1.23 AS build\n# changed the shared copy\n');
    await page.locator('[data-workbench][data-save="saved"]').waitFor();
    const own = await page.evaluate(() => localStorage.getItem('shipshape:v1:work:playground/go') ?? '');
    assert.match(own, /# shared edit/);

    // A damaged link is refused with a message, and the learner's own playground shows.
    await page.goto(`${baseUrl}/`);
    await page.goto(`${baseUrl}/playground/go/#share=z.not-a-real-link`);
    const refused = await openWorkbench(page, page.url());
    assert.match((await refused.locator('[data-notice-kind="share"]').textContent()) ?? '', /cannot be opened/);
    assert.match(await editorText(refused), /# shared edit/);
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});
