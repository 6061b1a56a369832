/**
 * The incident deck: the story's slides are static; the before/after split and the two builds are live
 * (split-demo.ts), computed by the engine in the browser when their slides first show.
 */
import { startDeck } from './deck.ts';
import type { SlideHandler } from './deck.ts';
import type { Slide, SlideKind } from './slides.ts';
import { mountSplitDemo } from './split-demo.ts';

export function startIncidentPresenter(): void {
  const deck = document.querySelector<HTMLElement>('[data-deck]');
  const status = document.querySelector<HTMLElement>('[data-deck-status]');
  const position = document.querySelector<HTMLElement>('[data-deck-position]');
  if (!deck || !status || !position) return;
  const elements = Array.from(deck.querySelectorAll<HTMLElement>(':scope > [data-slide-kind]'));
  const slides: Slide[] = elements.map((element, i) => {
    element.setAttribute('aria-label', `${i + 1} of ${elements.length}: ${element.querySelector('h1, h2')?.textContent?.trim() ?? ''}`);
    return { element, kind: element.dataset.slideKind as SlideKind, title: element.querySelector('h1, h2')?.textContent?.trim() ?? '' };
  });
  const split = deck.querySelector<HTMLElement>('[data-split-slide]');
  const builds = deck.querySelector<HTMLElement>('[data-builds-slide]');
  const handlers = new Map<HTMLElement, SlideHandler>();
  if (split && builds) {
    const demo = mountSplitDemo(split, builds, status);
    handlers.set(split, (action) => demo.split(action));
    handlers.set(builds, (action) => demo.builds(action));
    const onShow = (slide: Slide): void => {
      if (slide.element === split || slide.element === builds) void demo.prepare();
    };
    startDeck({ slides, handlers, position, status, help: document.querySelector<HTMLDialogElement>('[data-deck-help]'), announce: document.querySelector<HTMLElement>('[data-deck-announce]'), onShow });
    return;
  }
  startDeck({ slides, handlers, position, status, help: document.querySelector<HTMLDialogElement>('[data-deck-help]'), announce: document.querySelector<HTMLElement>('[data-deck-announce]') });
}
