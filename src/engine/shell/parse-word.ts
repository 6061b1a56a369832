/**
 * Words: quoting, escapes, parameter expansion, command substitution and arithmetic, split into
 * parts (POSIX 2.2 Quoting, 2.6 Word Expansions). A word's `value` is its text after quote
 * removal when it holds no expansion.
 */
import type { ShellWord, WordPart } from './types.ts';
import type { ParserState } from './parser-state.ts';
import { createState, error, isMeta, MAX_DEPTH, NL, peek, plainEnd, range } from './parser-state.ts';
// Words hold command substitutions, which hold scripts: the two modules need each other.
import { parseScriptBody } from './parse-commands.ts';


function peekAt(p: ParserState, i: number): number {
  return i < p.end ? p.s.charCodeAt(i) : -1;
}

function isNameStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 0x30 && c <= 0x39);
}

function isSpecialParam(c: number): boolean {
  // @ * # ? - $ ! and digits
  return c === 0x40 || c === 0x2a || c === 0x23 || c === 0x3f || c === 0x2d || c === 0x24 || c === 0x21 || (c >= 0x30 && c <= 0x39);
}

const BRACE_OPERATORS = [':-', ':=', ':?', ':+', '##', '%%', '//', '^^', ',,', '-', '=', '?', '+', '#', '%', '/', ':', '^', ','];

/** Index just past the `}` closing a `${` opened before `from`, honouring quotes and nesting. */
function matchBrace(p: ParserState, from: number): number {
  const s = p.s;
  let depth = 1;
  for (let i = from; i < p.end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x27) {
      const q = s.indexOf("'", i + 1);
      if (q < 0 || q >= p.end) return -1;
      i = q;
    } else if (c === 0x24 && s.charCodeAt(i + 1) === 0x7b) {
      depth++;
      i++;
    } else if (c === 0x7d) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function parseBraced(p: ParserState, start: number): WordPart {
  const close = matchBrace(p, start + 2);
  if (close < 0) {
    error(p, "bad substitution: missing '}'", start, p.end);
    p.pos = p.end;
    const raw = p.s.slice(start, p.end);
    return { kind: 'parameter', name: '', braced: true, operator: undefined, operand: undefined, length: false, raw };
  }
  p.pos = close;
  const inner = p.s.slice(start + 2, close - 1);
  let i = 0;
  let length = false;
  if (inner.charCodeAt(0) === 0x23 && inner.length > 1) {
    length = true;
    i = 1;
  }
  const nameStart = i;
  if (isNameStart(inner.charCodeAt(i))) while (i < inner.length && isNameChar(inner.charCodeAt(i))) i++;
  else if (inner.charCodeAt(i) >= 0x30 && inner.charCodeAt(i) <= 0x39) while (i < inner.length && inner.charCodeAt(i) >= 0x30 && inner.charCodeAt(i) <= 0x39) i++;
  else if (isSpecialParam(inner.charCodeAt(i))) i++;
  const name = inner.slice(nameStart, i);
  const rest = inner.slice(i);
  const op = rest === '' ? undefined : BRACE_OPERATORS.find((o) => rest.startsWith(o));
  if (name === '' || (rest !== '' && op === undefined)) error(p, 'bad substitution', start, close);
  return {
    kind: 'parameter',
    name,
    braced: true,
    operator: op,
    operand: op === undefined ? undefined : rest.slice(op.length),
    length,
    raw: p.s.slice(start, close),
  };
}

/** `$((...))`: finds the matching `))`. */
function parseArithmetic(p: ParserState, start: number): WordPart {
  let depth = 0;
  for (let i = start + 3; i < p.end; i++) {
    const c = p.s.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29) {
      if (depth === 0 && p.s.charCodeAt(i + 1) === 0x29) {
        p.pos = i + 2;
        return { kind: 'arithmetic', expression: p.s.slice(start + 3, i), raw: p.s.slice(start, i + 2) };
      }
      depth--;
    }
  }
  error(p, "unterminated arithmetic expansion: missing '))'", start, p.end);
  p.pos = p.end;
  return { kind: 'arithmetic', expression: p.s.slice(start + 3, p.end), raw: p.s.slice(start, p.end) };
}

function parseCommandSubstitution(p: ParserState, start: number): WordPart {
  p.pos = start + 2;
  if (p.depth >= MAX_DEPTH) {
    error(p, 'nesting too deep', start, p.end);
    p.pos = p.end;
    return { kind: 'literal', value: p.s.slice(start), raw: p.s.slice(start) };
  }
  p.depth++;
  const script = parseScriptBody(p, true);
  p.depth--;
  if (peek(p) === 0x29) p.pos++;
  else error(p, "unterminated command substitution: missing ')'", start, p.pos);
  return { kind: 'command-substitution', backtick: false, script, raw: p.s.slice(start, p.pos) };
}

function parseBacktick(p: ParserState, start: number): WordPart {
  const s = p.s;
  let i = start + 1;
  let inner = '';
  const map: number[] = [];
  let chunk = i;
  for (; i < p.end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x60) break;
    if (c === 0x5c) {
      const n = s.charCodeAt(i + 1);
      if (n === 0x60 || n === 0x5c || n === 0x24) {
        inner += s.slice(chunk, i);
        for (let k = chunk; k < i; k++) map.push(k);
        chunk = i + 1;
        i++;
      }
    }
  }
  inner += s.slice(chunk, i);
  for (let k = chunk; k < i; k++) map.push(k);
  map.push(i);
  const closed = i < p.end;
  p.pos = closed ? i + 1 : p.end;
  if (!closed) error(p, 'unterminated command substitution: missing closing backquote', start, p.end);
  if (p.depth >= MAX_DEPTH) return { kind: 'literal', value: s.slice(start, p.pos), raw: s.slice(start, p.pos) };
  const sub = createState(inner, 0, inner.length, (o, isEnd) => p.locate(map[o] ?? i, isEnd), p.errors);
  sub.depth = p.depth + 1;
  const script = parseScriptBody(sub, false);
  return { kind: 'command-substitution', backtick: true, script, raw: s.slice(start, p.pos) };
}

/** At `$`: a parameter, substitution or arithmetic part, or a literal `$`. */
function parseDollar(p: ParserState): WordPart {
  const start = p.pos;
  const n = peek(p, 1);
  if (n === 0x7b) return parseBraced(p, start);
  if (n === 0x28) return peek(p, 2) === 0x28 ? parseArithmetic(p, start) : parseCommandSubstitution(p, start);
  if (isNameStart(n)) {
    let i = start + 2;
    while (i < p.end && isNameChar(p.s.charCodeAt(i))) i++;
    p.pos = i;
    return { kind: 'parameter', name: p.s.slice(start + 1, i), braced: false, operator: undefined, operand: undefined, length: false, raw: p.s.slice(start, i) };
  }
  if (isSpecialParam(n)) {
    p.pos = start + 2;
    return { kind: 'parameter', name: String.fromCharCode(n), braced: false, operator: undefined, operand: undefined, length: false, raw: p.s.slice(start, start + 2) };
  }
  p.pos = start + 1;
  return { kind: 'literal', value: '$', raw: '$' };
}

function parseSingleQuoted(p: ParserState, start: number, ansi: boolean): WordPart {
  const from = start + (ansi ? 2 : 1);
  let close = -1;
  for (let i = from; i < p.end; i++) {
    const c = p.s.charCodeAt(i);
    if (ansi && c === 0x5c) i++;
    else if (c === 0x27) {
      close = i;
      break;
    }
  }
  if (close < 0) {
    error(p, 'unterminated quoted string', start, p.end);
    p.pos = p.end;
    return { kind: 'single-quoted', value: p.s.slice(from, p.end), raw: p.s.slice(start, p.end) };
  }
  p.pos = close + 1;
  return { kind: 'single-quoted', value: p.s.slice(from, close), raw: p.s.slice(start, close + 1) };
}

function parseDoubleQuoted(p: ParserState, start: number): WordPart {
  const parts: WordPart[] = [];
  let lit = '';
  let litRaw = start + 1;
  p.pos = start + 1;
  const flush = () => {
    if (lit !== '' || p.pos > litRaw) parts.push({ kind: 'literal', value: lit, raw: p.s.slice(litRaw, p.pos) });
    lit = '';
  };
  for (;;) {
    const c = peek(p);
    if (c === -1) {
      error(p, 'unterminated quoted string', start, p.end);
      flush();
      break;
    }
    if (c === 0x22) {
      flush();
      p.pos++;
      break;
    }
    if (c === 0x5c) {
      const n = peek(p, 1);
      if (n === 0x24 || n === 0x60 || n === 0x22 || n === 0x5c) {
        lit += String.fromCharCode(n);
        p.pos += 2;
      } else if (n === NL) p.pos += 2;
      else {
        lit += '\\';
        p.pos++;
      }
      continue;
    }
    if (c === 0x24 || c === 0x60) {
      flush();
      const part = c === 0x24 ? parseDollar(p) : parseBacktick(p, p.pos);
      parts.push(part);
      litRaw = p.pos;
      continue;
    }
    lit += String.fromCharCode(c);
    p.pos++;
  }
  return { kind: 'double-quoted', parts, raw: p.s.slice(start, p.pos) };
}

function staticValue(parts: readonly WordPart[]): string | undefined {
  let v = '';
  for (const part of parts) {
    switch (part.kind) {
      case 'literal':
      case 'single-quoted':
        v += part.value;
        break;
      case 'double-quoted': {
        const inner = staticValue(part.parts);
        if (inner === undefined) return undefined;
        v += inner;
        break;
      }
      default:
        return undefined;
    }
  }
  return v;
}

/** Reads one word at the cursor (the caller has checked it does not start with a metacharacter). */
export function parseWord(p: ParserState): ShellWord {
  const start = p.pos;
  // Fast path: a word of plain characters only (most words).
  const plain = plainEnd(p, start);
  if (plain > start && isMeta(peekAt(p, plain))) {
    p.pos = plain;
    const raw = p.s.slice(start, plain);
    return { kind: 'word', raw, value: raw, parts: [{ kind: 'literal', value: raw, raw }], quoted: false, range: range(p, start, plain) };
  }
  const parts: WordPart[] = [];
  let lit = '';
  let litStart = start;
  let quoted = false;
  const flush = () => {
    if (p.pos > litStart) parts.push({ kind: 'literal', value: lit, raw: p.s.slice(litStart, p.pos) });
    lit = '';
  };
  for (;;) {
    const run = plainEnd(p, p.pos);
    if (run > p.pos) {
      lit += p.s.slice(p.pos, run);
      p.pos = run;
    }
    const c = peek(p);
    if (isMeta(c)) break;
    if (c === 0x5c) {
      const n = peek(p, 1);
      if (n === NL) p.pos += 2;
      else if (n === -1) {
        lit += '\\';
        p.pos++;
      } else {
        lit += p.s[p.pos + 1];
        p.pos += 2;
        quoted = true;
      }
      continue;
    }
    if (c === 0x27 || c === 0x22 || c === 0x24 || c === 0x60) {
      flush();
      const at = p.pos;
      let part: WordPart;
      if (c === 0x27) {
        part = parseSingleQuoted(p, at, false);
        quoted = true;
      } else if (c === 0x22) {
        part = parseDoubleQuoted(p, at);
        quoted = true;
      } else if (c === 0x24 && peek(p, 1) === 0x27) {
        part = parseSingleQuoted(p, at, true);
        quoted = true;
      } else if (c === 0x24) part = parseDollar(p);
      else part = parseBacktick(p, at);
      parts.push(part);
      litStart = p.pos;
      continue;
    }
    lit += String.fromCharCode(c);
    p.pos++;
  }
  flush();
  return { kind: 'word', raw: p.s.slice(start, p.pos), value: staticValue(parts), parts, quoted, range: range(p, start, p.pos) };
}
