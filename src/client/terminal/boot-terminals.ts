/**
 * The only terminal code a page runs on first load: it wires each `<Terminal />`'s "Open the terminal" button.
 * xterm.js and the terminal's code load when the button is pressed, never before; its commands go to the page's
 * engine worker, the one the workbench uses (engine-connection.ts).
 */
import type { TerminalHandle } from './mount-terminal.ts';

export interface BootOptions {
  readonly fontSize?: number;
  readonly rows?: number;
}

/** Finds the workbench a terminal works on: `data-for` names its key; otherwise the first on the page. */
export function workbenchFor(panel: HTMLElement): HTMLElement | null {
  const key = panel.dataset.for;
  const all = Array.from(document.querySelectorAll<HTMLElement>('[data-workbench]'));
  return all.find((root) => key && root.dataset.key === key) ?? all[0] ?? null;
}

export async function openTerminal(panel: HTMLElement, options: BootOptions = {}): Promise<TerminalHandle | undefined> {
  const host = panel.querySelector<HTMLElement>('[data-terminal-host]');
  const status = panel.querySelector<HTMLElement>('[data-terminal-status]');
  const button = panel.querySelector<HTMLButtonElement>('[data-terminal-open]');
  if (!host || panel.dataset.terminal === 'open' || panel.dataset.terminal === 'loading') return undefined;
  panel.dataset.terminal = 'loading';
  if (status) status.textContent = 'Loading the terminal…';
  try {
    const [{ mountTerminal }, { workspaceOf, readPayload }] = await Promise.all([import('./mount-terminal.ts'), import('./workspace-source.ts')]);
    const root = workbenchFor(panel);
    const payload = root ? readPayload(root) : undefined;
    const handle = mountTerminal({
      host,
      workspace: root ? workspaceOf(root) : () => ({ files: {}, context: [] }),
      storageKey: payload?.key ?? 'page',
      ...(options.fontSize ? { fontSize: options.fontSize } : {}),
      ...(options.rows ? { rows: options.rows } : {}),
      ...(panel.dataset.timeScale === 'fast' ? { timeScale: { build: 0, stop: 0, maxPauseMs: 0 } } : {}),
      leaveTo: button,
    });
    panel.dataset.terminal = 'open';
    if (button) {
      button.textContent = 'Focus the terminal';
      button.onclick = () => handle.focus();
    }
    if (status) status.textContent = 'Terminal ready.';
    handle.focus();
    return handle;
  } catch (error) {
    panel.dataset.terminal = 'failed';
    if (status) status.textContent = `The terminal could not load (${error instanceof Error ? error.message : String(error)}). Reload to try again.`;
    return undefined;
  }
}

export function bootTerminals(): void {
  for (const panel of document.querySelectorAll<HTMLElement>('[data-terminal-panel]')) {
    panel.querySelector('[data-terminal-open]')?.addEventListener('click', () => void openTerminal(panel), { once: true });
  }
}
