/**
 * Work is never lost: Reset asks first and can be undone; two tabs on one exercise never overwrite each other
 * silently; a full or blocked storage is reported, not swallowed.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launch, openSession } from './support/browser.ts';
import { editorText, lessonUrl, openWorkbench, payloadOf, replaceText, waitForData } from './support/workbench.ts';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('Reset asks first, restores the starting files, and can be undone', async () => {
  const session = await openSession(browser);
  const { page } = session;
  try {
    const workbench = await openWorkbench(page);
    await replaceText(workbench, 'FROM python:3.12-slim\n# my work\n');

    // Cancelling keeps the work.
    await workbench.locator('[data-reset]').click();
    await page.getByRole('dialog', { name: 'Start over?' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    assert.match(await editorText(workbench), /# my work/);

    const start = (await payloadOf(workbench)).files;
    const firstLine = Object.values(start)[0]!.split('\n')[0]!;
    await workbench.locator('[data-reset]').click();
    await page.locator('[data-confirm-reset]').click();
    await workbench.locator('.view-lines', { hasText: firstLine }).waitFor();
    assert.equal(await editorText(workbench), Object.values(start)[0]);

    await workbench.locator('[data-undo-reset]').click();
    await workbench.locator('.view-lines', { hasText: 'my work' }).waitFor();
    assert.match(await editorText(workbench), /^FROM python:3\.12-slim\n# my work/);
    assert.equal(await workbench.locator('[data-undo-reset]').isVisible(), false);
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});

test('two tabs on the same exercise: the second is told, and nothing is overwritten silently', async () => {
  const session = await openSession(browser);
  try {
    const pageA = session.page;
    const pageB = await session.context.newPage();
    const a = await openWorkbench(pageA);
    const b = await openWorkbench(pageB);
    await b.locator('[data-notice-kind="presence"]').waitFor();

    // The tab being typed in is the one in front, as for a learner (a hidden tab's timers and frames are throttled).
    await pageA.bringToFront();
    await replaceText(a, 'FROM python:3.12-slim\n# from tab A\n');
    await waitForData(a, 'save', 'saved');

    // Tab B learns of A's save, pauses its own saving and asks; its own edits stay.
    await pageB.bringToFront();
    await b.locator('[data-notice-kind="conflict"]').waitFor();
    assert.equal(await b.getAttribute('data-save'), 'conflict');
    await replaceText(b, 'FROM python:3.12-alpine\n# from tab B\n');
    assert.equal(await b.getAttribute('data-save'), 'conflict');
    const key = (await payloadOf(a)).key;
    const saved = await pageA.evaluate((k) => localStorage.getItem(`shipshape:v1:work:${k}`) ?? '', key);
    assert.match(saved, /from tab A/, 'tab B did not overwrite tab A’s saved copy');

    // Keeping B's version saves it; now tab A is the one asked.
    await b.getByRole('button', { name: 'Keep this tab’s version' }).click();
    await waitForData(b, 'save', 'saved');
    await pageA.bringToFront();
    await a.locator('[data-notice-kind="conflict"]').waitFor();
    await a.getByRole('button', { name: 'Load the other tab’s version' }).click();
    await a.locator('.view-lines', { hasText: 'from tab B' }).waitFor();
    assert.match(await editorText(a), /# from tab B/);
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});

test('a full storage is reported to the learner, and so is a blocked one', async () => {
  for (const [kind, script, pattern] of [
    [
      'full',
      () => {
        const original = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key: string, value: string) {
          if (key.startsWith('shipshape:v1:work:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.call(this, key, value);
        };
      },
      /storage for this site is full/,
    ],
    [
      'blocked',
      () => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          },
        });
      },
      /blocks storage/,
    ],
  ] as const) {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await page.addInitScript(script);
      await page.goto(lessonUrl);
      const workbench = await openWorkbench(page);
      await replaceText(workbench, 'FROM python:3.12-slim\n');
      await waitForData(workbench, 'save', 'failed');
      const notice = workbench.locator('[data-notice-kind="storage"]');
      assert.match((await notice.textContent()) ?? '', pattern, kind);
      assert.equal(await workbench.locator('[data-notice]').getAttribute('role'), 'alert');
    } finally {
      await session.close();
    }
  }
});
