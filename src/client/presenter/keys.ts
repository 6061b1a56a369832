/**
 * The presenter's keyboard: one key per action, the keys presentation clickers send (→ ← PageDown PageUp) for
 * moving between sections, letters for the demo. Keys typed into the editor, the terminal or a field are theirs,
 * not the deck's.
 */
export type PresenterAction =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'step-build'
  | 'play-build'
  | 'apply-change'
  | 'reveal-solution'
  | 'toggle-variant'
  | 'terminal'
  | 'editor'
  | 'theme'
  | 'fullscreen'
  | 'help'
  | 'close';

export interface KeyInfo {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

/** What each key does, for the help overlay (in this order). */
export const KEY_HELP: readonly { readonly keys: string; readonly action: string }[] = [
  { keys: '→  PageDown  Space', action: 'Next section' },
  { keys: '←  PageUp', action: 'Previous section' },
  { keys: 'Home  End', action: 'First / last section' },
  { keys: 'B', action: 'Build: one more step (layer) at a time' },
  { keys: 'Shift+B', action: 'Build: play every step' },
  { keys: 'C', action: "Apply the exercise's change and rebuild with the cache" },
  { keys: 'S', action: 'Reveal the solution (again: back to your version)' },
  { keys: 'V', action: 'Before / after: as published ↔ made to build' },
  { keys: 'T', action: 'Open / focus the terminal (Esc leaves it)' },
  { keys: 'E', action: 'Focus the editor (Esc leaves it)' },
  { keys: 'D', action: 'Dark / light' },
  { keys: 'F', action: 'Full screen' },
  { keys: '?', action: 'This help' },
];

export function actionFor(event: KeyInfo): PresenterAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
      return 'step-build';
    case 'B':
      return 'play-build';
    case 'c':
    case 'C':
      return 'apply-change';
    case 's':
    case 'S':
      return 'reveal-solution';
    case 'v':
    case 'V':
      return 'toggle-variant';
    case 't':
    case 'T':
      return 'terminal';
    case 'e':
    case 'E':
      return 'editor';
    case 'd':
    case 'D':
      return 'theme';
    case 'f':
    case 'F':
      return 'fullscreen';
    case '?':
      return 'help';
    case 'Escape':
      return 'close';
    default:
      return undefined;
  }
}

/** Focus in a place that takes typing: the deck leaves its keys alone there. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as Element;
  return el.closest('input, textarea, select, [contenteditable="true"], .monaco-editor, .xterm, [data-terminal-host]') !== null;
}
