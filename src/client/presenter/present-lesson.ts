/**
 * A lesson (or a playground sample) in presenter mode: its page cut into slides, each exercise with the build
 * stage beside its editor and a terminal drawer under it, all driven from the keyboard (keys.ts).
 */
import { h } from '../dom.ts';
import { openTerminal } from '../terminal/boot-terminals.ts';
import { startDeck } from './deck.ts';
import type { SlideHandler } from './deck.ts';
import { mountExerciseStage } from './exercise-stage.ts';
import type { ExerciseStage } from './exercise-stage.ts';
import type { PresenterAction } from './keys.ts';
import { cutIntoSlides } from './slides.ts';

function exerciseHandler(slide: HTMLElement, status: HTMLElement): { handler: SlideHandler; show: () => void } {
  const root = slide.querySelector<HTMLElement>('[data-workbench]');
  const stageEl = h('div', { class: 'present-stage', data: { stage: '' }, attrs: { 'aria-label': 'Build stage' } });
  const wrap = h('div', { class: 'present-stage-wrap' }, stageEl);
  slide.append(wrap);
  const key = root?.dataset.key;
  const terminal = key ? document.querySelector<HTMLElement>(`[data-terminal-panel][data-for="${CSS.escape(key)}"]`) : null;
  if (terminal) {
    terminal.classList.add('present-terminal-drawer');
    terminal.hidden = true;
    slide.append(terminal);
  }
  let stage: ExerciseStage | undefined;
  const ensure = (): ExerciseStage | undefined => {
    if (!root) return undefined;
    if (!stage) {
      stage = mountExerciseStage(root, stageEl, status);
      void stage.refresh();
    }
    return stage;
  };
  const handler = async (action: PresenterAction): Promise<boolean> => {
    const s = ensure();
    if (!s) return false;
    switch (action) {
      case 'step-build':
        s.stepBuild();
        return true;
      case 'play-build':
        await s.playBuild();
        return true;
      case 'apply-change':
        await s.applyChange();
        return true;
      case 'reveal-solution':
        await s.revealSolution();
        return true;
      case 'editor':
        await s.focusEditor();
        return true;
      case 'terminal': {
        if (!terminal) return false;
        const opening = terminal.hidden;
        terminal.hidden = !opening;
        if (opening) {
          const handle = await openTerminal(terminal, { fontSize: 20, rows: 12 });
          if (!handle) terminal.querySelector<HTMLElement>('.xterm-helper-textarea')?.focus();
        } else slide.focus();
        status.textContent = opening ? 'Terminal open. Esc leaves it; T closes it.' : 'Terminal closed.';
        return true;
      }
      default:
        return false;
    }
  };
  return { handler, show: () => void ensure() };
}

export function startLessonPresenter(): void {
  const deck = document.querySelector<HTMLElement>('[data-deck]');
  const source = document.querySelector<HTMLElement>('[data-present-source]');
  const status = document.querySelector<HTMLElement>('[data-deck-status]');
  const position = document.querySelector<HTMLElement>('[data-deck-position]');
  if (!deck || !source || !status || !position) return;
  const first = Array.from(deck.querySelectorAll<HTMLElement>(':scope > [data-slide-kind]'));
  const slides = cutIntoSlides(source, deck, first);
  source.remove();
  const handlers = new Map<HTMLElement, SlideHandler>();
  const shows = new Map<HTMLElement, () => void>();
  for (const slide of slides.filter((s) => s.kind === 'exercise')) {
    const { handler, show } = exerciseHandler(slide.element, status);
    handlers.set(slide.element, handler);
    shows.set(slide.element, show);
  }
  startDeck({
    slides,
    handlers,
    position,
    status,
    help: document.querySelector<HTMLDialogElement>('[data-deck-help]'), announce: document.querySelector<HTMLElement>('[data-deck-announce]'),
    onShow: (slide) => shows.get(slide.element)?.(),
  });
}
