/**
 * `/class/`: with `?lessons=a,b`, the learner's page for a workshop — the chosen lessons in order, each with its
 * exercises and solved marks, and "start" remembering the class so each lesson page can offer the next one. Without
 * it, the facilitator's link builder: tick lessons, order them, copy the link.
 */
import { fill, h } from '../dom.ts';
import { PROGRESS_EVENT, readProgress } from '../storage/progress-store.ts';
import { classLink, parseClassParam } from './class-link.ts';
import type { LessonInfo } from './class-link.ts';
import { rememberClass } from './class-store.ts';

function courseData(): LessonInfo[] {
  try {
    return JSON.parse(document.querySelector('[data-course]')?.textContent ?? '[]') as LessonInfo[];
  } catch {
    return [];
  }
}

function renderPlan(root: HTMLElement, lessons: readonly LessonInfo[], unknown: readonly string[]): void {
  const solved = readProgress().solved;
  const total = lessons.reduce((n, l) => n + l.exercises.length, 0);
  const done = lessons.reduce((n, l) => n + l.exercises.filter((e) => solved[`${l.id}/${e.id}`]).length, 0);
  fill(
    root,
    h('p', {}, `${lessons.length} lesson${lessons.length === 1 ? '' : 's'}, about ${lessons.reduce((m, l) => m + l.minutes, 0)} minutes. You have solved ${done} of ${total} exercises.`),
    unknown.length > 0 ? h('p', { class: 'problem', data: { unknownLessons: String(unknown.length) } }, `This link names lessons this course does not have: ${unknown.join(', ')}. Ask your facilitator for a new link.`) : null,
    h(
      'ol',
      { class: 'lesson-list class-lessons' },
      ...lessons.map((lesson, i) =>
        h(
          'li',
          { data: { classLesson: lesson.id } },
          h('h2', { class: 'class-lesson-title' }, h('a', { attrs: { href: `/lessons/${lesson.id}/` } }, `${i + 1}. ${lesson.title}`)),
          h(
            'ul',
            { class: 'exercise-list' },
            ...lesson.exercises.map((e) => {
              const at = solved[`${lesson.id}/${e.id}`];
              return h('li', { data: { solved: at ? 'true' : 'false' } }, h('a', { attrs: { href: `/lessons/${lesson.id}/#exercise-${e.id}` } }, e.title), at ? h('span', { class: 'progress-mark' }, ' ✓ Solved') : null);
            }),
          ),
        ),
      ),
    ),
  );
}

function linkBuilder(root: HTMLElement, course: readonly LessonInfo[]): void {
  const chosen: string[] = [];
  const output = h('input', { class: 'class-link-field', attrs: { type: 'text', readonly: '', id: 'class-link', 'aria-describedby': 'class-link-help' } });
  const copyStatus = h('p', { class: 'muted', attrs: { role: 'status' } });
  const orderList = h('ol', { class: 'class-order', attrs: { 'aria-label': 'Lessons in this class, in order' } });
  const update = (): void => {
    output.value = chosen.length > 0 ? classLink(location.origin, chosen) : '';
    if (chosen.length === 0) {
      fill(orderList, h('li', { class: 'muted' }, 'No lesson ticked yet.'));
      return;
    }
    fill(
      orderList,
      ...chosen.map((id, i) => {
        const lesson = course.find((l) => l.id === id)!;
        const move = (delta: number) => (): void => {
          const j = i + delta;
          if (j < 0 || j >= chosen.length) return;
          [chosen[i], chosen[j]] = [chosen[j]!, chosen[i]!];
          update();
          orderList.querySelectorAll<HTMLButtonElement>(`[data-move="${delta}"]`)[j]?.focus();
        };
        return h(
          'li',
          {},
          h('span', {}, lesson.title),
          ' ',
          h('button', { class: 'button secondary small', data: { move: '-1' }, attrs: { type: 'button', 'aria-label': `Move ${lesson.title} earlier` }, on: { click: move(-1) } }, '↑'),
          ' ',
          h('button', { class: 'button secondary small', data: { move: '1' }, attrs: { type: 'button', 'aria-label': `Move ${lesson.title} later` }, on: { click: move(1) } }, '↓'),
        );
      }),
    );
  };
  const boxes = course.map((lesson) => {
    const id = `class-pick-${lesson.id}`;
    const box = h('input', { attrs: { type: 'checkbox', id }, data: { pick: lesson.id } });
    box.addEventListener('change', () => {
      const at = chosen.indexOf(lesson.id);
      if (box.checked && at < 0) chosen.push(lesson.id);
      if (!box.checked && at >= 0) chosen.splice(at, 1);
      update();
    });
    return h('li', {}, box, ' ', h('label', { attrs: { for: id } }, `${lesson.title} (about ${lesson.minutes} minutes)`));
  });
  const copy = h('button', { class: 'button', attrs: { type: 'button' } }, 'Copy the link');
  copy.addEventListener('click', async () => {
    if (!output.value) {
      copyStatus.textContent = 'Tick at least one lesson first.';
      return;
    }
    try {
      await navigator.clipboard.writeText(output.value);
      copyStatus.textContent = 'Link copied.';
    } catch {
      output.select();
      copyStatus.textContent = 'Select the link and copy it (Ctrl+C).';
    }
  });
  fill(
    root,
    h('h2', {}, 'Make a class link'),
    h('p', {}, 'Tick the lessons for your session; the link opens them in the order below. Learners need nothing else — and nothing they do leaves their browser.'),
    h('ul', { class: 'class-picks' }, ...boxes),
    h('h3', {}, 'Order'),
    orderList,
    h('p', {}, h('label', { attrs: { for: 'class-link' } }, 'The link to hand out')),
    h('div', { class: 'class-link-row' }, output, copy),
    h('p', { class: 'muted', attrs: { id: 'class-link-help' } }, 'At the end, learners export their progress from the home page and send you the file; drop the files on the class summary page.'),
    copyStatus,
  );
  update();
}

export function startClassPage(): void {
  const course = courseData();
  const planRoot = document.querySelector<HTMLElement>('[data-class-plan]');
  const builderRoot = document.querySelector<HTMLElement>('[data-class-builder]');
  const param = new URLSearchParams(location.search).get('lessons');
  if (param !== null && planRoot) {
    const plan = parseClassParam(param, course);
    const draw = (): void => renderPlan(planRoot, plan.lessons, plan.unknown);
    draw();
    window.addEventListener(PROGRESS_EVENT, draw);
    window.addEventListener('storage', draw);
    if (plan.lessons.length > 0) rememberClass(plan.lessons.map((l) => ({ id: l.id, title: l.title })));
    document.documentElement.dataset.classLessons = plan.lessons.map((l) => l.id).join(',');
    if (builderRoot) builderRoot.hidden = true;
  } else if (builderRoot) linkBuilder(builderRoot, course);
}
