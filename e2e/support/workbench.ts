/**
 * Helpers for driving a workbench as a learner would: wait for it to be ready, replace or type text in the editor,
 * wait for the panels to show the engine's next report. Every wait is on a DOM state (data attributes the
 * workbench sets), never a fixed sleep.
 */
import type { Locator, Page } from 'playwright-core';
import { baseUrl } from './browser.ts';

export const lessonUrl = `${baseUrl}/lessons/01-image-bloat/`;

/** What the page embedded for the workbench (see src/lessons/workbench-payload.ts): tests read the exercise from it. */
export interface Payload {
  readonly key: string;
  readonly editable: readonly string[];
  readonly files: Readonly<Record<string, string>>;
  readonly checks: readonly { readonly id: string; readonly label?: string }[];
  readonly hints: readonly { readonly check: string; readonly levels: readonly string[] }[];
  readonly change?: { readonly label: string };
  readonly solution?: Readonly<Record<string, string>>;
}

export async function payloadOf(workbench: Locator): Promise<Payload> {
  return JSON.parse((await workbench.locator('[data-workbench-data]').textContent()) ?? '{}') as Payload;
}

/** Waits until this workbench's `data-<name>` attribute has the value (name in dataset form: `save`, `grade`). */
export async function waitForData(workbench: Locator, name: string, value: string, timeout = 10_000): Promise<void> {
  await workbench.page().waitForFunction(
    ([el, key, wanted]) => (el as HTMLElement).dataset[key as string] === wanted,
    [await workbench.elementHandle(), name, value] as const,
    { timeout },
  );
}

/** Opens a page and its first workbench, scrolled into view, once the editor and the first report are there. */
export async function openWorkbench(page: Page, url = lessonUrl): Promise<Locator> {
  await page.goto(url);
  const workbench = page.locator('[data-workbench]').first();
  await workbench.scrollIntoViewIfNeeded();
  await waitForData(workbench, 'state', 'ready', 30_000);
  return workbench;
}

/** Waits until the panels show the report for the newest edit. */
export async function settled(workbench: Locator): Promise<void> {
  await waitForData(workbench, 'pending', 'false');
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
