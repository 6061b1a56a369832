/**
 * On a lesson page, when this browser follows a class (a facilitator's `/class/?lessons=…` link), a bar at the top
 * of the lesson says where the learner is in the class and links the previous and next lessons in the class's
 * order. Call `showClassBar('<lesson id>')` from the lesson page; it does nothing without a class.
 */
import { h } from '../dom.ts';
import { readClass } from './class-store.ts';

export function showClassBar(lessonId: string, container: HTMLElement | null = document.querySelector('main')): void {
  const plan = readClass();
  const at = plan?.lessons.findIndex((l) => l.id === lessonId) ?? -1;
  if (!plan || at < 0 || !container || container.querySelector('[data-class-bar]')) return;
  const previous = plan.lessons[at - 1];
  const next = plan.lessons[at + 1];
  const classHref = `/class/?lessons=${plan.lessons.map((l) => encodeURIComponent(l.id)).join(',')}`;
  container.prepend(
    h(
      'nav',
      { class: 'class-bar', data: { classBar: '' }, attrs: { 'aria-label': 'Your class' } },
      h('a', { attrs: { href: classHref } }, 'Your class'),
      h('span', {}, ` · lesson ${at + 1} of ${plan.lessons.length}`),
      previous ? h('span', {}, ' · ', h('a', { attrs: { href: `/lessons/${previous.id}/`, rel: 'prev' } }, `← ${previous.title}`)) : null,
      next ? h('span', {}, ' · ', h('a', { attrs: { href: `/lessons/${next.id}/`, rel: 'next' } }, `Next: ${next.title} →`)) : h('span', {}, ' · the last lesson of the class'),
    ),
  );
}
