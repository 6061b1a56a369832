/**
 * Accessible and comfortable: axe finds no violations on the home, lesson (editor open, every panel filled),
 * playground, rules and search pages, in the light and the dark theme; the tabs work from the keyboard; the theme
 * toggle persists and the default follows the system.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { allRules } from '../src/engine/lint/index.ts';
import { baseUrl, launch, openSession } from './support/browser.ts';
import { useStubEngine } from './support/stub-engine.ts';
import { openPanel, openWorkbench } from './support/workbench.ts';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

const firstRule = allRules.map((r) => r.meta.id).sort()[0]!;

for (const theme of ['light', 'dark'] as const) {
  test(`axe: no violations on every kind of page (${theme} theme)`, async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await session.context.addInitScript((t) => localStorage.setItem('shipshape:v1:theme', t), theme);
      await useStubEngine(page);
      for (const path of ['/', '/rules/', `/rules/${firstRule}/`, '/search/']) {
        await page.goto(`${baseUrl}${path}`);
        assert.deepEqual(await violations(page), [], path);
      }
      for (const path of ['/lessons/01-image-bloat/', '/playground/']) {
        const workbench = await openWorkbench(page, `${baseUrl}${path}`);
        assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
        // Every panel, filled by the stub engine's report, checked in one pass: shown all at once.
        await openPanel(workbench, 'build');
        if ((await workbench.locator('[data-rebuild-button]').count()) > 0) {
          await workbench.locator('[data-rebuild-button]').click();
          await workbench.locator('[data-rebuild="done"]').waitFor();
        }
        await page.evaluate(() => document.querySelectorAll<HTMLElement>('[data-panel]').forEach((panel) => (panel.hidden = false)));
        assert.deepEqual(await violations(page), [], `${path} (every panel shown)`);
      }
      assert.deepEqual(session.errors, []);
    } finally {
      await session.close();
    }
  });
}

test('keyboard: arrow keys move between tabs, and Ctrl+M lets Tab leave the editor', async () => {
  const session = await openSession(browser);
  const { page } = session;
  try {
    const workbench = await openWorkbench(page);
    const findingsTab = workbench.locator('[data-panel-tab="findings"]');
    await findingsTab.focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await workbench.locator('[data-panel-tab="build"]').getAttribute('aria-selected'), 'true');
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.panelTab), 'build');
    assert.equal(await workbench.locator('[data-panel="build"]').isVisible(), true);
    await page.keyboard.press('End');
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.panelTab), 'grade');

    // Tab in the editor indents; after Ctrl+M it moves focus out of the editor.
    await workbench.locator('.monaco-editor').first().click();
    await page.keyboard.press('Control+M');
    await page.keyboard.press('Tab');
    const inEditor = await page.evaluate(() => Boolean(document.activeElement?.closest('.monaco-editor')));
    assert.equal(inEditor, false, 'Tab left the editor after Ctrl+M');
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});

test('the theme follows the system by default, and the toggle persists the choice', async () => {
  const session = await openSession(browser);
  const { page } = session;
  try {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${baseUrl}/`);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.locator('html[data-theme="light"]').waitFor({ state: 'attached' });

    const toggle = page.locator('[data-theme-toggle]');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await page.reload();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});

test('readable on a tablet: the workbench stacks into one column', async () => {
  const session = await openSession(browser, { width: 820, height: 1180 });
  const { page } = session;
  try {
    const workbench = await openWorkbench(page);
    const editor = await workbench.locator('.wb-editor').boundingBox();
    const results = await workbench.locator('.wb-results').boundingBox();
    assert.ok(editor && results && results.y >= editor.y + editor.height - 1, 'the panels sit under the editor');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    assert.equal(overflow, false, 'no horizontal scrolling');
  } finally {
    await session.close();
  }
});
