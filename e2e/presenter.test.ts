/**
 * Presenter mode, driven by the keyboard only (no click anywhere), on a 1280×720 projector: sections forward and
 * back, the build stepped one layer at a time with each layer's size appearing, the whole build played, the image's
 * size matching the Layers panel, the exercise's change rebuilt with the cache, the solution revealed and graded,
 * the terminal drawer, the help; the incident's before / after split. axe finds nothing on the slides.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, openSession } from './support/browser.ts';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const PROJECTOR = { width: 1280, height: 720 };

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

const shownSlide = (page: Page) => page.locator('.present-slide:not([hidden])');

async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** → until the shown slide is an exercise (at most 40 presses). */
async function nextExercise(page: Page): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('ArrowRight');
    if ((await shownSlide(page).getAttribute('data-slide-kind')) === 'exercise') return;
  }
  throw new Error('no exercise slide');
}

test('a lesson on stage, driven from the keyboard only', async () => {
  const session = await openSession(browser, PROJECTOR);
  const { page } = session;
  try {
    await page.goto(`${baseUrl}/present/lessons/01-image-bloat/`);
    await page.locator('html[data-deck="ready"]').waitFor();
    assert.equal(await shownSlide(page).getAttribute('data-slide-kind'), 'title');
    assert.equal(await page.locator('[data-deck-position]').textContent(), `1 / ${await page.locator('.present-slide').count()}`);
    assert.deepEqual(await violations(page), [], 'title slide');

    // → and ← move between sections; the address keeps the position.
    await press(page, 'ArrowRight', 2);
    assert.match(page.url(), /#3$/);
    await press(page, 'ArrowLeft');
    assert.match(page.url(), /#2$/);
    // Prose stays large: at least 20 px, readable from the back of a hall.
    const size = await shownSlide(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(size >= 20, `prose at ${size}px`);

    await nextExercise(page);
    const stage = shownSlide(page).locator('[data-stage][data-ready="true"]');
    await stage.waitFor({ timeout: 30_000 });
    const total = Number(await stage.locator('[data-total]').getAttribute('data-total'));
    assert.ok(total >= 3);

    // B: one step at a time, each with its size; the image grows.
    await press(page, 'b');
    await stage.locator('[data-revealed="1"]').waitFor();
    const base = Number(await stage.locator('[data-stage-bytes]').getAttribute('data-stage-bytes'));
    assert.ok(base > 50_000_000, 'the first step is the base image');
    await press(page, 'b', 2);
    await stage.locator('[data-revealed="3"]').waitFor();
    assert.equal(await stage.locator('.stage-step').count(), 3);
    assert.match((await stage.locator('.stage-step .stage-size').last().textContent()) ?? '', /^\+[\d.]+ (B|kB|MB|GB)/);

    // Shift+B plays the whole build; its size is the Layers panel's.
    await press(page, 'Shift+B');
    await stage.locator(`[data-revealed="${total}"]`).waitFor({ timeout: 20_000 });
    const workbench = shownSlide(page).locator('[data-workbench]');
    await page.waitForFunction((el) => (el as HTMLElement).dataset.state === 'ready', await workbench.elementHandle(), { timeout: 30_000 });
    await workbench.locator('[data-panel="layers"] [data-disk-bytes]').waitFor({ state: 'attached', timeout: 20_000 });
    const panelBytes = await workbench.locator('[data-panel="layers"] [data-disk-bytes]').getAttribute('data-disk-bytes');
    assert.equal(await stage.locator('[data-stage-bytes]').getAttribute('data-stage-bytes'), panelBytes);
    assert.equal(await stage.locator('.stage-checks').getAttribute('data-solved'), 'false');
    assert.deepEqual(await violations(page), [], 'exercise slide');

    // S reveals the solution in the editor; the stage builds it, and every check passes.
    await press(page, 's');
    await shownSlide(page).locator('[data-stage][data-solution="shown"]').waitFor({ timeout: 30_000 });
    await stage.locator('[data-revealed="0"]').waitFor({ timeout: 20_000 });
    await press(page, 'Shift+B');
    await stage.locator('.stage-checks[data-solved="true"]').waitFor({ timeout: 20_000 });
    assert.ok(Number(await stage.locator('[data-stage-bytes]').getAttribute('data-stage-bytes')) < base, 'the solution is smaller');

    // T opens the terminal under the slide; it answers; Esc gives the keys back; T closes it.
    await press(page, 't');
    const host = shownSlide(page).locator('[data-terminal-host][data-terminal-state="ready"]');
    await host.waitFor({ timeout: 30_000 });
    await page.keyboard.type('docker images');
    await press(page, 'Enter');
    await page.waitForFunction((el) => /IMAGE +ID +DISK USAGE/.test((el as HTMLElement & { shipshapeTerminal: { transcript(): string } }).shipshapeTerminal.transcript()), await host.elementHandle());
    await press(page, 'Escape');
    await press(page, 't');
    assert.equal(await shownSlide(page).locator('[data-terminal-panel]').isHidden(), true);

    // ? shows the keys; Esc closes the help; the deck still answers.
    await press(page, '?');
    assert.equal(await page.locator('dialog[data-deck-help]').evaluate((d) => (d as HTMLDialogElement).open), true);
    await press(page, 'Escape');
    assert.equal(await page.locator('dialog[data-deck-help]').evaluate((d) => (d as HTMLDialogElement).open), false);
    await press(page, 'Home');
    assert.equal(await shownSlide(page).getAttribute('data-slide-kind'), 'title');
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});

test('C rebuilds after the exercise’s change: the cache keeps what comes before it', async () => {
  const session = await openSession(browser, PROJECTOR);
  const { page } = session;
  try {
    await page.goto(`${baseUrl}/present/playground/python/`);
    await page.locator('html[data-deck="ready"]').waitFor();
    await nextExercise(page);
    const stage = shownSlide(page).locator('[data-stage][data-ready="true"]');
    await stage.waitFor({ timeout: 30_000 });
    await press(page, 'c');
    await shownSlide(page).locator('[data-stage][data-view="rebuild"]').waitFor({ timeout: 20_000 });
    assert.match((await stage.locator('.stage-title').textContent()) ?? '', /^After you edit app\.py: the cache keeps \d+ of \d+ steps/);
    assert.ok((await stage.locator('.stage-step[data-status="cached"]').count()) >= 1);
    assert.ok((await stage.locator('.stage-step[data-status="run"] .stage-reason').count()) >= 1, 'a miss says why');
    await page.locator('[data-deck-status]', { hasText: /the cache keeps/ }).waitFor();
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});

test('the incident: before / after, figure by figure, then both builds step by step', async () => {
  const session = await openSession(browser, PROJECTOR);
  const { page } = session;
  try {
    await page.goto(`${baseUrl}/present/incident/`);
    await page.locator('html[data-deck="ready"]').waitFor();
    await press(page, 'ArrowRight', 3);
    const split = page.locator('[data-split-slide]');
    assert.equal(await split.isVisible(), true);
    await split.locator('.split-side').first().waitFor();
    await page.locator('[data-split-slide][data-ready="true"]').waitFor({ timeout: 30_000 });
    for (let row = 1; row <= 5; row++) {
      await press(page, 'b');
      await page.locator(`[data-split-slide][data-rows="${row}"]`).waitFor();
    }
    const before = await split.locator('[data-side="before"] dd').allTextContents();
    const after = await split.locator('[data-side="after"] dd').allTextContents();
    assert.match(before[0]!, /GB/);
    assert.match(after[0]!, /MB/);
    assert.match(before[4]!, /10\.0s, exit 137 \(SIGKILL\)/);
    assert.deepEqual(await violations(page), [], 'split slide');

    // V: as published, neither builds — and the simulator says why, in apt's words.
    await press(page, 'v');
    await page.locator('html[data-variant="published"]').waitFor({ state: 'attached' });
    await press(page, 'b');
    await split.locator('.split-error').first().waitFor({ timeout: 30_000 });
    assert.match((await split.locator('[data-side="before"] .split-error').textContent()) ?? '', /Unable to locate package cuda-toolkit-12-1/);
    await press(page, 'v');

    await press(page, 'ArrowRight');
    const builds = page.locator('[data-builds-slide]');
    await press(page, 'b', 2);
    await page.locator('[data-builds-slide][data-steps="2"]').waitFor();
    assert.equal(await builds.locator('[data-side="before"] .stage-step').count(), 2);
    assert.equal(await builds.locator('[data-side="after"] .stage-step').count(), 2);
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});
