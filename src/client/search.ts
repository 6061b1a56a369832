/**
 * Site search with Pagefind, whose index `pagefind --site dist` writes after `astro build`. The Pagefind runtime is
 * fetched only on this page, when the learner first searches — never on a lesson's first load. Results are built as
 * text; Pagefind's excerpt markup is read through DOMParser (which runs nothing) and only its <mark>s are kept.
 */
import { h } from './dom.ts';

interface PagefindResult {
  data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind> | undefined;
const load = (): Promise<Pagefind> => {
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (module) => {
    await module.init();
    return module;
  });
  return pagefind;
};

function excerpt(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  return Array.from(doc.body.firstChild?.childNodes ?? []).map((node) =>
    node.nodeName === 'MARK' ? h('mark', {}, node.textContent ?? '') : document.createTextNode(node.textContent ?? ''),
  );
}

export function initSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;
  let latest = 0;
  const run = async (query: string): Promise<void> => {
    const id = ++latest;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const search = await (await load()).search(query);
      const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
      if (id !== latest) return;
      list.replaceChildren(
        ...results.map((r) => h('li', {}, h('a', { attrs: { href: r.url } }, r.meta.title ?? r.url), h('p', { class: 'muted' }, ...excerpt(r.excerpt)))),
      );
      status.textContent = `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”.`;
      form.dataset.searched = 'true';
    } catch {
      if (id === latest) status.textContent = 'Search is not available: the site was built without its search index (run pagefind after astro build).';
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void run(input.value);
  });
  input.addEventListener('input', () => void run(input.value));
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  } else if (input.value.trim()) {
    // Typed before this script ran (a slow connection): search for it rather than wait for another keystroke.
    void run(input.value);
  }
  form.dataset.ready = 'true';
}
