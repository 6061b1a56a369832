/**
 * BuildKit's word lexer (moby/buildkit frontend/dockerfile/shell/lex.go), re-implemented: quote
 * removal, escapes and `$var` / `${var...}` expansion of Dockerfile words, plus its word splitting.
 * Behaviour follows the Go code, quirks included (one shared word buffer, `${a` reporting an
 * unsupported modifier), because BuildKit users see exactly those results. Errors are returned.
 */
import { isGoSpace } from './chars.ts';
import { goQuote } from './go-quote.ts';
import { goReplaceAll, patternToRegex, replaceFirst, trimPrefix, trimSuffix } from './shell-patterns.ts';

export type EnvLookup = (name: string) => string | undefined;

export interface LexOptions {
  /** Char code of the escape token: `\` (92) or `` ` `` (96). */
  readonly escapeToken: number;
  readonly rawQuotes?: boolean;
  readonly rawEscapes?: boolean;
  readonly skipProcessQuotes?: boolean;
  /** Leave unset variables as written instead of expanding them to "". */
  readonly skipUnsetEnv?: boolean;
}

export interface LexReference {
  readonly name: string;
  /** Offsets of `$name` / `${...}` in the input. */
  readonly start: number;
  readonly end: number;
  readonly found: boolean;
  /** `${v-d}`, `${v:-d}`, `${v+a}`, `${v:+a}`, `${v?m}`, `${v:?m}` */
  readonly hasDefault: boolean;
}

export interface LexResult {
  /** ProcessWord's result. */
  readonly value: string;
  /** ProcessWords' result (split on unquoted spaces after expansion). */
  readonly words: readonly string[];
  /** Input offsets [start, end) of each of `words`. */
  readonly wordSpans: readonly (readonly [number, number])[];
  readonly matched: ReadonlySet<string>;
  readonly unmatched: ReadonlySet<string>;
  readonly references: readonly LexReference[];
  /** BuildKit's error text (`failed to process "${a": syntax error: missing '}'`), if any. */
  readonly error: string | undefined;
}

const EOF = -1;
const DOLLAR = 0x24;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const SQUOTE = 0x27;
const DQUOTE = 0x22;
const LT = 0x3c;
const COLON = 0x3a;

interface State {
  readonly s: string;
  pos: number;
  readonly end: number;
  readonly esc: number;
  readonly rawQuotes: boolean;
  rawEscapes: boolean;
  readonly skipQuotes: boolean;
  readonly skipUnset: boolean;
  readonly env: EnvLookup;
  readonly matched: Set<string>;
  readonly unmatched: Set<string>;
  readonly refs: LexReference[];
  /** Go's shellWord.wordsBuffer: one builder shared by nested calls. */
  wordsBuf: string;
  /** Nesting of `${...}`; Go recurses without limit, we stop at MAX_DEPTH with an error. */
  depth: number;
}

const MAX_DEPTH = 500;

interface Words {
  readonly list: string[];
  readonly spans: [number, number][];
  inWord: boolean;
  /** Where the word being built started. */
  start: number;
}

/** Thrown inside this module only, caught in `run`. */
interface LexFailure {
  readonly lexFailure: string;
}

function fail(message: string): never {
  throw { lexFailure: message } satisfies LexFailure;
}

function peek(st: State): number {
  return st.pos < st.end ? st.s.charCodeAt(st.pos) : EOF;
}

function next(st: State): number {
  return st.pos < st.end ? st.s.charCodeAt(st.pos++) : EOF;
}

function addRawString(st: State, w: Words, s: string, tokStart: number): void {
  if (!w.inWord) w.start = tokStart;
  st.wordsBuf += s;
  w.inWord = true;
}

function addChar(st: State, w: Words, ch: number, tokStart: number): void {
  if (isGoSpace(ch)) {
    if (w.inWord && st.wordsBuf.length !== 0) {
      w.list.push(st.wordsBuf);
      w.spans.push([w.start, tokStart]);
      st.wordsBuf = '';
      w.inWord = false;
    }
  } else addRawString(st, w, String.fromCharCode(ch), tokStart);
}

function getWords(st: State, w: Words): Words {
  if (st.wordsBuf.length > 0) {
    w.list.push(st.wordsBuf);
    w.spans.push([w.start, st.pos]);
    st.wordsBuf = '';
    w.inWord = false;
  }
  return w;
}

function processStopOn(st: State, stopChar: number, rawEscapes: boolean): [string, Words] {
  let result = '';
  st.wordsBuf = '';
  const words: Words = { list: [], spans: [], inWord: false, start: st.pos };
  const saved = st.rawEscapes;
  st.rawEscapes = rawEscapes;
  try {
    while (peek(st) !== EOF) {
      const tokStart = st.pos;
      let ch = peek(st);
      if (stopChar !== EOF && ch === stopChar) {
        st.pos++;
        return [result, getWords(st, words)];
      }
      if (ch === DOLLAR) {
        const tmp = processDollar(st);
        result += tmp;
        for (let i = 0; i < tmp.length; i++) addChar(st, words, tmp.charCodeAt(i), tokStart);
      } else if (ch === LT) {
        const tmp = processPossibleHeredoc(st);
        result += tmp;
        addRawString(st, words, tmp, tokStart);
      } else if (!st.skipQuotes && (ch === SQUOTE || ch === DQUOTE)) {
        const tmp = ch === SQUOTE ? processSingleQuote(st) : processDoubleQuote(st);
        result += tmp;
        addRawString(st, words, tmp, tokStart);
      } else {
        ch = next(st);
        if (ch === st.esc) {
          if (st.rawEscapes) {
            addRawString(st, words, String.fromCharCode(ch), tokStart);
            result += String.fromCharCode(ch);
          }
          ch = next(st);
          if (ch === EOF) break;
          addRawString(st, words, String.fromCharCode(ch), tokStart);
        } else addChar(st, words, ch, tokStart);
        result += String.fromCharCode(ch);
      }
    }
    if (stopChar !== EOF) {
      fail(`unexpected end of statement while looking for matching ${String.fromCharCode(stopChar)}`);
    }
    return [result, getWords(st, words)];
  } finally {
    st.rawEscapes = saved;
  }
}

function processSingleQuote(st: State): string {
  const start = st.pos;
  st.pos++;
  const close = st.s.indexOf("'", st.pos);
  if (close < 0 || close >= st.end) {
    st.pos = st.end;
    fail('unexpected end of statement while looking for matching single-quote');
  }
  st.pos = close + 1;
  return st.rawQuotes ? st.s.slice(start, close + 1) : st.s.slice(start + 1, close);
}

function processDoubleQuote(st: State): string {
  let result = '';
  const q = next(st);
  if (st.rawQuotes) result += String.fromCharCode(q);
  for (;;) {
    const p = peek(st);
    if (p === EOF) fail('unexpected end of statement while looking for matching double-quote');
    if (p === DQUOTE) {
      st.pos++;
      if (st.rawQuotes) result += '"';
      return result;
    }
    if (p === DOLLAR) {
      result += processDollar(st);
      continue;
    }
    let ch = next(st);
    if (ch === st.esc) {
      if (st.rawEscapes) result += String.fromCharCode(ch);
      const after = peek(st);
      if (after === EOF) continue;
      if (after === DQUOTE || after === DOLLAR || after === st.esc) ch = next(st);
    }
    result += String.fromCharCode(ch);
  }
}

function isSpecialParam(ch: number): boolean {
  // @ * # ? - $ ! 0 — POSIX special parameters
  return ch === 0x40 || ch === 0x2a || ch === 0x23 || ch === 0x3f || ch === 0x2d || ch === 0x24 || ch === 0x21 || ch === 0x30;
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

function isLetter(ch: number): boolean {
  if (ch < 0x80) return (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a);
  return LETTER.test(String.fromCharCode(ch));
}

function isDigit(ch: number): boolean {
  if (ch < 0x80) return ch >= 0x30 && ch <= 0x39;
  return DIGIT.test(String.fromCharCode(ch));
}

function processName(st: State): string {
  const start = st.pos;
  while (peek(st) !== EOF) {
    const ch = peek(st);
    if (st.pos === start && isDigit(ch)) {
      while (peek(st) !== EOF && isDigit(peek(st))) st.pos++;
      return st.s.slice(start, st.pos);
    }
    if (st.pos === start && isSpecialParam(ch)) {
      st.pos++;
      return String.fromCharCode(ch);
    }
    if (!isLetter(ch) && !isDigit(ch) && ch !== 0x5f) break;
    st.pos++;
  }
  return st.s.slice(start, st.pos);
}

function getEnv(st: State, name: string): [string, boolean] {
  const v = st.env(name);
  if (v !== undefined) {
    st.matched.add(name);
    return [v, true];
  }
  st.unmatched.add(name);
  return ['', false];
}

function processPossibleHeredoc(st: State): string {
  st.pos++;
  if (peek(st) !== LT) return '<';
  st.pos++;
  let space = '';
  for (let c = peek(st); c === 0x09 || c === 0x0d || c === 0x20; c = peek(st)) {
    space += String.fromCharCode(c);
    st.pos++;
  }
  return '<<' + space;
}

function charString(ch: number): string {
  return ch === EOF ? '\ufffd' : String.fromCharCode(ch);
}

function processDollar(st: State): string {
  const start = st.pos;
  st.pos++;
  if (peek(st) !== LBRACE) {
    const name = processName(st);
    if (name === '') return '$';
    const [value, found] = getEnv(st, name);
    st.refs.push({ name, start, end: st.pos, found, hasDefault: false });
    if (!found && st.skipUnset) return '$' + name;
    return value;
  }
  st.pos++;
  const first = peek(st);
  if (first === EOF) fail("syntax error: missing '}'");
  if (first === LBRACE || first === RBRACE || first === COLON) fail('syntax error: bad substitution');
  const name = processName(st);
  let ch = next(st);
  let chs = charString(ch);
  switch (ch) {
    case RBRACE: {
      const [value, set] = getEnv(st, name);
      st.refs.push({ name, start, end: st.pos, found: set, hasDefault: false });
      if (!set && st.skipUnset) return '${' + name + '}';
      return value;
    }
    case COLON:
    case 0x2b: // +
    case 0x2d: // -
    case 0x3f: // ?
    case 0x23: // #
    case 0x25: {
      // %
      const nullIsUnset = ch === COLON;
      if (nullIsUnset) {
        ch = next(st);
        chs += charString(ch);
      }
      const rawEscapes = ch === 0x23 || ch === 0x25;
      if (nullIsUnset && rawEscapes) fail(`unsupported modifier (${chs}) in substitution`);
      let word: string;
      if (++st.depth > MAX_DEPTH) fail('nesting of ${...} too deep');
      try {
        word = processStopOn(st, RBRACE, rawEscapes)[0];
      } catch (e) {
        if (peek(st) === EOF) fail("syntax error: missing '}'");
        throw e;
      }
      st.depth--;
      const [value, set] = getEnv(st, name);
      const hasDefault = ch === 0x2b || ch === 0x2d || ch === 0x3f;
      st.refs.push({ name, start, end: st.pos, found: set, hasDefault });
      if (st.skipUnset && !set) return '${' + name + chs + word + '}';
      switch (ch) {
        case 0x2d:
          return !set || (nullIsUnset && value === '') ? word : value;
        case 0x2b:
          return !set || (nullIsUnset && value === '') ? '' : word;
        case 0x3f:
          if (!set) fail(`${name}: ${word !== '' ? word : 'is not allowed to be unset'}`);
          if (nullIsUnset && value === '') fail(`${name}: ${word !== '' ? word : 'is not allowed to be empty'}`);
          return value;
        case 0x25:
        case 0x23: {
          let greedy = false;
          if (word.length > 0 && word.charCodeAt(0) === ch) {
            greedy = true;
            word = word.slice(1);
          }
          return ch === 0x25 ? trimSuffix(word, value, greedy) : trimPrefix(word, value, greedy);
        }
        default:
          fail(`unsupported modifier (${chs}) in substitution`);
      }
    }
    case 0x2f: {
      // /
      const replaceAll = peek(st) === 0x2f;
      if (replaceAll) st.pos++;
      let pattern: string;
      try {
        pattern = processStopOn(st, 0x2f, true)[0];
      } catch (e) {
        if (peek(st) === EOF) fail("syntax error: missing '/' in ${}");
        throw e;
      }
      let replacement: string;
      try {
        replacement = processStopOn(st, RBRACE, true)[0];
      } catch (e) {
        if (peek(st) === EOF) fail("syntax error: missing '}'");
        throw e;
      }
      const [value, set] = getEnv(st, name);
      st.refs.push({ name, start, end: st.pos, found: set, hasDefault: false });
      if (st.skipUnset && !set) return '${' + name + '/' + pattern + '/' + replacement + '}';
      const re = patternToRegex(pattern, true, false);
      return replaceAll ? goReplaceAll(value, re, replacement) : replaceFirst(value, re, replacement);
    }
    default:
      fail(`unsupported modifier (${chs}) in substitution`);
  }
}

// ---------------------------------------------------------------------------------------------

const NONE: ReadonlySet<string> = new Set();
const NO_REFERENCES: readonly LexReference[] = [];

/**
 * A word with nothing for the lexer to do — no `$`, `<`, quote, escape token or space — is its own value
 * and its only word: the common case (keys, plain values, paths) skips the character-by-character walk.
 */
function plainWord(text: string, esc: number, start: number, end: number): LexResult | undefined {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === DOLLAR || c === LT || c === SQUOTE || c === DQUOTE || c === esc || isGoSpace(c)) return undefined;
  }
  const value = text.slice(start, end);
  return {
    value,
    words: value === '' ? [] : [value],
    wordSpans: value === '' ? [] : [[start, end]],
    matched: NONE,
    unmatched: NONE,
    references: NO_REFERENCES,
    error: undefined,
  };
}

function run(text: string, env: EnvLookup, options: LexOptions, start: number, end: number): LexResult {
  const plain = plainWord(text, options.escapeToken, start, end);
  if (plain !== undefined) return plain;
  const st: State = {
    s: text,
    pos: start,
    end,
    esc: options.escapeToken,
    rawQuotes: options.rawQuotes ?? false,
    rawEscapes: options.rawEscapes ?? false,
    skipQuotes: options.skipProcessQuotes ?? false,
    skipUnset: options.skipUnsetEnv ?? false,
    env,
    matched: new Set(),
    unmatched: new Set(),
    refs: [],
    wordsBuf: '',
    depth: 0,
  };
  try {
    const [value, words] = processStopOn(st, EOF, st.rawEscapes);
    return { value, words: words.list, wordSpans: words.spans, matched: st.matched, unmatched: st.unmatched, references: sortRefs(st.refs), error: undefined };
  } catch (e) {
    const message = (e as Partial<LexFailure>).lexFailure;
    if (message === undefined) throw e;
    return {
      value: '',
      words: [],
      wordSpans: [],
      matched: st.matched,
      unmatched: st.unmatched,
      references: sortRefs(st.refs),
      error: `failed to process ${goQuote(text.slice(start, end))}: ${message}`,
    };
  }
}

function sortRefs(refs: LexReference[]): LexReference[] {
  return refs.length > 1 ? refs.sort((a, b) => a.start - b.start) : refs;
}


/** ProcessWord / ProcessWords over text[start, end). */
export function lexWord(text: string, env: EnvLookup, options: LexOptions, start = 0, end = text.length): LexResult {
  return run(text, env, options, start, end);
}

export const NO_ENV: EnvLookup = () => undefined;
