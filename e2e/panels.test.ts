/**
 * The panels against the engine's report contract, with a stub worker answering in that shape (see
 * support/stub-engine.ts): build steps and the cache comparison, layers with the chart, the run, the context tree,
 * the checklist with hints and the solution diff, the solved moment and the progress marks, quick fixes.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, openSession } from './support/browser.ts';
import { useStubEngine } from './support/stub-engine.ts';
import { editorText, openPanel, openWorkbench, replaceText } from './support/workbench.ts';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('build, layers, run and context panels show the report, and the rebuild shows what the cache kept', async () => {
  const session = await openSession(browser);
  const { page } = session;
  try {
    await useStubEngine(page);
    const workbench = await openWorkbench(page);

    const build = await openPanel(workbench, 'build');
    assert.equal(await build.locator('tr[data-status="run"]').count(), 5);
    await build.locator('[data-rebuild-button]').click();
    const result = build.locator('[data-rebuild="done"]');
    await result.waitFor();
    assert.equal(await result.getAttribute('data-kept'), '3');
    assert.equal(await result.locator('[data-first-miss]').getAttribute('data-first-miss'), '4');
    assert.match((await result.textContent()) ?? '', /app\.py changed/);

    const layers = await openPanel(workbench, 'layers');
    const fullBytes = Number(await layers.locator('[data-disk-bytes]').getAttribute('data-disk-bytes'));
    assert.equal(await layers.locator('svg.layer-chart rect.seg-base').count(), 1);
    assert.equal(await layers.locator('svg.layer-chart rect.seg-own').count(), 3);
    assert.match((await layers.locator('svg.layer-chart').getAttribute('aria-label')) ?? '', /on disk/);

    const run = await openPanel(workbench, 'run');
    assert.match((await run.textContent()) ?? '', /your app never receives it/);
    assert.equal(await run.locator('.timeline li').count(), 2);

    const context = await openPanel(workbench, 'context');
    await context.locator('[data-context-summary]').waitFor();
    assert.equal(await context.locator('li[data-path="app.py"]').getAttribute('data-ignored'), 'false');

    // The layers change as the learner edits.
    await replaceText(workbench, 'FROM python:3.12-slim\nCOPY . .\n');
    const slimBytes = Number(await layers.locator('[data-disk-bytes]').getAttribute('data-disk-bytes'));
    assert.ok(slimBytes < fullBytes);
    // Once asked for, the rebuild stays live: every report after an edit carries it.
    assert.equal(await build.locator('[data-rebuild="done"]').count(), 1);
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});

test('a quick fix from the editor (Ctrl+.) and from the Fix button', async () => {
  const session = await openSession(browser);
  const { page } = session;
  try {
    await useStubEngine(page);
    const workbench = await openWorkbench(page);
    const finding = workbench.locator('[data-findings] li[data-code="DL3007"]');
    await finding.waitFor();
    // The rule page link.
    assert.equal(await finding.locator('a').getAttribute('href'), '/rules/base-image-latest/');

    await workbench.locator('.monaco-editor').first().click();
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('End');
    await page.keyboard.press('Control+.');
    await page.locator('.action-widget', { hasText: 'Pin to 3.12-slim' }).waitFor();
    await page.keyboard.press('Enter');
    await finding.waitFor({ state: 'detached' });
    assert.match(await editorText(workbench), /^FROM python:3\.12-slim\n/);

    await page.keyboard.press('ControlOrMeta+Z');
    await finding.waitFor();
    await finding.locator('[data-fix]').click();
    await finding.waitFor({ state: 'detached' });
    assert.match(await editorText(workbench), /^FROM python:3\.12-slim\n/);
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});

test('checks, hints one level deeper each time, the solution as a diff, and the solved moment marked everywhere', async () => {
  const session = await openSession(browser);
  const { page } = session;
  try {
    await useStubEngine(page);
    const workbench = await openWorkbench(page);
    const grade = await openPanel(workbench, 'grade');
    assert.equal(await grade.locator('li[data-check="base-pinned"]').getAttribute('data-passed'), 'false');

    // The first failing check is base-pinned: its hints, one level deeper each time, then the deepest again.
    const hint = grade.locator('[data-hint] [data-hint-check]');
    await grade.locator('[data-hint-button]').click();
    assert.equal(await hint.getAttribute('data-hint-check'), 'base-pinned');
    assert.equal(await hint.getAttribute('data-hint-level'), '1');
    await grade.locator('[data-hint-button]').click();
    assert.equal(await hint.getAttribute('data-hint-level'), '2');
    await grade.locator('[data-hint-button]').click();
    assert.equal(await hint.getAttribute('data-hint-level'), '2');

    // Pinned but not slim: now the hint follows what the learner wrote, to the next failing check.
    await replaceText(workbench, 'FROM python:3.12\nWORKDIR /app\n');
    await grade.locator('[data-hint-button]').click();
    assert.equal(await hint.getAttribute('data-hint-check'), 'base-slim');
    assert.equal(await hint.getAttribute('data-hint-level'), '1');

    await grade.locator('[data-solution-button]').click();
    const diff = grade.locator('[data-solution-diff]');
    await diff.waitFor();
    assert.match((await diff.locator('.diff-add').first().textContent()) ?? '', /^\+ FROM python:3\.12-slim/);
    assert.match((await diff.locator('.diff-del').first().textContent()) ?? '', /^- FROM python:3\.12$/m);

    assert.equal(await workbench.locator('[data-solved-banner]').isVisible(), false);
    await replaceText(workbench, 'FROM python:3.12-slim\nWORKDIR /app\n');
    await page.locator('[data-workbench][data-grade="solved"]').waitFor();
    assert.equal(await workbench.locator('[data-solved-banner]').isVisible(), true);
    await page.locator('section.exercise[data-solved="true"]').waitFor();
    await page.locator('.course-nav [data-progress-exercise="01-image-bloat/pin-the-base"][data-solved="true"]').waitFor();

    await page.goto(`${baseUrl}/`);
    await page.locator('[data-progress-exercise="01-image-bloat/pin-the-base"][data-solved="true"]').waitFor();
    assert.match((await page.locator('[data-progress-lesson] [data-progress-mark]').first().textContent()) ?? '', /Solved/);
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});
