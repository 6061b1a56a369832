/**
 * Helpers for driving a workbench as a learner would: wait for it to be ready, replace or type text in the editor,
 * wait for the panels to show the engine's next report. Every wait is on a DOM state (data attributes the
 * workbench sets), never a fixed sleep.
 */
import type { Locator, Page } from 'playwright-core';
import { baseUrl } from './browser.ts';

export const lessonUrl = `${baseUrl}/lessons/01-image-bloat/`;

export async function openWorkbench(page: Page, url = lessonUrl): Promise<Locator> {
  await page.goto(url);
  const workbench = page.locator('[data-workbench]').first();
  await workbench.scrollIntoViewIfNeeded();
  await page.locator('[data-workbench][data-state="ready"]').first().waitFor({ timeout: 30_000 });
  return workbench;
}

/** Waits until the panels show the report for the newest edit. */
export async function settled(workbench: Locator): Promise<void> {
  await workbench.page().waitForFunction((el) => (el as HTMLElement).dataset.pending === 'false', await workbench.elementHandle(), { timeout: 10_000 });
}

/** Focuses the editor and replaces the current file's text (inserted as one edit, like a paste). */
export async function replaceText(workbench: Locator, text: string): Promise<void> {
  const page = workbench.page();
  await workbench.locator('.monaco-editor').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  if (text) await page.keyboard.insertText(text);
  await settled(workbench);
}

/** The text of the editor's current model, as the page sees it (read from the view lines Monaco renders). */
export async function editorText(workbench: Locator): Promise<string> {
  return workbench.locator('.monaco-editor .view-lines').first().evaluate((el) =>
    Array.from(el.querySelectorAll('.view-line'))
      .sort((a, b) => parseFloat((a as HTMLElement).style.top) - parseFloat((b as HTMLElement).style.top))
      .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' '))
      .join('\n'),
  );
}

export async function openPanel(workbench: Locator, name: string): Promise<Locator> {
  await workbench.locator(`[data-panel-tab="${name}"]`).click();
  const panel = workbench.locator(`[data-panel="${name}"]`);
  await panel.waitFor({ state: 'visible' });
  return panel;
}
