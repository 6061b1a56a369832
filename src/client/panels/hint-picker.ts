import type { CheckHints } from '../../lessons/workbench-payload.ts';
import type { GradeView } from '../report-view.ts';
import type { DeclaredCheck } from './grade-panel.ts';

export type HintOffer =
  | { readonly kind: 'hint'; readonly check: string; readonly label: string; readonly level: number; readonly of: number; readonly text: string; readonly deepest: boolean }
  | { readonly kind: 'none'; readonly text: string };

/**
 * The hint to offer now: for the first check that fails on what the learner actually wrote (the grader names it),
 * one level deeper than last time for that check. Without a grade there is no way to know which check fails, so the
 * first check that has hints is used and the offer says so. `shown` counts the levels already given per check.
 */
export function nextHint(
  hints: readonly CheckHints[],
  declared: readonly DeclaredCheck[],
  grade: GradeView | undefined,
  shown: ReadonlyMap<string, number>,
): HintOffer {
  let checkId: string | undefined;
  let label: string | undefined;
  if (grade) {
    const failing = grade.firstFailing;
    if (!failing) return { kind: 'none', text: 'Every check passes: no hint needed.' };
    checkId = failing.id;
    label = failing.label;
  } else {
    checkId = hints[0]?.check;
  }
  const levels = hints.find((hint) => hint.check === checkId)?.levels ?? [];
  if (!checkId || levels.length === 0) return { kind: 'none', text: 'There is no hint for this step. Read the findings and the check’s reason.' };
  const level = Math.min((shown.get(checkId) ?? 0) + 1, levels.length);
  return {
    kind: 'hint',
    check: checkId,
    label: label ?? declared.find((check) => check.id === checkId)?.label ?? checkId,
    level,
    of: levels.length,
    text: levels[level - 1]!,
    deepest: level === levels.length,
  };
}
