/**
 * Progress export and import on the home page: the export holds the solved marks and the saved work; a valid file
 * imports (and marks the navigation); a bad file is refused with a message and nothing changes.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, openSession } from './support/browser.ts';
import { openWorkbench } from './support/workbench.ts';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

function progressFile(key: string) {
  return {
    format: 'shipshape-progress',
    version: 1,
    exportedAt: '2026-11-20T10:00:00.000Z',
    solved: { [key]: '2026-11-20T09:58:00.000Z' },
    work: { [key]: { files: { Dockerfile: 'FROM python:3.12-slim\n# imported\n' }, savedAt: 1_763_632_680_000 } },
  };
}

test('export writes solved marks and saved work; import merges a valid file and refuses a bad one', async () => {
  const session = await openSession(browser);
  const { page } = session;
  try {
    await page.goto(`${baseUrl}/`);
    // The first exercise of the course, whatever it is called.
    const key = (await page.locator('.lesson-list [data-progress-exercise]').first().getAttribute('data-progress-exercise'))!;
    const [lesson] = key.split('/');
    const good = progressFile(key);
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
    await page.locator(`[data-progress-exercise="${key}"][data-solved="true"]`).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), tools.locator('[data-export-progress]').click()]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as ReturnType<typeof progressFile>;
    assert.equal(exported.format, 'shipshape-progress');
    assert.deepEqual(exported.solved, good.solved);
    assert.equal(exported.work[key]?.files.Dockerfile, 'FROM python:3.12-slim\n# imported\n');

    // The imported work opens in the exercise.
    const workbench = await openWorkbench(page, `${baseUrl}/lessons/${lesson}/`);
    assert.equal(await workbench.getAttribute('data-key'), key, 'the first exercise of the lesson is the first of the course');
    await workbench.locator('.view-lines', { hasText: '# imported' }).waitFor();
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});
