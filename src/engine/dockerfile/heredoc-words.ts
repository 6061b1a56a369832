/**
 * Finding `<<EOF` words on an instruction line, as BuildKit does (parser.go heredocsFromLine,
 * ParseHeredoc, heredocFromMatch). Reading the bodies is done by the line scanner.
 */
import { lexWord, NO_ENV } from './word-lexer.ts';

export interface HeredocWord {
  readonly name: string;
  readonly fileDescriptor: number | undefined;
  readonly expand: boolean;
  readonly chomp: boolean;
  /** Offsets of the whole word (`3<<-"EOF"`) in the line. */
  readonly start: number;
  readonly end: number;
}

/** Go `^(\d*)<<(-?)\s*([^<]*)$` */
const HEREDOC = /^(\d*)<<(-?)[\t\n\f\r ]*([^<]*)$/;
const BACKSLASH = 0x5c;

function countQuotes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x27 || c === 0x22) n++;
  }
  return n;
}

/**
 * ParseHeredoc: `undefined` when `word` is not a heredoc, a string for BuildKit's error
 * (e.g. an unterminated quote in the delimiter).
 */
export function parseHeredocWord(
  word: string,
): { name: string; fd: number | undefined; chomp: boolean; expand: boolean } | string | undefined {
  const m = HEREDOC.exec(word);
  if (!m) return undefined;
  const rest = m[3]!;
  if (rest.length === 0) return undefined;
  const plain = lexWord(rest, NO_ENV, { escapeToken: BACKSLASH, skipUnsetEnv: true });
  if (plain.error !== undefined) return plain.error;
  if (plain.words.length !== 1) return undefined;
  const raw = lexWord(rest, NO_ENV, { escapeToken: BACKSLASH, skipUnsetEnv: true, rawQuotes: true });
  if (raw.error !== undefined) return raw.error;
  if (raw.words.length !== plain.words.length) {
    return `internal lexing of heredoc produced inconsistent results: ${rest}`;
  }
  const name = plain.words[0]!;
  const fd = m[1] === '' ? undefined : Number.parseInt(m[1]!, 10);
  return { name, fd, chomp: m[2] === '-', expand: countQuotes(name) === countQuotes(raw.words[0]!) };
}

/** heredocsFromLine: every word of the line that is a heredoc, in order. */
export function heredocWordsFromLine(line: string): { heredocs: HeredocWord[]; error: string | undefined } {
  const lexed = lexWord(line, NO_ENV, { escapeToken: BACKSLASH, rawQuotes: true, rawEscapes: true, skipUnsetEnv: true });
  const heredocs: HeredocWord[] = [];
  for (let i = 0; i < lexed.words.length; i++) {
    const word = lexed.words[i]!;
    if (!word.includes('<<')) continue;
    const h = parseHeredocWord(word);
    if (h === undefined) continue;
    if (typeof h === 'string') return { heredocs, error: h };
    const span = lexed.wordSpans[i] ?? [0, line.length];
    heredocs.push({ name: h.name, fileDescriptor: h.fd, expand: h.expand, chomp: h.chomp, start: span[0], end: span[1] });
  }
  return { heredocs, error: undefined };
}

/** parser.ChompHeredocContent: strips leading tabs from every line. */
export function chompHeredocContent(content: string): string {
  // Go's (?m)^ matches after \n only, so no `m` flag here (JS would also match after \r).
  return content.replace(/(^|\n)\t+/g, '$1');
}
