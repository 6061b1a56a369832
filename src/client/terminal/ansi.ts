/**
 * The only escape sequences the terminal ever writes are these, built here: colours for the engine's tones and
 * line handling. Text from the engine is already free of control codes (src/engine/terminal/sanitize.ts); it is
 * sanitised once more before it is wrapped, so no path lets content reach xterm.js as a control sequence.
 */
import { sanitizeText } from '../../engine/terminal/sanitize.ts';
import type { Tone } from '../../engine/terminal/index.ts';

const SGR: Readonly<Record<Tone, string>> = {
  plain: '',
  error: '\x1b[31m',
  warning: '\x1b[33m',
  dim: '\x1b[90m',
  ok: '\x1b[32m',
  note: '\x1b[36;3m',
  strong: '\x1b[1m',
  accent: '\x1b[34m',
};
const RESET = '\x1b[0m';

/** One line of text in its tone, ending with CR LF. */
export function toneLine(text: string, tone: Tone): string {
  const safe = sanitizeText(text);
  const on = SGR[tone];
  return on ? `${on}${safe}${RESET}\r\n` : `${safe}\r\n`;
}

export const PROMPT = '\x1b[1;32m$\x1b[0m ';
export const PROMPT_WIDTH = 2;

/** Redraws the input line: back to column 0, prompt, text, erase the rest, cursor back to its place. */
export function redrawLine(buffer: string, cursor: number): string {
  const safe = sanitizeText(buffer);
  const back = safe.length - cursor;
  return `\r${PROMPT}${safe}\x1b[K${back > 0 ? `\x1b[${back}D` : ''}`;
}
