/**
 * Help on an exercise: hints for the first check that fails on what the learner wrote, one level deeper each time
 * they ask; and the solution, shown as a diff against their files. Both controls sit outside the panels' redrawn
 * part, so keyboard focus on them survives every keystroke's update.
 */
import type { WorkbenchPayload } from '../lessons/workbench-payload.ts';
import { h, inlineCode } from './dom.ts';
import type { GradeView } from './report-view.ts';
import type { Files } from './storage/work-store.ts';
import { nextHint } from './panels/hint-picker.ts';
import { solutionDiff } from './panels/solution-diff.ts';

export interface HelpSources {
  /** The grade of the latest report, if any. */
  grade(): GradeView | undefined;
  files(): Files;
}

export function wireHelp(root: HTMLElement, payload: WorkbenchPayload, sources: HelpSources): void {
  const shown = new Map<string, number>();
  const hintButton = root.querySelector<HTMLButtonElement>('[data-hint-button]');
  const hintBox = root.querySelector<HTMLElement>('[data-hint]');
  hintButton?.addEventListener('click', () => {
    if (!hintBox) return;
    const grade = sources.grade();
    const offer = nextHint(payload.hints, payload.checks, grade, shown);
    if (offer.kind === 'none') {
      hintBox.replaceChildren(h('p', { data: { hintNone: '' } }, offer.text));
      return;
    }
    shown.set(offer.check, offer.level);
    hintBox.replaceChildren(
      h(
        'p',
        { data: { hintCheck: offer.check, hintLevel: String(offer.level) } },
        h('strong', {}, `Hint ${offer.level} of ${offer.of}`),
        ' — ',
        ...inlineCode(offer.label),
        grade ? '' : ' (grading is not available yet, so this is the first check’s hint)',
      ),
      h('p', {}, ...inlineCode(offer.text)),
      ...(offer.deepest ? [h('p', { class: 'muted' }, 'That is the most detailed hint for this check.')] : []),
    );
    hintButton.textContent = offer.deepest ? 'Show the hint again' : 'A more detailed hint';
  });
  if (hintButton) hintButton.disabled = payload.hints.length === 0;

  const solutionButton = root.querySelector<HTMLButtonElement>('[data-solution-button]');
  const solutionBox = root.querySelector<HTMLElement>('[data-solution]');
  solutionButton?.addEventListener('click', async () => {
    if (!solutionBox || !payload.solution) return;
    const open = solutionBox.hidden;
    if (open) solutionBox.replaceChildren(await solutionDiff(sources.files(), payload.solution, payload.editable));
    solutionBox.hidden = !open;
    solutionButton.setAttribute('aria-expanded', String(open));
    solutionButton.textContent = open ? 'Hide the solution' : 'Show the solution';
  });
  if (solutionButton) solutionButton.disabled = false;
}
