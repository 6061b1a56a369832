/**
 * The workbench's own controls around the editor: the save status line, the notice area (another tab, storage
 * problems), and Reset — which asks first and can be undone.
 */
import { h, part } from './dom.ts';

export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
}

export interface Notices {
  /** Shows a notice (replacing the one of the same kind); actions become buttons that also dismiss it. */
  show(kind: string, text: string, actions?: readonly NoticeAction[]): void;
  clear(kind: string): void;
}

export function createNotices(root: HTMLElement): Notices {
  const area = part(root, '[data-notice]');
  const find = (kind: string): HTMLElement | null => area.querySelector<HTMLElement>(`[data-notice-kind="${kind}"]`);
  return {
    show(kind, text, actions = []) {
      const item = h(
        'div',
        { class: `notice notice-${kind}`, data: { noticeKind: kind } },
        h('p', {}, text),
        ...actions.map((action) =>
          h('button', {
            class: 'button small secondary',
            attrs: { type: 'button' },
            on: {
              click: () => {
                item.remove();
                action.run();
              },
            },
          }, action.label),
        ),
      );
      const old = find(kind);
      if (old) old.replaceWith(item);
      else area.append(item);
    },
    clear(kind) {
      find(kind)?.remove();
    },
  };
}

/** The save status line and the workbench's `data-save` state (`saved`, `pending`, `failed`, `conflict`). */
export function createSaveStatus(root: HTMLElement): (state: 'saved' | 'pending' | 'failed' | 'conflict' | 'restored', text: string) => void {
  const line = part(root, '[data-save-status]');
  return (state, text) => {
    // Typing calls this on every keystroke; touching the DOM only on a change keeps keystrokes cheap.
    if (root.dataset.save !== state) root.dataset.save = state;
    if (line.textContent !== text) line.textContent = text;
  };
}

/**
 * Reset: a modal dialog asks first; confirming calls `reset`, which returns what to put back if the learner
 * chooses "Undo reset" afterwards.
 */
export function wireReset(root: HTMLElement, reset: () => () => void): void {
  const button = part<HTMLButtonElement>(root, '[data-reset]');
  const undo = part<HTMLButtonElement>(root, '[data-undo-reset]');
  const titleId = `reset-title-${(root.dataset.key ?? 'workbench').replace(/[^a-zA-Z0-9]+/g, '-')}`;
  const dialog = h(
    'dialog',
    { class: 'confirm', attrs: { 'aria-labelledby': titleId } },
    h('h2', { attrs: { id: titleId } }, 'Start over?'),
    h('p', {}, 'Your files go back to the starting version. You can undo this right after.'),
  );
  const confirm = h('button', { class: 'button', attrs: { type: 'button' }, data: { confirmReset: '' } }, 'Reset the files');
  const cancel = h('button', { class: 'button secondary', attrs: { type: 'button' } }, 'Keep my work');
  dialog.append(h('div', { class: 'dialog-buttons' }, confirm, cancel));
  root.append(dialog);

  let restore: (() => void) | undefined;
  confirm.addEventListener('click', () => {
    restore = reset();
    dialog.close();
    undo.hidden = false;
    undo.focus();
  });
  cancel.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    if (undo.hidden) button.focus();
  });
  button.addEventListener('click', () => dialog.showModal());
  undo.addEventListener('click', () => {
    restore?.();
    restore = undefined;
    undo.hidden = true;
    button.focus();
  });
  button.disabled = false;
}
