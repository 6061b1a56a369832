/**
 * Cursor over shell text shared by the word and command parsers, plus here-document bodies,
 * which start after the next unquoted newline (POSIX 2.7.4).
 */
import type { HeredocBody, Position, Range, Redirect, ShellError } from './types.ts';

export type Locate = (offset: number, isEnd: boolean) => Position;

export interface PendingHeredoc {
  readonly redirect: { heredoc: HeredocBody | undefined };
  readonly delimiter: string;
  readonly quoted: boolean;
  readonly stripTabs: boolean;
}

export interface ParserState {
  readonly s: string;
  pos: number;
  readonly end: number;
  readonly locate: Locate;
  /** Makes a range when given (shared objects for equal ranges); else `range` locates both ends. */
  readonly makeRange: ((start: number, end: number) => Range) | undefined;
  readonly errors: ShellError[];
  pending: PendingHeredoc[];
  depth: number;
}

/** Beyond this nesting (subshells, substitutions, compound commands) the rest is not parsed. */
export const MAX_DEPTH = 200;

export const NL = 0x0a;

export function createState(
  s: string, start: number, end: number, locate: Locate, errors: ShellError[], makeRange?: (start: number, end: number) => Range,
): ParserState {
  return { s, pos: start, end, locate, makeRange, errors, pending: [], depth: 0 };
}

export function peek(p: ParserState, ahead = 0): number {
  const i = p.pos + ahead;
  return i < p.end ? p.s.charCodeAt(i) : -1;
}

export function range(p: ParserState, start: number, end: number): Range {
  if (p.makeRange !== undefined) return p.makeRange(start, end);
  const startPos = p.locate(start, false);
  return { start: startPos, end: end <= start ? startPos : p.locate(end, true) };
}

export function error(p: ParserState, message: string, start: number, end = start): void {
  if (p.errors.length < 100) p.errors.push({ message, range: range(p, start, end) });
}

/** Space, tab or CR (CRLF line endings in heredoc bodies). */
export function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d;
}

/** ASCII classes: 1 = ends an unquoted word (metacharacter), 2 = starts quoting or an expansion. */
export const CHAR_CLASS: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (const c of ' \t\r\n;&|()<>') t[c.charCodeAt(0)] = 1;
  for (const c of '\\\'"$`') t[c.charCodeAt(0)] = 2;
  return t;
})();

/** Characters that end an unquoted word. */
export function isMeta(c: number): boolean {
  return c === -1 || (c < 128 && CHAR_CLASS[c] === 1);
}

/** End of the run of plain word characters (no metacharacter, quote, `$`, backquote or backslash) from `i`. */
export function plainEnd(p: ParserState, i: number): number {
  const s = p.s;
  const end = p.end;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c < 128 && CHAR_CLASS[c] !== 0) break;
    i++;
  }
  return i;
}

/** Skips blanks, `\`-newline continuations and a `#` comment (up to, not including, the newline). */
export function skipBlanks(p: ParserState): void {
  for (;;) {
    const c = peek(p);
    if (isBlank(c)) p.pos++;
    else if (c === 0x5c && peek(p, 1) === NL) p.pos += 2;
    else if (c === 0x23) {
      const nl = p.s.indexOf('\n', p.pos);
      p.pos = nl < 0 || nl > p.end ? p.end : nl;
    } else return;
  }
}

/** Consumes one newline and reads the bodies of pending here-documents. */
export function consumeNewline(p: ParserState): void {
  p.pos++;
  if (p.pending.length > 0) readHeredocBodies(p);
}

/** Skips blanks, comments and newlines. */
export function skipLinebreaks(p: ParserState): void {
  for (;;) {
    skipBlanks(p);
    if (peek(p) === NL) consumeNewline(p);
    else return;
  }
}

function readHeredocBodies(p: ParserState): void {
  const pending = p.pending;
  p.pending = [];
  for (const h of pending) {
    const bodyStart = p.pos;
    let body = '';
    let terminated = false;
    let bodyEnd = p.pos;
    while (p.pos < p.end) {
      const nl = p.s.indexOf('\n', p.pos);
      const lineEnd = nl < 0 || nl >= p.end ? p.end : nl;
      let t = p.pos;
      if (h.stripTabs) while (t < lineEnd && p.s.charCodeAt(t) === 0x09) t++;
      let e = lineEnd;
      if (e > t && p.s.charCodeAt(e - 1) === 0x0d) e--;
      const next = lineEnd < p.end ? lineEnd + 1 : p.end;
      if (e - t === h.delimiter.length && p.s.startsWith(h.delimiter, t)) {
        terminated = true;
        p.pos = next;
        break;
      }
      body += p.s.slice(t, lineEnd) + '\n';
      bodyEnd = lineEnd;
      p.pos = next;
    }
    if (!terminated) error(p, `here-document delimited by end-of-file (wanted \`${h.delimiter}')`, bodyStart, p.pos);
    h.redirect.heredoc = {
      delimiter: h.delimiter,
      quoted: h.quoted,
      stripTabs: h.stripTabs,
      body,
      terminated,
      bodyRange: range(p, bodyStart, bodyEnd),
    };
  }
}

export type MutableRedirect = { -readonly [K in keyof Redirect]: Redirect[K] };
