/**
 * The panels against the engine's report, with a stub worker answering in the engine's shapes (see
 * support/stub-engine.ts): build steps and the rebuild after the declared change, layers with the chart, the run,
 * the context tree, quick fixes, and — on a lesson's exercise, whatever its checks — the checklist, hints one
 * level deeper each time, the solution as a diff, the solved moment and the progress marks.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, openSession } from './support/browser.ts';
import { useStubEngine } from './support/stub-engine.ts';
import { editorText, openPanel, openWorkbench, payloadOf, replaceText, waitForData } from './support/workbench.ts';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const playground = `${baseUrl}/playground/node/`;
const dockerfile = 'FROM node:latest\nWORKDIR /app\nCOPY package.json .\nRUN npm install\nCOPY . .\nCMD ["node", "src/index.js"]\n';

test('build, layers, run and context panels show the report, and the rebuild shows what the cache kept', async () => {
  const session = await openSession(browser);
  const { page } = session;
  try {
    await useStubEngine(page);
    const workbench = await openWorkbench(page, playground);
    await replaceText(workbench, dockerfile);

    const build = await openPanel(workbench, 'build');
    assert.equal(await build.locator('tr[data-status="run"]').count(), 5);
    await build.locator('[data-rebuild-button]').click();
    const result = build.locator('[data-rebuild="done"]');
    await result.waitFor();
    assert.equal(await result.getAttribute('data-kept'), '3');
    assert.equal(await result.locator('[data-first-miss]').getAttribute('data-first-miss'), '4');
    assert.match((await result.textContent()) ?? '', /After you edit src\/index\.js.*app\.py changed/s);

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
    assert.equal(await context.locator('li[data-path="src/index.js"]').getAttribute('data-ignored'), 'false');
    assert.equal(await context.locator('li[data-path="node_modules"]').getAttribute('data-ignored'), 'true');

    // The layers follow the learner's edits; the rebuild, once asked for, stays live.
    await replaceText(workbench, dockerfile.replace('node:latest', 'node:22-slim'));
    const slimBytes = Number(await layers.locator('[data-disk-bytes]').getAttribute('data-disk-bytes'));
    assert.ok(slimBytes < fullBytes);
    assert.equal(await build.locator('[data-rebuild="done"]').count(), 1);

    // An edit redraws only what it changed: the build log the learner opened stays open and shows the edited step,
    // and the rows of unchanged steps are the same elements as before.
    await openPanel(workbench, 'build');
    await build.locator('details.log summary').click();
    const rows = build.locator('[data-body] tr.step');
    await rows.first().evaluate((row) => ((row as HTMLElement & { kept?: boolean }).kept = true));
    await workbench.locator('.monaco-editor').first().click();
    await page.keyboard.press('ControlOrMeta+Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.type(' --omit=dev');
    await waitForData(workbench, 'pending', 'false');
    await rows.filter({ hasText: 'RUN npm install --omit=dev' }).waitFor();
    assert.equal(await build.locator('details.log').getAttribute('open'), '');
    assert.match((await build.locator('details.log pre').textContent()) ?? '', /RUN npm install --omit=dev/);
    assert.equal(await rows.first().evaluate((row) => (row as HTMLElement & { kept?: boolean }).kept), true);
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
    const workbench = await openWorkbench(page, playground);
    await replaceText(workbench, dockerfile);
    const finding = workbench.locator('[data-findings] li[data-code="DL3007"]');
    await finding.waitFor();
    assert.equal(await finding.locator('a').getAttribute('href'), '/rules/base-image-latest/');

    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('End');
    await page.keyboard.press('Control+.');
    await page.locator('.action-widget', { hasText: 'Pin to 3.12-slim' }).waitFor();
    await page.keyboard.press('Enter');
    await finding.waitFor({ state: 'detached' });
    assert.match(await editorText(workbench), /^FROM node:3\.12-slim\n/);

    await page.keyboard.press('ControlOrMeta+Z');
    await finding.waitFor();
    await finding.locator('[data-fix]').click();
    await finding.waitFor({ state: 'detached' });
    assert.match(await editorText(workbench), /^FROM node:3\.12-slim\n/);
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
    const payload = await payloadOf(workbench);
    const [first, second] = payload.checks;
    assert.ok(first && second, 'the first exercise declares at least two checks');
    const hintsOf = (id: string): readonly string[] => payload.hints.find((h) => h.check === id)?.levels ?? [];
    assert.ok(hintsOf(first.id).length > 0 && hintsOf(second.id).length > 0, 'both have hints');
    const grade = await openPanel(workbench, 'grade');
    assert.equal(await grade.locator(`li[data-check="${first.id}"]`).getAttribute('data-passed'), 'false');

    // Nothing passes: the first check's hints, one level deeper each time, then the deepest again.
    await replaceText(workbench, 'FROM python:3.12\n');
    const hint = grade.locator('[data-hint] [data-hint-check]');
    const ask = async (): Promise<[string | null, number]> => {
      await grade.locator('[data-hint-button]').click();
      return [await hint.getAttribute('data-hint-check'), Number(await hint.getAttribute('data-hint-level'))];
    };
    const depth = hintsOf(first.id).length;
    for (let level = 1; level <= depth; level++) assert.deepEqual(await ask(), [first.id, level]);
    assert.deepEqual(await ask(), [first.id, depth]);

    // The first check passes now: the hint follows what the learner wrote, to the next failing check.
    await replaceText(workbench, `FROM python:3.12\n# pass:${first.id}\n`);
    assert.deepEqual(await ask(), [second.id, 1]);

    await grade.locator('[data-solution-button]').click();
    const diff = grade.locator('[data-solution-diff]');
    await diff.waitFor();
    const solutionFirstLine = (payload.solution?.[payload.editable[0]!] ?? '').split('\n')[0]!;
    assert.equal(await diff.locator('.diff-del').first().textContent(), '- FROM python:3.12\n');
    assert.ok((await diff.locator('.diff-add').allTextContents()).includes(`+ ${solutionFirstLine}\n`));

    assert.equal(await workbench.locator('[data-solved-banner]').isVisible(), false);
    await replaceText(workbench, `FROM python:3.12\n${payload.checks.map((c) => `# pass:${c.id}`).join('\n')}\n`);
    await waitForData(workbench, 'grade', 'solved');
    assert.equal(await workbench.locator('[data-solved-banner]').isVisible(), true);
    await page.locator(`section.exercise[data-progress-exercise="${payload.key}"][data-solved="true"]`).waitFor();
    await page.locator(`.course-nav [data-progress-exercise="${payload.key}"][data-solved="true"]`).waitFor();

    await page.goto(`${baseUrl}/`);
    await page.locator(`[data-progress-exercise="${payload.key}"][data-solved="true"]`).waitFor();
    assert.match((await page.locator(`[data-progress-exercise="${payload.key}"] [data-progress-mark]`).textContent()) ?? '', /Solved/);
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});
