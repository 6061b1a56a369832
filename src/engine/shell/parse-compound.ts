/**
 * Compound commands (POSIX 2.9.4): `( )`, `{ }`, if, while/until, for, case, and function
 * definitions. Recognised and parsed into their parts; their lists come from parse-commands.ts.
 */
import type { CaseClause, CommandList, ForLoop, FunctionDefinition, Group, IfClause, ShellWord, Subshell, WhileLoop } from './types.ts';
import type { ParserState } from './parser-state.ts';
import { error, isMeta, peek, range, skipBlanks, skipLinebreaks } from './parser-state.ts';
import { parseWord } from './parse-word.ts';
import { expectReserved, peekReserved } from './reserved-words.ts';
// Compound commands hold lists, which hold compound commands: the two modules need each other.
import { parseCommand, parseList, parseTrailingRedirects } from './parse-commands.ts';

export function emptyList(p: ParserState): CommandList {
  return { kind: 'list', items: [], range: range(p, p.pos, p.pos) };
}

function emptyGroup(p: ParserState): Group {
  return { kind: 'group', body: emptyList(p), redirects: [], range: range(p, p.pos, p.pos) };
}

function listUntil(p: ParserState, terms: readonly string[], caseItem = false): CommandList {
  return parseList(p, { terms, closeParen: false, caseItem });
}

export function parseIf(p: ParserState, start: number): IfClause {
  p.pos += 2;
  const branches: { condition: CommandList; body: CommandList }[] = [];
  let elseBody: CommandList | undefined;
  for (;;) {
    const condition = listUntil(p, ['then']);
    if (!expectReserved(p, 'then', start)) {
      branches.push({ condition, body: emptyList(p) });
      break;
    }
    const body = listUntil(p, ['elif', 'else', 'fi']);
    branches.push({ condition, body });
    skipLinebreaks(p);
    const r = peekReserved(p);
    if (r === 'elif') {
      p.pos += 4;
      continue;
    }
    if (r === 'else') {
      p.pos += 4;
      elseBody = listUntil(p, ['fi']);
    }
    expectReserved(p, 'fi', start);
    break;
  }
  return { kind: 'if', branches, elseBody, redirects: parseTrailingRedirects(p), range: range(p, start, p.pos) };
}

export function parseWhile(p: ParserState, start: number, until: boolean): WhileLoop {
  p.pos += 5; // `while` and `until`
  const condition = listUntil(p, ['do']);
  let body = emptyList(p);
  if (expectReserved(p, 'do', start)) {
    body = listUntil(p, ['done']);
    expectReserved(p, 'done', start);
  }
  return { kind: 'while', until, condition, body, redirects: parseTrailingRedirects(p), range: range(p, start, p.pos) };
}

export function parseFor(p: ParserState, start: number): ForLoop {
  p.pos += 3;
  skipBlanks(p);
  const variable = isMeta(peek(p)) ? '' : parseWord(p).raw;
  if (variable === '') error(p, 'syntax error: missing loop variable after "for"', start, p.pos);
  skipLinebreaks(p);
  let words: ShellWord[] | undefined;
  if (peekReserved(p) === 'in') {
    p.pos += 2;
    words = [];
    for (;;) {
      skipBlanks(p);
      if (isMeta(peek(p))) break;
      words.push(parseWord(p));
    }
  }
  skipBlanks(p);
  if (peek(p) === 0x3b) p.pos++;
  let body = emptyList(p);
  if (expectReserved(p, 'do', start)) {
    body = listUntil(p, ['done']);
    expectReserved(p, 'done', start);
  }
  return { kind: 'for', variable, words, body, redirects: parseTrailingRedirects(p), range: range(p, start, p.pos) };
}

export function parseCase(p: ParserState, start: number): CaseClause {
  p.pos += 4;
  skipBlanks(p);
  const word = isMeta(peek(p)) ? undefined : parseWord(p);
  const items: { patterns: ShellWord[]; body: CommandList }[] = [];
  if (expectReserved(p, 'in', start)) {
    for (;;) {
      skipLinebreaks(p);
      if (peekReserved(p) === 'esac' || p.pos >= p.end) break;
      if (peek(p) === 0x28) p.pos++;
      const patterns: ShellWord[] = [];
      for (;;) {
        skipBlanks(p);
        if (isMeta(peek(p))) break;
        patterns.push(parseWord(p));
        skipBlanks(p);
        if (peek(p) === 0x7c) p.pos++;
        else break;
      }
      if (peek(p) !== 0x29) {
        error(p, 'syntax error: expected ")" after case pattern', start, p.pos);
        break;
      }
      p.pos++;
      const body = listUntil(p, ['esac'], true);
      items.push({ patterns, body });
      skipLinebreaks(p);
      if (p.s.startsWith(';;', p.pos) || p.s.startsWith(';&', p.pos)) p.pos += 2;
    }
    expectReserved(p, 'esac', start);
  }
  return { kind: 'case', word, items, redirects: parseTrailingRedirects(p), range: range(p, start, p.pos) };
}

export function parseGroup(p: ParserState, start: number): Group {
  p.pos += 1;
  const body = listUntil(p, ['}']);
  expectReserved(p, '}', start);
  return { kind: 'group', body, redirects: parseTrailingRedirects(p), range: range(p, start, p.pos) };
}

export function parseSubshell(p: ParserState, start: number): Subshell {
  p.pos += 1;
  const body = parseList(p, { terms: [], closeParen: true, caseItem: false });
  skipLinebreaks(p);
  if (peek(p) === 0x29) p.pos++;
  else error(p, "syntax error: missing ')'", start, p.pos);
  return { kind: 'subshell', body, redirects: parseTrailingRedirects(p), range: range(p, start, p.pos) };
}

export function parseFunctionBody(p: ParserState, start: number, name: string): FunctionDefinition {
  skipLinebreaks(p);
  const body = parseCommand(p) ?? emptyGroup(p);
  return { kind: 'function', name, body, range: range(p, start, p.pos) };
}

/** `()` after a function name (blanks allowed around); consumes it when present. */
export function functionParens(p: ParserState): boolean {
  let i = p.pos;
  while (i < p.end && (p.s.charCodeAt(i) === 0x20 || p.s.charCodeAt(i) === 0x09)) i++;
  if (p.s.charCodeAt(i) !== 0x28) return false;
  i++;
  while (i < p.end && (p.s.charCodeAt(i) === 0x20 || p.s.charCodeAt(i) === 0x09)) i++;
  if (p.s.charCodeAt(i) !== 0x29) return false;
  p.pos = i + 1;
  return true;
}
