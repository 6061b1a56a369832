/**
 * The only workbench script a page runs on first load. It keeps the page light: the editor (Monaco, ~800 KB gzip)
 * and the engine worker are fetched only when a workbench scrolls into view or the learner asks for it. Until then
 * the tabs already work: file tabs show each starting file as text, result tabs show what each panel will hold.
 */
import { initTablist, type TabSelectDetail } from './tabs.ts';

type WorkbenchModule = typeof import('./workbench.ts');
let loading: Promise<WorkbenchModule> | undefined;

export function loadWorkbenchModule(): Promise<WorkbenchModule> {
  loading ??= import('./workbench.ts');
  return loading;
}

function activate(root: HTMLElement): void {
  if (root.dataset.state) return;
  root.dataset.state = 'loading';
  const status = root.querySelector<HTMLElement>('[data-editor-status]');
  if (status) status.textContent = 'Loading the editor…';
  loadWorkbenchModule()
    .then((module) => module.mountWorkbench(root))
    .catch((error: unknown) => {
      root.dataset.state = 'failed';
      if (status) {
        status.textContent = `The editor could not load (${error instanceof Error ? error.message : String(error)}). Your files are shown above; reload to try again.`;
      }
    });
}

/** Makes a workbench's tabs work before the editor arrives. */
export function initTabs(root: HTMLElement): void {
  root.querySelectorAll<HTMLElement>('[role="tablist"]').forEach(initTablist);
  const files = root.querySelector<HTMLElement>('[data-file-tabs]');
  files?.addEventListener('tabselect', (event) => {
    if (root.dataset.state === 'ready') return; // the editor switches models itself
    const file = (event as CustomEvent<TabSelectDetail>).detail.tab.dataset.file;
    root.querySelectorAll<HTMLElement>('[data-editor-fallback]').forEach((pre) => (pre.hidden = pre.dataset.file !== file));
  });
}

/** `eager`: mount at once (the playground, where the editor is the page). */
export function bootWorkbenches(eager = false): void {
  const roots = Array.from(document.querySelectorAll<HTMLElement>('[data-workbench]'));
  for (const root of roots) {
    initTabs(root);
    root.querySelector('[data-open-editor]')?.addEventListener('click', () => activate(root));
  }
  if (eager || !('IntersectionObserver' in window)) {
    roots.forEach(activate);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        activate(entry.target as HTMLElement);
      }
    },
    { rootMargin: '200px' },
  );
  roots.forEach((root) => observer.observe(root));
}
