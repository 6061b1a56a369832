import { fill, h, inlineCode } from '../dom.ts';
import type { GradeView } from '../report-view.ts';
import { placeholder } from './placeholder.ts';

export interface DeclaredCheck {
  readonly id: string;
  readonly label?: string;
}

/**
 * The exercise's checklist from the engine's grader: each check passed or not, and why. The hint and solution
 * controls sit outside the re-rendered part, so a keyboard user's focus survives every keystroke's update.
 */
export function renderGrade(body: HTMLElement, grade: GradeView | undefined, declared: readonly DeclaredCheck[]): void {
  if (!grade) {
    fill(body, 
      placeholder('Grading is not available yet. These are the checks this exercise will be graded on:'),
      h('ul', { class: 'checks' }, ...declared.map((check) => h('li', { class: 'check', data: { check: check.id, passed: 'unknown' } }, ...inlineCode(check.label ?? check.id)))),
    );
    return;
  }
  const passed = grade.checks.filter((c) => c.passed).length;
  fill(body, 
    h('p', { class: grade.solved ? 'ok' : '', data: { score: String(grade.score) } }, `${passed} of ${grade.checks.length} checks pass.`),
    h(
      'ul',
      { class: 'checks' },
      ...grade.checks.map((check) =>
        h(
          'li',
          { class: `check ${check.passed ? 'check-pass' : 'check-fail'}`, data: { check: check.id, passed: String(check.passed) } },
          h('span', { class: 'check-mark', attrs: { 'aria-hidden': 'true' } }, check.passed ? '✓' : '✗'),
          h('span', { class: 'visually-hidden' }, check.passed ? 'Passed: ' : 'Not yet: '),
          h('span', { class: 'check-label' }, ...inlineCode(check.label)),
          check.reason && h('span', { class: 'check-reason muted' }, ...inlineCode(check.reason)),
        ),
      ),
    ),
  );
}
