/**
 * Marks solved exercises (and lessons whose exercises are all solved) wherever a page lists them: the lesson
 * navigation, the home page, the exercise heading. Elements opt in with `data-progress-exercise="<lesson>/<id>"` or
 * `data-progress-lesson="<a/b> <c/d>"` (their exercises) and hold a `[data-progress-mark]` for the words.
 */
import { PROGRESS_EVENT, PROGRESS_KEY, readProgress } from './storage/progress-store.ts';

function apply(): void {
  const { solved } = readProgress();
  for (const el of document.querySelectorAll<HTMLElement>('[data-progress-exercise]')) {
    const done = Boolean(solved[el.dataset.progressExercise ?? '']);
    el.dataset.solved = String(done);
    const mark = el.querySelector('[data-progress-mark]');
    if (mark) mark.textContent = done ? '✓ Solved' : '';
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-progress-lesson]')) {
    const keys = (el.dataset.progressLesson ?? '').split(' ').filter(Boolean);
    const done = keys.filter((key) => solved[key]).length;
    el.dataset.solved = String(keys.length > 0 && done === keys.length);
    const mark = el.querySelector('[data-progress-mark]');
    if (mark) mark.textContent = keys.length === 0 || done === 0 ? '' : done === keys.length ? '✓ Solved' : `${done} of ${keys.length} solved`;
  }
}

export function showProgressMarks(): void {
  apply();
  window.addEventListener(PROGRESS_EVENT, apply);
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY || event.key === null) apply();
  });
}
