/**
 * Progress export and import on the home page: the export holds the solved marks and the saved work; a valid file
 * imports (and marks the navigation); a bad file is refused with a message and nothing changes.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, openSession } from './support/browser.ts';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const good = {
  format: 'shipshape-progress',
  version: 1,
  exportedAt: '2026-11-20T10:00:00.000Z',
  solved: { '01-image-bloat/pin-the-base': '2026-11-20T09:58:00.000Z' },
  work: { '01-image-bloat/pin-the-base': { files: { Dockerfile: 'FROM python:3.12-slim\n# imported\n' }, savedAt: 1_763_632_680_000 } },
};

test('export writes solved marks and saved work; import merges a valid file and refuses a bad one', async () => {
  const session = await openSession(browser);
  const { page } = session;
  try {
    await page.goto(`${baseUrl}/`);
    const tools = page.locator('[data-progress-tools]');
    const input = tools.locator('[data-import-progress]');
    const message = tools.locator('[data-progress-message]');
    const snapshot = (): Promise<string> => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

    // Bad files: not JSON, and JSON of the wrong shape. Both refused, storage untouched.
    const before = await snapshot();
    for (const [name, content] of [
      ['notes.json', 'this is not json'],
      ['other.json', JSON.stringify({ ...good, solved: { '../../etc': 'yesterday' } })],
    ] as const) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
      await page.locator('[data-progress-tools][data-progress-result="refused"]').waitFor();
      assert.match((await message.textContent()) ?? '', /Import refused: .* Nothing was changed\./);
      assert.equal(await snapshot(), before);
      await page.evaluate(() => delete document.querySelector<HTMLElement>('[data-progress-tools]')!.dataset.progressResult);
    }

    await input.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await page.locator('[data-progress-tools][data-progress-result="imported"]').waitFor();
    assert.match((await message.textContent()) ?? '', /Imported 1 solved exercise and 1 saved exercise/);
    await page.locator('[data-progress-exercise="01-image-bloat/pin-the-base"][data-solved="true"]').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), tools.locator('[data-export-progress]').click()]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as typeof good;
    assert.equal(exported.format, 'shipshape-progress');
    assert.deepEqual(exported.solved, good.solved);
    assert.equal(exported.work['01-image-bloat/pin-the-base']?.files.Dockerfile, 'FROM python:3.12-slim\n# imported\n');

    // The imported work opens in the exercise.
    await page.goto(`${baseUrl}/lessons/01-image-bloat/`);
    await page.locator('[data-workbench]').scrollIntoViewIfNeeded();
    await page.locator('[data-workbench][data-state="ready"]').waitFor();
    await page.locator('.view-lines', { hasText: '# imported' }).waitFor();
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});
