/**
 * Terminal text that is only text. A Dockerfile comment, a file shown with `cat`, a tag typed by the learner
 * may hold ESC sequences (`\x1b[2J` clears the screen, OSC 8 makes links, OSC 52 writes the clipboard) or other
 * C0/C1 control codes; written to xterm.js they would be interpreted. Each control character becomes a visible
 * stand-in instead: `^[` for ESC, as `cat -v` shows it, and `\x9b`-style escapes for C1 codes. Tabs become
 * spaces up to the next multiple of 8 (what a terminal does with them), so columns still line up.
 */

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

function standIn(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return `^${String.fromCharCode(code + 0x40)}`;
  if (code === 0x7f) return '^?';
  if (code === 0x2028 || code === 0x2029) return ' ';
  return `\\x${code.toString(16)}`;
}

function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) {
    if (ch === '\t') out += ' '.repeat(8 - (out.length % 8));
    else out += ch;
  }
  return out;
}

/** One line of text made safe to write to a terminal: no control codes (line breaks included), tabs expanded. */
export function sanitizeText(line: string): string {
  const expanded = expandTabs(line.replace(/\r\n?|\n/g, ' '));
  if (!CONTROL.test(expanded)) return expanded;
  let out = '';
  for (const ch of expanded) out += CONTROL.test(ch) ? standIn(ch) : ch;
  return out;
}

/** True when the text holds something a terminal would interpret. */
export function hasControlCodes(text: string): boolean {
  return CONTROL.test(text.replace(/[\t\n]/g, ''));
}
