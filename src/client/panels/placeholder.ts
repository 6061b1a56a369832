import { h } from '../dom.ts';

/**
 * What a panel shows while the engine's report has no section for it yet: a plain sentence saying what will
 * appear here, marked `data-placeholder` so tests and styles can tell it from real results.
 */
export function placeholder(text: string): HTMLElement {
  return h('p', { class: 'muted placeholder', data: { placeholder: '' } }, text);
}

/** A figure with its label, as the panels' summary rows show them. */
export function figure(label: string, value: string, note?: string): HTMLElement {
  return h('div', { class: 'figure' }, h('dt', {}, label), h('dd', {}, value, note && h('span', { class: 'muted figure-note' }, ` ${note}`)));
}
