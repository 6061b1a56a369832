import { fill, h } from '../dom.ts';
import { formatBytes } from '../format.ts';
import type { ContextView } from '../report-view.ts';
import { placeholder } from './placeholder.ts';

type Entry = ContextView['entries'][number];

interface Node {
  readonly entry: Entry | undefined;
  readonly name: string;
  readonly children: Map<string, Node>;
}

function tree(entries: readonly Entry[]): Node {
  const root: Node = { entry: undefined, name: '', children: new Map() };
  for (const entry of entries) {
    const parts = entry.path.split('/');
    let node = root;
    parts.forEach((name, i) => {
      let next = node.children.get(name);
      if (!next) node.children.set(name, (next = { entry: undefined, name, children: new Map() }));
      if (i === parts.length - 1) node.children.set(name, { ...next, entry });
      node = node.children.get(name)!;
    });
  }
  return root;
}

/** What a folder holds, for display: its declared total when summarised, else what it lists. */
function bytes(node: Node): number {
  if (node.entry?.summary || node.entry?.kind === 'file') return node.entry.bytes;
  return [...node.children.values()].reduce((sum, child) => sum + bytes(child), 0);
}

function listing(node: Node): HTMLElement {
  const children = [...node.children.values()].sort(
    (a, b) => Number(b.children.size > 0 || b.entry?.kind === 'dir') - Number(a.children.size > 0 || a.entry?.kind === 'dir') || a.name.localeCompare(b.name),
  );
  return h(
    'ul',
    { class: 'context-tree' },
    ...children.map((child) => {
      const isDir = child.entry?.kind === 'dir' || child.children.size > 0;
      const ignored = child.entry ? !child.entry.sent : false;
      return h(
        'li',
        { class: ignored ? 'ignored' : '', data: { path: child.entry?.path ?? child.name, ignored: String(ignored) } },
        h('span', { class: 'context-name' }, isDir ? `${child.name}/` : child.name),
        h('span', { class: 'context-size' }, formatBytes(bytes(child))),
        child.entry?.summary && h('span', { class: 'context-flag' }, 'contents summarised'),
        ignored && h('span', { class: 'context-flag' }, 'ignored'),
        child.children.size > 0 && listing(child),
      );
    }),
  );
}

/**
 * The build context as a tree with sizes: what `.dockerignore` leaves out is greyed out and marked "ignored" — the
 * engine's decision, read from its context summary.
 */
export function renderContext(body: HTMLElement, context: ContextView | undefined): void {
  if (!context) {
    fill(body, placeholder('The build context summary is not available: its files, sizes and what .dockerignore leaves out will appear here.'));
    return;
  }
  fill(body, 
    h(
      'p',
      { data: { contextSummary: '' } },
      `Sent to the builder: ${formatBytes(context.sentBytes)} of ${formatBytes(context.totalBytes)}.`,
      context.ignoreFile ? ` Rules from ${context.ignoreFile}.` : ' No .dockerignore: everything is sent.',
    ),
    context.error && h('p', { class: 'problem' }, context.error),
    listing(tree(context.entries)),
  );
}
