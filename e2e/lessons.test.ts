/**
 * Every lesson, through the UI: open it in Chromium, solve its first exercise by pasting the solution into the
 * editor tab by tab, as a learner would, and see the grade panel say solved. The real engine grades it. (Pasting,
 * not typing: typed newlines get the editor's auto-indent, which would re-indent a YAML file.)
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, openSession } from './support/browser.ts';
import { openWorkbench, payloadOf, settled, waitForData } from './support/workbench.ts';

const lessons = readdirSync('content/lessons', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const lesson of lessons) {
  test(`${lesson}: a learner solves the first exercise through the editor`, async () => {
    const session = await openSession(browser);
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const { page } = session;
    try {
      const workbench = await openWorkbench(page, `${baseUrl}/lessons/${lesson}/`);
      const payload = await payloadOf(workbench);
      assert.ok(payload.solution, 'the exercise ships its solution (for "show solution")');
      assert.notEqual(await workbench.getAttribute('data-grade'), 'solved', 'the starting files do not solve it');
      for (const file of payload.editable) {
        await workbench.locator(`[data-file-tabs] [data-file="${file}"]`).click();
        await workbench.locator('.monaco-editor').first().click();
        await page.evaluate((text) => navigator.clipboard.writeText(text), payload.solution[file] ?? '');
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.press('ControlOrMeta+V');
        await settled(workbench);
      }
      await waitForData(workbench, 'grade', 'solved', 20_000);
      assert.equal(await workbench.locator('[data-solved-banner]').isVisible(), true);
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });
}
