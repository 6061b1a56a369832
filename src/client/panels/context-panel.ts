import { h } from '../dom.ts';
import { formatBytes } from '../format.ts';
import type { ContextSummaryView } from '../report-view.ts';
import { placeholder } from './placeholder.ts';

export interface ContextFile {
  readonly path: string;
  readonly bytes: number;
  /** `undefined` while the engine does not report what `.dockerignore` leaves out. */
  readonly ignored: boolean | undefined;
}

interface Dir {
  readonly name: string;
  readonly dirs: Map<string, Dir>;
  readonly files: ContextFile[];
}

function tree(files: readonly ContextFile[]): Dir {
  const root: Dir = { name: '', dirs: new Map(), files: [] };
  for (const file of files) {
    const parts = file.path.split('/');
    let dir = root;
    for (const name of parts.slice(0, -1)) {
      let next = dir.dirs.get(name);
      if (!next) dir.dirs.set(name, (next = { name, dirs: new Map(), files: [] }));
      dir = next;
    }
    dir.files.push(file);
  }
  return root;
}

/** A folder's total, for display; counts what the listing shows. */
function total(dir: Dir): number {
  return dir.files.reduce((sum, f) => sum + f.bytes, 0) + [...dir.dirs.values()].reduce((sum, d) => sum + total(d), 0);
}

function allIgnored(dir: Dir): boolean {
  return dir.files.every((f) => f.ignored === true) && [...dir.dirs.values()].every(allIgnored);
}

function listing(dir: Dir): HTMLElement {
  const dirs = [...dir.dirs.values()].sort((a, b) => a.name.localeCompare(b.name));
  const files = [...dir.files].sort((a, b) => a.path.localeCompare(b.path));
  return h(
    'ul',
    { class: 'context-tree' },
    ...dirs.map((sub) =>
      h(
        'li',
        { class: allIgnored(sub) ? 'ignored' : '', data: { dir: sub.name } },
        h('span', { class: 'context-name' }, `${sub.name}/`),
        h('span', { class: 'context-size' }, formatBytes(total(sub))),
        allIgnored(sub) && h('span', { class: 'context-flag' }, 'ignored'),
        listing(sub),
      ),
    ),
    ...files.map((file) =>
      h(
        'li',
        { class: file.ignored ? 'ignored' : '', data: { path: file.path, ignored: file.ignored === undefined ? 'unknown' : String(file.ignored) } },
        h('span', { class: 'context-name' }, file.path.split('/').pop() ?? file.path),
        h('span', { class: 'context-size' }, formatBytes(file.bytes)),
        file.ignored && h('span', { class: 'context-flag' }, 'ignored'),
      ),
    ),
  );
}

/**
 * The build context as a tree with sizes. What `.dockerignore` leaves out is the engine's call: with its context
 * summary, ignored files are greyed out and the totals are the engine's; without it, the files are listed as the
 * exercise declares them and a note says the rest is on its way.
 */
export function renderContext(body: HTMLElement, declared: readonly ContextFile[], summary: ContextSummaryView | undefined): void {
  const files: readonly ContextFile[] = summary ? summary.entries : declared;
  body.replaceChildren(
    summary
      ? h(
          'p',
          { data: { contextSummary: '' } },
          summary.sentBytes !== undefined ? `Sent to the builder: ${formatBytes(summary.sentBytes)}.` : '',
          summary.ignoredBytes !== undefined ? ` Left out by .dockerignore: ${formatBytes(summary.ignoredBytes)}.` : '',
        )
      : placeholder('The files of the build context, as the exercise declares them. Which ones .dockerignore leaves out will show here once the engine reports the context.'),
    listing(tree(files)),
  );
}
