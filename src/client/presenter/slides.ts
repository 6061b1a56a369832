/**
 * A lesson page cut into slides: a title slide, then one slide per `##` section of the prose; an exercise (the
 * `<section class="exercise">` an `<Exercise />` renders) gets a slide of its own, with the build stage beside
 * it. Without script the page stays one long readable page — the slides are made here, from its elements.
 */
import { h } from '../dom.ts';

export type SlideKind = 'title' | 'prose' | 'example' | 'exercise' | 'custom';

export interface Slide {
  readonly element: HTMLElement;
  readonly kind: SlideKind;
  readonly title: string;
}

function slideElement(kind: SlideKind): HTMLElement {
  return h('section', { class: `present-slide present-${kind}`, data: { slideKind: kind }, attrs: { role: 'group', 'aria-roledescription': 'slide', hidden: '', tabindex: '-1' } });
}

/** Moves the children of `source` into slides appended to `deck`. `first` slides (a title) come before them. */
export function cutIntoSlides(source: HTMLElement, deck: HTMLElement, first: readonly HTMLElement[] = []): Slide[] {
  const slides: Slide[] = [];
  for (const element of first) {
    deck.append(element);
    slides.push({ element, kind: (element.dataset.slideKind as SlideKind | undefined) ?? 'custom', title: element.querySelector('h1, h2')?.textContent?.trim() ?? '' });
  }
  let current: HTMLElement | undefined;
  let currentTitle = '';
  const start = (kind: SlideKind, title: string): HTMLElement => {
    const element = slideElement(kind);
    deck.append(element);
    slides.push({ element, kind, title });
    return element;
  };
  for (const node of Array.from(source.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE && !(node.textContent ?? '').trim()) continue;
    const el = node instanceof HTMLElement ? node : undefined;
    if (el?.tagName === 'H2') {
      currentTitle = el.textContent?.trim() ?? '';
      current = start('prose', currentTitle);
      current.append(el);
      continue;
    }
    if (el?.matches('figure.example')) {
      // A worked example (its file, its build's figures) is a slide of its own, under the section's title.
      const slide = start('example', currentTitle);
      if (currentTitle) slide.append(h('h2', { class: 'present-continued' }, currentTitle));
      slide.append(el);
      current = undefined;
      continue;
    }
    if (el?.matches('section.exercise, [data-present-own-slide]')) {
      const title = el.querySelector('h2, h3')?.textContent?.trim() ?? 'Exercise';
      start('exercise', title).append(el);
      current = undefined;
      continue;
    }
    if (!current) {
      current = start('prose', currentTitle ? `${currentTitle} (continued)` : '');
      if (currentTitle) current.append(h('h2', { class: 'present-continued' }, `${currentTitle} (continued)`));
    }
    current.append(node);
  }
  slides.forEach((slide, i) => slide.element.setAttribute('aria-label', `${i + 1} of ${slides.length}${slide.title ? `: ${slide.title}` : ''}`));
  return slides;
}

/** Shrinks a slide's type until it fits the screen, down to a floor still readable from the back of a hall. */
export function fitSlide(slide: HTMLElement, maxPx: number, minPx: number): void {
  if (slide.dataset.slideKind === 'exercise' || slide.dataset.slideKind === 'custom') return;
  let size = maxPx;
  slide.style.fontSize = `${size}px`;
  while (slide.scrollHeight > slide.clientHeight + 2 && size > minPx) {
    size -= 1;
    slide.style.fontSize = `${size}px`;
  }
  slide.dataset.fit = slide.scrollHeight > slide.clientHeight + 2 ? 'scroll' : 'fits';
}
