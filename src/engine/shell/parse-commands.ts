/**
 * Lists, pipelines, simple commands and redirections (POSIX 2.9 Shell Commands), by recursive
 * descent; compound commands are in parse-compound.ts. Never throws: a syntax problem is recorded
 * and parsing goes on, so a half-typed RUN line still yields its commands.
 */
import type { AndOrList, Assignment, Command, CommandList, Pipeline, Redirect, RedirectOperator, ShellScript, ShellWord, SimpleCommand } from './types.ts';
import type { MutableRedirect, ParserState } from './parser-state.ts';
import { consumeNewline, error, isBlank, isMeta, MAX_DEPTH, NL, peek, plainEnd, range, skipBlanks, skipLinebreaks } from './parser-state.ts';
import { parseWord } from './parse-word.ts';
import { finishScript } from './annotate.ts';
import { peekPlainWord, peekReserved, RESERVED_FIRST } from './reserved-words.ts';
import { functionParens, parseCase, parseFor, parseFunctionBody, parseGroup, parseIf, parseSubshell, parseWhile } from './parse-compound.ts';

// ---------------------------------------------------------------------------------------------
// Redirections

const REDIRECT_OPS: readonly RedirectOperator[] = ['&>>', '<<<', '<<-', '&>', '>>', '>|', '<>', '<&', '>&', '<<', '<', '>'];

function isRedirectStart(p: ParserState): boolean {
  const c = peek(p);
  if (c === 0x3c || c === 0x3e) return true;
  if (c === 0x26 && peek(p, 1) === 0x3e) return true;
  if (c >= 0x30 && c <= 0x39) {
    let i = p.pos;
    while (i < p.end && p.s.charCodeAt(i) >= 0x30 && p.s.charCodeAt(i) <= 0x39) i++;
    const n = i < p.end ? p.s.charCodeAt(i) : -1;
    return n === 0x3c || n === 0x3e;
  }
  return false;
}

function parseRedirect(p: ParserState): Redirect {
  const start = p.pos;
  let fd: number | undefined;
  if (peek(p) >= 0x30 && peek(p) <= 0x39) {
    let i = p.pos;
    while (p.s.charCodeAt(i) >= 0x30 && p.s.charCodeAt(i) <= 0x39) i++;
    fd = Number.parseInt(p.s.slice(p.pos, i), 10);
    p.pos = i;
  }
  const op = REDIRECT_OPS.find((o) => p.s.startsWith(o, p.pos)) ?? '>';
  p.pos += op.length;
  skipBlanks(p);
  let target: ShellWord | undefined;
  if (!isMeta(peek(p))) target = parseWord(p);
  else error(p, `syntax error: missing file name after ${op}`, start, p.pos);
  const redirect: MutableRedirect = { kind: 'redirect', op, fd, target, heredoc: undefined, range: range(p, start, p.pos) };
  if ((op === '<<' || op === '<<-') && target !== undefined) {
    const delimiter = target.parts.map((part) => (part.kind === 'double-quoted' ? part.parts.map((x) => x.raw).join('') : 'value' in part ? part.value : part.raw)).join('');
    p.pending.push({ redirect, delimiter, quoted: target.quoted, stripTabs: op === '<<-' });
  }
  return redirect;
}

export function parseTrailingRedirects(p: ParserState): Redirect[] {
  const out: Redirect[] = [];
  for (;;) {
    skipBlanks(p);
    if (!isRedirectStart(p)) return out;
    out.push(parseRedirect(p));
  }
}

// ---------------------------------------------------------------------------------------------
// Simple commands

function isNameStartCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/** Length of `NAME=` at the start of `raw`, or 0. */
function assignmentPrefix(raw: string): number {
  if (!isNameStartCode(raw.charCodeAt(0))) return 0;
  let i = 1;
  for (; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!isNameStartCode(c) && !(c >= 0x30 && c <= 0x39)) break;
  }
  return raw.charCodeAt(i) === 0x3d ? i + 1 : 0;
}

function toAssignment(p: ParserState, word: ShellWord, wordStart: number): Assignment | undefined {
  const first = word.parts[0];
  if (first === undefined || first.kind !== 'literal') return undefined;
  const prefix = assignmentPrefix(first.raw);
  if (prefix === 0) return undefined;
  const m = [first.raw.slice(0, prefix)] as const;
  const name = m[0].slice(0, -1);
  const valueRaw = word.raw.slice(m[0].length);
  let value: ShellWord | undefined;
  if (valueRaw !== '') {
    const restFirst = first.raw.slice(m[0].length);
    const parts = restFirst === '' ? word.parts.slice(1) : [{ kind: 'literal' as const, value: first.value.slice(m[0].length), raw: restFirst }, ...word.parts.slice(1)];
    value = {
      kind: 'word',
      raw: valueRaw,
      value: word.value === undefined ? undefined : word.value.slice(m[0].length),
      parts,
      quoted: word.quoted,
      range: { start: p.locate(wordStart + m[0].length, false), end: word.range.end },
    };
  }
  return { kind: 'assignment', name, value, raw: word.raw, range: word.range };
}

/**
 * Shared empty list for the many commands without assignments or redirections (readonly, never mutated). Not
 * frozen: every consumer walks these lists with `for … of`, which allocates at each step over a frozen array.
 */
const NONE: readonly never[] = [];

function parseSimple(p: ParserState): SimpleCommand | undefined {
  const start = p.pos;
  let assignments: Assignment[] | undefined;
  let name: ShellWord | undefined;
  let args: ShellWord[] | undefined;
  let redirects: Redirect[] | undefined;
  for (;;) {
    skipBlanks(p);
    if (isRedirectStart(p)) {
      (redirects ??= []).push(parseRedirect(p));
      continue;
    }
    const c = peek(p);
    if (isMeta(c)) break;
    const wordStart = p.pos;
    const word = parseWord(p);
    if (name === undefined) {
      const assignment = toAssignment(p, word, wordStart);
      if (assignment !== undefined) (assignments ??= []).push(assignment);
      else name = word;
    } else (args ??= []).push(word);
  }
  if (assignments === undefined && name === undefined && redirects === undefined) return undefined;
  const end = Math.max(trimmedEnd(p), start);
  return {
    kind: 'simple',
    assignments: assignments ?? NONE,
    name,
    args: args ?? NONE,
    redirects: redirects ?? NONE,
    context: undefined as unknown as SimpleCommand['context'], // filled in by annotate.ts
    range: range(p, start, end),
  };
}

export function parseCommand(p: ParserState): Command | undefined {
  skipBlanks(p);
  const start = p.pos;
  if (p.depth >= MAX_DEPTH) {
    error(p, 'nesting too deep', start, p.end);
    p.pos = p.end;
    return undefined;
  }
  p.depth++;
  try {
    if (peek(p) === 0x28) return parseSubshell(p, start);
    const word = RESERVED_FIRST.has(peek(p)) ? peekPlainWord(p) : undefined;
    switch (word) {
      case 'if': return parseIf(p, start);
      case 'while': return parseWhile(p, start, false);
      case 'until': return parseWhile(p, start, true);
      case 'for': return parseFor(p, start);
      case 'case': return parseCase(p, start);
      case '{': return parseGroup(p, start);
      case 'function': {
        p.pos += 8;
        skipBlanks(p);
        const name = isMeta(peek(p)) ? '' : parseWord(p).raw;
        functionParens(p);
        return parseFunctionBody(p, start, name);
      }
      case 'then': case 'else': case 'elif': case 'fi': case 'do': case 'done': case 'esac': case '}': case 'in':
        return undefined;
    }
    // `name()`: a function definition
    const nameEnd = plainEnd(p, p.pos);
    if (nameEnd > p.pos && nameEnd < p.end && (p.s.charCodeAt(nameEnd) === 0x28 || isBlank(p.s.charCodeAt(nameEnd)))) {
      const save = p.pos;
      p.pos = nameEnd;
      if (functionParens(p)) return parseFunctionBody(p, start, p.s.slice(start, nameEnd));
      p.pos = save;
    }
    return parseSimple(p);
  } finally {
    p.depth--;
  }
}

// ---------------------------------------------------------------------------------------------
// Pipelines and lists

function parsePipeline(p: ParserState): Pipeline | undefined {
  skipBlanks(p);
  const start = p.pos;
  let negated = false;
  if (peek(p) === 0x21 && isMeta(peek(p, 1))) {
    negated = true;
    p.pos++;
  }
  const first = parseCommand(p);
  if (first === undefined) {
    if (negated) error(p, 'syntax error: expected a command after "!"', start, p.pos);
    return undefined;
  }
  const commands: Command[] = [first];
  for (;;) {
    skipBlanks(p);
    if (peek(p) !== 0x7c || peek(p, 1) === 0x7c) break;
    const opAt = p.pos;
    p.pos += peek(p, 1) === 0x26 ? 2 : 1;
    skipLinebreaks(p);
    const next = parseCommand(p);
    if (next === undefined) {
      error(p, 'syntax error: expected a command after "|"', opAt, p.pos);
      break;
    }
    commands.push(next);
  }
  return { kind: 'pipeline', negated, commands, range: range(p, start, trimmedEnd(p)) };
}

/** The cursor without the blanks just skipped: where the last node ended. */
function trimmedEnd(p: ParserState): number {
  let e = p.pos;
  while (e > 0 && isBlankCode(p.s.charCodeAt(e - 1))) e--;
  return e;
}

function isBlankCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d;
}

/** An and-or list before its separator is read (the parts of an AndOrList). */
interface AndOrParts {
  readonly pipelines: Pipeline[];
  readonly operators: ('&&' | '||')[];
  readonly start: number;
}

function parseAndOr(p: ParserState): AndOrParts | undefined {
  skipBlanks(p);
  const start = p.pos;
  const first = parsePipeline(p);
  if (first === undefined) return undefined;
  const pipelines: Pipeline[] = [first];
  const operators: ('&&' | '||')[] = [];
  for (;;) {
    skipBlanks(p);
    const c = peek(p);
    if ((c !== 0x26 && c !== 0x7c) || peek(p, 1) !== c) break;
    const op = c === 0x26 ? '&&' : '||';
    const opAt = p.pos;
    p.pos += 2;
    skipLinebreaks(p);
    const next = parsePipeline(p);
    if (next === undefined) {
      error(p, `syntax error: expected a command after "${op}"`, opAt, p.pos);
      break;
    }
    operators.push(op);
    pipelines.push(next);
  }
  return { pipelines, operators, start };
}

interface ListOptions {
  readonly terms: readonly string[];
  readonly closeParen: boolean;
  readonly caseItem: boolean;
}

function atListEnd(p: ParserState, o: ListOptions): boolean {
  const c = peek(p);
  if (c === -1) return true;
  if (c === 0x29 && (o.closeParen || o.caseItem)) return true;
  if (o.caseItem && c === 0x3b && peek(p, 1) === 0x3b) return true;
  const r = peekReserved(p);
  return r !== undefined && o.terms.includes(r);
}

export function parseList(p: ParserState, o: ListOptions): CommandList {
  skipLinebreaks(p);
  const start = p.pos;
  const items: AndOrList[] = [];
  for (;;) {
    skipLinebreaks(p);
    if (atListEnd(p, o)) break;
    const before = p.pos;
    const parsed = parseAndOr(p);
    if (parsed === undefined) break;
    skipBlanks(p);
    const endAt = trimmedEnd(p);
    let separator: AndOrList['separator'];
    const c = peek(p);
    if (c === 0x3b && peek(p, 1) !== 0x3b) {
      separator = ';';
      p.pos++;
    } else if (c === 0x26 && peek(p, 1) !== 0x26) {
      separator = '&';
      p.pos++;
    } else if (c === NL) {
      separator = 'newline';
      consumeNewline(p);
    }
    items.push({
      kind: 'and-or',
      pipelines: parsed.pipelines,
      operators: parsed.operators,
      separator,
      background: separator === '&',
      range: range(p, parsed.start, Math.max(endAt, parsed.start)),
    });
    if (separator === undefined || p.pos === before) break;
  }
  return { kind: 'list', items, range: range(p, start, items.length > 0 ? trimmedEnd(p) : start) };
}

const TOP_LEVEL: ListOptions = { terms: [], closeParen: false, caseItem: false };
const IN_PARENS: ListOptions = { terms: [], closeParen: true, caseItem: false };

/** Parses a whole script (`closeParen`: stop at an unmatched `)`, for `$(...)`). */
export function parseScriptBody(p: ParserState, closeParen: boolean): ShellScript {
  const start = p.pos;
  const firstError = p.errors.length;
  const items: AndOrList[] = [];
  for (;;) {
    const list = parseList(p, closeParen ? IN_PARENS : TOP_LEVEL);
    items.push(...list.items);
    skipLinebreaks(p);
    if (p.pos >= p.end || (closeParen && peek(p) === 0x29)) break;
    // Something no command can start with: report it and go on after it.
    const at = p.pos;
    const word = peekPlainWord(p);
    const token = word ?? p.s.slice(at, at + (p.s.startsWith(';;', at) || p.s.startsWith('&&', at) || p.s.startsWith('||', at) ? 2 : 1));
    error(p, `syntax error near unexpected token \`${token}'`, at, at + token.length);
    p.pos = at + Math.max(token.length, 1);
    // The separator after the bad token belongs to it (`fi; echo` reports `fi` only).
    skipBlanks(p);
    if ((peek(p) === 0x3b || peek(p) === 0x26) && peek(p, 1) !== peek(p)) p.pos++;
  }
  let end = p.pos;
  while (end > start && /[ \t\r\n]/.test(p.s[end - 1]!)) end--;
  const body: CommandList = { kind: 'list', items, range: range(p, start, end) };
  return finishScript(p.s.slice(start, p.pos), body, p.depth === 0 ? p.errors : p.errors.slice(firstError), range(p, start, end));
}
