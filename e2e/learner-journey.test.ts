/**
 * A learner plays an exercise through with the real engine: types, sees findings change, applies a quick fix from
 * the editor (Ctrl+.) and from the panel's Fix button, reloads and finds the work still there. The parts that need
 * engine sections still being built (build, layers, grade) run once `analyze()` returns them.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { allRules } from '../src/engine/lint/index.ts';
import { analyze } from '../src/engine/index.ts';
import { launch, openSession } from './support/browser.ts';
import { editorText, openPanel, openWorkbench, payloadOf, replaceText, settled, waitForData } from './support/workbench.ts';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const hasFixRule = allRules.some((rule) => rule.meta.id === 'add-instead-of-copy');
const probe = analyze({ dockerfile: 'FROM python:3.12-slim\nCOPY app.py .\n' }) as object;
const engineHas = (section: string): boolean => section in probe;

test('types, sees findings change, and finds the work again after a reload', async () => {
  const session = await openSession(browser);
  const { page } = session;
  try {
    const workbench = await openWorkbench(page);
    // The starting file builds from python:latest: the finding is there before the learner types.
    await workbench.locator('[data-findings] li[data-code="DL3007"]').waitFor();
    assert.match((await workbench.locator('[data-panel-tab="findings"]').textContent()) ?? '', /Findings \(\d+\)/);

    await replaceText(workbench, 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\n');
    await workbench.locator('[data-findings] li[data-code="DL3007"]').waitFor({ state: 'detached' });
    await waitForData(workbench, 'save', 'saved');

    await page.reload();
    const again = await openWorkbench(page);
    assert.match(await editorText(again), /FROM python:3\.12-slim\nWORKDIR \/app\nCOPY requirements\.txt \./);
    assert.match((await again.locator('[data-save-status]').textContent()) ?? '', /Restored your work/);
    assert.equal(await again.locator('[data-findings] li[data-code="DL3007"]').count(), 0);
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});

test('applies a quick fix from the editor (Ctrl+.) and from the Fix button', { skip: !hasFixRule && 'waiting for the add-instead-of-copy rule (DL3020) to be registered' }, async () => {
  const session = await openSession(browser);
  const { page } = session;
  try {
    const workbench = await openWorkbench(page);
    await replaceText(workbench, 'FROM python:3.12-slim\nADD app.py /app/\n');
    const finding = workbench.locator('[data-findings] li[data-code="DL3020"]');
    await finding.waitFor();

    // In the editor: cursor on the ADD keyword, Ctrl+. opens the quick fixes, Enter applies the preferred one.
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Control+.');
    await page.locator('.action-widget', { hasText: 'Use COPY' }).waitFor();
    await page.keyboard.press('Enter');
    await finding.waitFor({ state: 'detached' });
    assert.match(await editorText(workbench), /^FROM python:3\.12-slim\nCOPY app\.py \/app\//);

    // From the panel: the Fix button does the same, and Ctrl+Z in the editor undoes it.
    await replaceText(workbench, 'FROM python:3.12-slim\nADD app.py /app/\n');
    await finding.locator('[data-fix]').click();
    await finding.waitFor({ state: 'detached' });
    assert.match(await editorText(workbench), /COPY app\.py/);
    await page.keyboard.press('ControlOrMeta+Z');
    await settled(workbench);
    await finding.waitFor();
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});

test('sees the layers change, the exercise solved, and what the cache keeps after the change', { skip: !(engineHas('build') && engineHas('grade')) && 'waiting for the engine to report build and grade' }, async () => {
  const session = await openSession(browser);
  const { page } = session;
  try {
    const workbench = await openWorkbench(page);
    const payload = await payloadOf(workbench);
    const layers = await openPanel(workbench, 'layers');
    await layers.locator('[data-disk-bytes]').waitFor();
    const startBytes = await layers.locator('[data-disk-bytes]').getAttribute('data-disk-bytes');
    assert.notEqual(await workbench.getAttribute('data-grade'), 'solved', 'the starting files do not solve the exercise');

    // The learner writes the solution (every editable file), tab by tab.
    for (const file of payload.editable) {
      await workbench.locator(`[data-file-tabs] [data-file="${file}"]`).click();
      await replaceText(workbench, payload.solution?.[file] ?? '');
    }
    await waitForData(workbench, 'grade', 'solved');
    assert.equal(await workbench.locator('[data-solved-banner]').isVisible(), true);
    assert.notEqual(await layers.locator('[data-disk-bytes]').getAttribute('data-disk-bytes'), startBytes, 'the image changed');

    if (payload.change) {
      const build = await openPanel(workbench, 'build');
      await build.locator('[data-rebuild-button]').click();
      const result = build.locator('[data-rebuild="done"]');
      await result.waitFor();
      assert.ok(Number(await result.getAttribute('data-kept')) > 0, 'the cache keeps the steps before the change');
    }
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});
