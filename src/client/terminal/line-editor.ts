/**
 * The prompt's line editing, as readline does it, with no DOM: the terminal hands it what the keyboard sent
 * (xterm.js `onData`: text, `\r`, `\x7f`, arrow escape sequences, Ctrl keys) and gets back the new line and what
 * to do. Only printable characters enter the line — a pasted ESC sequence is dropped, never echoed — so what the
 * learner typed is always shown as text.
 */

export interface LineState {
  readonly buffer: string;
  readonly cursor: number;
  /** Earlier lines, oldest first. */
  readonly history: readonly string[];
  /** Position while browsing history (`history.length` = the line being written). */
  readonly historyIndex: number;
  /** The line being written, kept while browsing history. */
  readonly draft: string;
}

export type LineAction =
  | { readonly kind: 'redraw' }
  | { readonly kind: 'submit'; readonly line: string }
  | { readonly kind: 'interrupt' }
  | { readonly kind: 'complete' }
  | { readonly kind: 'clear-screen' }
  | { readonly kind: 'none' };

export const MAX_HISTORY = 500;
const MAX_LINE = 4000;

export function emptyLine(history: readonly string[] = []): LineState {
  return { buffer: '', cursor: 0, history, historyIndex: history.length, draft: '' };
}

/** Printable text only: no C0/C1 controls, no DEL, no line separators. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '');
}

function insert(state: LineState, text: string): LineState {
  const clean = printable(text).slice(0, Math.max(0, MAX_LINE - state.buffer.length));
  if (!clean) return state;
  return { ...state, buffer: state.buffer.slice(0, state.cursor) + clean + state.buffer.slice(state.cursor), cursor: state.cursor + clean.length };
}

function recall(state: LineState, index: number): LineState {
  if (index < 0 || index > state.history.length) return state;
  const draft = state.historyIndex === state.history.length ? state.buffer : state.draft;
  const buffer = index === state.history.length ? draft : state.history[index]!;
  return { ...state, historyIndex: index, draft, buffer, cursor: buffer.length };
}

/** The line after submitting it: history grows (no blank lines, no immediate repeats). */
export function afterSubmit(state: LineState, line: string): LineState {
  const trimmed = line.trim();
  const history = trimmed === '' || state.history[state.history.length - 1] === line ? state.history : [...state.history, line].slice(-MAX_HISTORY);
  return emptyLine(history);
}

/** Applies one key (or a paste) to the line. */
export function applyKey(state: LineState, data: string): { readonly state: LineState; readonly action: LineAction } {
  const redraw = (next: LineState) => ({ state: next, action: { kind: 'redraw' } as const });
  switch (data) {
    case '\r':
      return { state, action: { kind: 'submit', line: state.buffer } };
    case '\x03':
      return { state: emptyLine(state.history), action: { kind: 'interrupt' } };
    case '\x0c':
      return { state, action: { kind: 'clear-screen' } };
    case '\t':
      return { state, action: { kind: 'complete' } };
    case '\x7f':
    case '\b':
      if (state.cursor === 0) return { state, action: { kind: 'none' } };
      return redraw({ ...state, buffer: state.buffer.slice(0, state.cursor - 1) + state.buffer.slice(state.cursor), cursor: state.cursor - 1 });
    case '\x1b[3~':
      return redraw({ ...state, buffer: state.buffer.slice(0, state.cursor) + state.buffer.slice(state.cursor + 1) });
    case '\x1b[D':
    case '\x02':
      return redraw({ ...state, cursor: Math.max(0, state.cursor - 1) });
    case '\x1b[C':
    case '\x06':
      return redraw({ ...state, cursor: Math.min(state.buffer.length, state.cursor + 1) });
    case '\x1b[H':
    case '\x1bOH':
    case '\x01':
      return redraw({ ...state, cursor: 0 });
    case '\x1b[F':
    case '\x1bOF':
    case '\x05':
      return redraw({ ...state, cursor: state.buffer.length });
    case '\x1b[A':
    case '\x10':
      return redraw(recall(state, state.historyIndex - 1));
    case '\x1b[B':
    case '\x0e':
      return redraw(recall(state, state.historyIndex + 1));
    case '\x15': // Ctrl+U: delete to the start of the line
      return redraw({ ...state, buffer: state.buffer.slice(state.cursor), cursor: 0 });
    case '\x0b': // Ctrl+K: delete to the end
      return redraw({ ...state, buffer: state.buffer.slice(0, state.cursor) });
    case '\x17': {
      // Ctrl+W: delete the word before the cursor
      const before = state.buffer.slice(0, state.cursor).replace(/\S+\s*$/, '');
      return redraw({ ...state, buffer: before + state.buffer.slice(state.cursor), cursor: before.length });
    }
  }
  if (data.startsWith('\x1b')) return { state, action: { kind: 'none' } }; // other escape sequences: ignored
  // A paste with line breaks: the first line is submitted, like a terminal does; the rest is dropped (one command
  // at a time keeps a stray paste from running a script).
  const newline = data.search(/[\r\n]/);
  if (newline >= 0) {
    const next = insert(state, data.slice(0, newline));
    return { state: next, action: { kind: 'submit', line: next.buffer } };
  }
  return redraw(insert(state, data));
}
