import { describe, expect, it } from 'vitest';
import type { GradeView } from '../report-view.ts';
import { nextHint } from './hint-picker.ts';

const hints = [
  { check: 'base-pinned', levels: ['nudge', 'more', 'answer'] },
  { check: 'base-slim', levels: ['slim nudge'] },
];
const declared = [{ id: 'base-pinned', label: 'Pinned' }, { id: 'base-slim', label: 'Slim' }, { id: 'starts' }];

function grade(failing: readonly string[]): GradeView {
  const checks = declared.map((c) => ({ id: c.id, kind: 'builds' as const, label: c.label ?? c.id, passed: !failing.includes(c.id), reason: '' }));
  return { checks, score: 0, solved: failing.length === 0, firstFailing: checks.find((c) => !c.passed) };
}

describe('nextHint', () => {
  const cases: readonly { name: string; grade: GradeView | undefined; shown: [string, number][]; expected: unknown }[] = [
    { name: 'the first failing check, first level', grade: grade(['base-pinned', 'base-slim']), shown: [], expected: { kind: 'hint', check: 'base-pinned', level: 1, of: 3, text: 'nudge', deepest: false } },
    { name: 'one level deeper each time', grade: grade(['base-pinned']), shown: [['base-pinned', 1]], expected: { kind: 'hint', check: 'base-pinned', level: 2, text: 'more' } },
    { name: 'stays at the deepest level', grade: grade(['base-pinned']), shown: [['base-pinned', 3]], expected: { kind: 'hint', level: 3, text: 'answer', deepest: true } },
    { name: 'follows what the learner wrote: the next failing check', grade: grade(['base-slim']), shown: [['base-pinned', 2]], expected: { kind: 'hint', check: 'base-slim', level: 1, label: 'Slim' } },
    { name: 'a failing check without hints', grade: grade(['starts']), shown: [], expected: { kind: 'none' } },
    { name: 'everything passes', grade: grade([]), shown: [], expected: { kind: 'none', text: 'Every check passes: no hint needed.' } },
    { name: 'no grade: the first check that has hints', grade: undefined, shown: [], expected: { kind: 'hint', check: 'base-pinned', label: 'Pinned' } },
  ];
  it.each(cases)('$name', ({ grade: g, shown, expected }) => {
    expect(nextHint(hints, declared, g, new Map(shown))).toMatchObject(expected as object);
  });
});
