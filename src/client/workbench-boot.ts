/**
 * The only script a lesson page runs on first load. It keeps the page light: the editor (Monaco, ~700 KB gzip) and
 * the engine worker are fetched only when a workbench scrolls into view or the learner asks for it.
 */
let loading: Promise<typeof import('./workbench.ts')> | undefined;

function loadWorkbenchModule(): Promise<typeof import('./workbench.ts')> {
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

export function bootWorkbenches(): void {
  const roots = Array.from(document.querySelectorAll<HTMLElement>('[data-workbench]'));
  if (roots.length === 0) return;
  for (const root of roots) {
    root.querySelector('[data-open-editor]')?.addEventListener('click', () => activate(root));
  }
  if (!('IntersectionObserver' in window)) {
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
