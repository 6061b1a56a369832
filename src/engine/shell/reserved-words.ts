/**
 * Reserved words (POSIX 2.4): recognised only where a command starts, and only unquoted.
 */
import type { ParserState } from './parser-state.ts';
import { error, isMeta, peek, plainEnd, skipLinebreaks } from './parser-state.ts';

const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', '{', '}', '!', 'in', 'function']);

/** A plain unquoted word at the cursor (for reserved-word checks), without consuming it. */
export function peekPlainWord(p: ParserState): string | undefined {
  const i = plainEnd(p, p.pos);
  if (i === p.pos || !isMeta(i < p.end ? p.s.charCodeAt(i) : -1)) return undefined;
  return p.s.slice(p.pos, i);
}

/** First letters of reserved words, to skip the slice for most words. */
export const RESERVED_FIRST = new Set([...RESERVED].map((w) => w.charCodeAt(0)));

export function peekReserved(p: ParserState): string | undefined {
  if (!RESERVED_FIRST.has(peek(p))) return undefined;
  const i = plainEnd(p, p.pos);
  if (i - p.pos > 8) return undefined;
  const w = peekPlainWord(p);
  return w !== undefined && RESERVED.has(w) ? w : undefined;
}

export function expectReserved(p: ParserState, word: string, openedAt: number): boolean {
  skipLinebreaks(p);
  if (peekReserved(p) === word) {
    p.pos += word.length;
    return true;
  }
  error(p, `syntax error: expected "${word}"`, openedAt, p.pos);
  return false;
}
