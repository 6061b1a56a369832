/**
 * WAI-ARIA tabs for any `[role=tablist]` of `<button role="tab" aria-controls=…>`: click or arrow keys select
 * (Home/End jump), the selected tab is the only one in the Tab order, and panels not controlled by the selected tab
 * are hidden. Selecting fires a `tabselect` event on the tablist (`detail.tab`), so the editor can switch files.
 * Small on purpose: it runs on a lesson's first load, before the editor.
 */
export interface TabSelectDetail {
  readonly tab: HTMLButtonElement;
}

export function selectTab(list: HTMLElement, tab: HTMLButtonElement, focus = false): void {
  const tabs = Array.from(list.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
  }
  const shown = tab.getAttribute('aria-controls');
  for (const other of tabs) {
    const id = other.getAttribute('aria-controls');
    const panel = id ? document.getElementById(id) : null;
    if (panel) {
      panel.hidden = id !== shown;
      if (id === shown) panel.setAttribute('aria-labelledby', tab.id);
    }
  }
  if (focus) tab.focus();
  list.dispatchEvent(new CustomEvent<TabSelectDetail>('tabselect', { detail: { tab } }));
}

export function initTablist(list: HTMLElement): void {
  if (list.dataset.tabsReady) return;
  list.dataset.tabsReady = 'true';
  const tabs = (): HTMLButtonElement[] => Array.from(list.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
  list.addEventListener('click', (event) => {
    const tab = (event.target as Element).closest<HTMLButtonElement>('[role="tab"]');
    if (tab && list.contains(tab)) selectTab(list, tab);
  });
  list.addEventListener('keydown', (event) => {
    const all = tabs();
    const current = all.indexOf(document.activeElement as HTMLButtonElement);
    if (current < 0) return;
    const next =
      event.key === 'ArrowRight' ? (current + 1) % all.length
      : event.key === 'ArrowLeft' ? (current - 1 + all.length) % all.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? all.length - 1
      : -1;
    if (next < 0) return;
    event.preventDefault();
    selectTab(list, all[next]!, true);
  });
}
