/**
 * The presenter's deck: one slide on screen at a time, moved by the keyboard (or a clicker), its position kept in
 * the address (`#3`) so a reload stays on the slide. The deck handles moving, the help, the theme and full screen;
 * every other key goes to the slide on screen (its build stage, its before/after split, its terminal).
 */
import { actionFor, isTypingTarget } from './keys.ts';
import type { PresenterAction } from './keys.ts';
import { fitSlide } from './slides.ts';
import type { Slide } from './slides.ts';

export interface SlideHandler {
  /** Handles an action on this slide; returns false when it does not apply (the deck then says so). */
  (action: PresenterAction): boolean | Promise<boolean>;
}

export interface DeckOptions {
  readonly slides: readonly Slide[];
  readonly handlers: ReadonlyMap<HTMLElement, SlideHandler>;
  readonly position: HTMLElement;
  /** Visible feedback for the slide's keys (in the footer). */
  readonly status: HTMLElement;
  /** Where a slide change is announced to screen readers (visually hidden). */
  readonly announce?: HTMLElement | null;
  readonly help: HTMLDialogElement | null;
  /** Called when a slide is shown (the first time, and every time after). */
  readonly onShow?: (slide: Slide) => void;
}

const THEME_KEY = 'shipshape:v1:theme';

export function startDeck(options: DeckOptions): { show(index: number): void; readonly index: number } {
  const { slides, status } = options;
  let index = 0;

  const show = (next: number, announce = true): void => {
    index = Math.max(0, Math.min(slides.length - 1, next));
    slides.forEach((slide, i) => (slide.element.hidden = i !== index));
    const slide = slides[index]!;
    options.position.textContent = `${index + 1} / ${slides.length}`;
    document.documentElement.dataset.slide = String(index + 1);
    document.documentElement.dataset.slideKind = slide.kind;
    if (location.hash !== `#${index + 1}`) history.replaceState(null, '', `#${index + 1}`);
    fitSlide(slide.element, slide.kind === 'title' ? 36 : slide.kind === 'example' ? 24 : 30, slide.kind === 'example' ? 15 : 20);
    // The slide takes focus, so ↓ and ↑ scroll a long one; the deck's keys still work from there.
    if (!slide.element.contains(document.activeElement)) slide.element.focus({ preventScroll: true });
    options.onShow?.(slide);
    if (announce) {
      (options.announce ?? status).textContent = `Section ${index + 1} of ${slides.length}${slide.title ? `: ${slide.title}` : ''}`;
      if (options.announce) status.textContent = '';
    }
  };

  const toggleTheme = (): void => {
    const dark = document.documentElement.dataset.theme !== 'dark';
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    try {
      localStorage.setItem(THEME_KEY, dark ? 'dark' : 'light');
    } catch {
      // The choice lasts for this page when storage is blocked.
    }
  };

  const run = async (action: PresenterAction): Promise<void> => {
    switch (action) {
      case 'next':
        return show(index + 1);
      case 'previous':
        return show(index - 1);
      case 'first':
        return show(0);
      case 'last':
        return show(slides.length - 1);
      case 'help':
        if (options.help?.open) options.help.close();
        else options.help?.showModal();
        return;
      case 'theme':
        return toggleTheme();
      case 'fullscreen':
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
        return;
      case 'close':
        return;
      default: {
        const handler = options.handlers.get(slides[index]!.element);
        const done = handler ? await handler(action) : false;
        if (!done) status.textContent = 'That key does nothing on this slide (press ? for the keys).';
      }
    }
  };

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || options.help?.open) return;
    // Esc in the editor (with no suggestion list open) gives the keys back to the deck.
    if (event.key === 'Escape' && (event.target as Element | null)?.closest?.('.monaco-editor') && !document.querySelector('.monaco-editor .suggest-widget.visible')) {
      (slides[index]!.element.querySelector<HTMLElement>('[data-slide-focus]') ?? slides[index]!.element).focus();
      return;
    }
    if (isTypingTarget(event.target)) return;
    const action = actionFor(event);
    if (!action) return;
    // Buttons and links keep Space and Enter; the deck's keys are the rest.
    if (action === 'next' && event.key === ' ' && (event.target as Element | null)?.closest?.('button, a, summary')) return;
    event.preventDefault();
    void run(action);
  });
  addEventListener('hashchange', () => show(Number(location.hash.slice(1)) - 1));
  addEventListener('resize', () => show(index, false));

  const initial = Number(/^#(\d+)$/.exec(location.hash)?.[1] ?? '1') - 1;
  show(Number.isFinite(initial) ? initial : 0, false);
  document.documentElement.dataset.deck = 'ready';
  return {
    show,
    get index() {
      return index;
    },
  };
}
