/**
 * Light and dark themes. The page follows `prefers-color-scheme` until the learner picks one with the toggle; the
 * choice is remembered. `data-theme` on <html> is set before first paint by the inline script in Base.astro (which
 * repeats `effectiveTheme`'s two lines, as it must run before any module); the editor watches that attribute.
 */
const KEY = 'shipshape:v1:theme';

type Theme = 'light' | 'dark';

function stored(): Theme | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : undefined;
  } catch {
    return undefined;
  }
}

const system = (): Theme => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

export function initThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  const apply = (theme: Theme): void => {
    document.documentElement.dataset.theme = theme;
    button?.setAttribute('aria-pressed', String(theme === 'dark'));
  };
  apply(stored() ?? system());
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (!stored()) apply(system());
  });
  button?.addEventListener('click', () => {
    const next: Theme = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Blocked storage: the theme still changes for this page.
    }
    apply(next);
  });
}
