/**
 * Shell word expansion over the shell-words model (POSIX "Word Expansions", XCU 2.6): parameter
 * expansion with the common operators, command substitution of a few well-known commands, field
 * splitting of unquoted expansions, and pathname expansion (globs) against the simulated filesystem.
 * Values that only a real run could know come back marked `unknown`, so that a command can say it
 * had to estimate.
 */
import type { ShellWord, WordPart } from '../../shell/types.ts';
import type { DirNode } from '../types.ts';
import { goMatch } from '../../context/go-match.ts';
import { joinPath, normalizePath } from '../fs-path.ts';
import { lookup } from '../fs-tree.ts';
import type { VarStore } from './var-store.ts';

export interface ShellVars {
  readonly vars: VarStore;
  /** `$?` */
  lastStatus: number;
  cwd: string;
  /** Runs a command substitution; returns its output, or `undefined` when it cannot be known. */
  readonly substitute: (script: import('../../shell/types.ts').ShellScript) => string | undefined;
}

export interface ExpandedFields {
  readonly fields: readonly string[];
  /** Some part's value could not be known (an unknown command substitution, `$RANDOM` ...). */
  readonly unknown: boolean;
}

/** Placeholder for a value only a real run knows. */
export const UNKNOWN_VALUE = '\u2026';

interface Piece {
  readonly text: string;
  /** Unquoted expansion result: subject to field splitting. */
  readonly split: boolean;
  /** Unquoted literal text: its glob characters are live. */
  readonly glob: boolean;
}

/** The one field of a word that needs no expansion (no parameter, substitution or live glob), if it is one. */
export function plainWordValue(word: ShellWord): string | undefined {
  return word.value !== undefined && !hasLiveGlob(word) ? word.value : undefined;
}

/** Expands one word into fields (0..n), as the shell does for a command's words. */
export function expandWord(word: ShellWord, sh: ShellVars, fs: DirNode | undefined): ExpandedFields {
  if (word.value !== undefined && !hasLiveGlob(word)) return { fields: [word.value], unknown: false };
  const state = { unknown: false };
  const pieces: Piece[] = [];
  collect(word.parts, false, sh, pieces, state);
  const fields = splitFields(pieces, word.quoted || word.parts.length === 0);
  const out: string[] = [];
  for (const f of fields) {
    if (f.glob && fs !== undefined) {
      const matches = expandGlob(f.text, fs, sh.cwd);
      if (matches.length > 0) {
        out.push(...matches);
        continue;
      }
    }
    out.push(unescapeGlob(f.text, f.glob));
  }
  return { fields: out, unknown: state.unknown };
}

/** Expands a word to one string (no splitting, no globbing): assignments, redirect targets, heredocs. */
export function expandWordToString(word: ShellWord, sh: ShellVars): { readonly value: string; readonly unknown: boolean } {
  if (word.value !== undefined) return { value: word.value, unknown: false };
  const state = { unknown: false };
  const pieces: Piece[] = [];
  collect(word.parts, true, sh, pieces, state);
  return { value: pieces.map((p) => p.text).join(''), unknown: state.unknown };
}

/** Parameter expansion inside a text (heredoc bodies, operands): `$NAME` and `${NAME}` only. */
export function expandText(text: string, sh: ShellVars): string {
  return text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, a: string | undefined, b: string | undefined) =>
    sh.vars.get((a ?? b) as string) ?? '',
  );
}

function collect(parts: readonly WordPart[], quoted: boolean, sh: ShellVars, out: Piece[], state: { unknown: boolean }): void {
  for (const part of parts) {
    switch (part.kind) {
      case 'literal':
        // Keep backslash escapes of glob characters so that `\*` stays a literal star.
        out.push({ text: quoted ? part.value : globSafeLiteral(part), split: false, glob: !quoted });
        break;
      case 'single-quoted':
        out.push({ text: quoted ? part.value : escapeGlob(part.value), split: false, glob: false });
        break;
      case 'double-quoted': {
        const inner: Piece[] = [];
        collect(part.parts, true, sh, inner, state);
        const text = inner.map((p) => p.text).join('');
        out.push({ text: quoted ? text : escapeGlob(text), split: false, glob: false });
        break;
      }
      case 'parameter': {
        const value = parameter(part, sh, state);
        out.push({ text: quoted ? value : escapeGlob(value), split: !quoted, glob: false });
        break;
      }
      case 'command-substitution': {
        const value = sh.substitute(part.script);
        if (value === undefined) state.unknown = true;
        const text = (value ?? UNKNOWN_VALUE).replace(/\n+$/, '');
        out.push({ text: quoted ? text : escapeGlob(text), split: !quoted, glob: false });
        break;
      }
      case 'arithmetic': {
        const value = arithmetic(part.expression, sh);
        if (value === undefined) state.unknown = true;
        out.push({ text: value ?? '0', split: !quoted, glob: false });
        break;
      }
    }
  }
}

function parameter(part: Extract<WordPart, { kind: 'parameter' }>, sh: ShellVars, state: { unknown: boolean }): string {
  const name = part.name;
  let value: string | undefined;
  if (name === '?') value = String(sh.lastStatus);
  else if (name === '$') value = '1';
  else if (name === '#') value = '0';
  else if (name === '0') value = '/bin/sh';
  else if (name === '@' || name === '*' || /^\d+$/.test(name)) value = undefined;
  else if (name === 'RANDOM') {
    state.unknown = true;
    value = UNKNOWN_VALUE;
  } else if (name === 'PWD') value = sh.vars.get('PWD') ?? sh.cwd;
  else value = sh.vars.get(name);
  if (part.length) return String((value ?? '').length);
  const op = part.operator;
  if (op === undefined) return value ?? '';
  const operand = expandText(part.operand ?? '', sh);
  switch (op) {
    case ':-':
      return value === undefined || value === '' ? operand : value;
    case '-':
      return value === undefined ? operand : value;
    case ':=':
    case '=':
      if (value === undefined || (op === ':=' && value === '')) {
        sh.vars.set(name, operand);
        return operand;
      }
      return value;
    case ':+':
      return value === undefined || value === '' ? '' : operand;
    case '+':
      return value === undefined ? '' : operand;
    case ':?':
    case '?':
      return value ?? '';
    case '#':
    case '##':
      return trimPattern(value ?? '', operand, 'prefix', op === '##');
    case '%':
    case '%%':
      return trimPattern(value ?? '', operand, 'suffix', op === '%%');
    default:
      // `${X/a/b}`, `${X:1:2}` (bash): not POSIX; keep the value and say it is unknown.
      state.unknown = true;
      return value ?? '';
  }
}

function trimPattern(value: string, pattern: string, side: 'prefix' | 'suffix', longest: boolean): string {
  const glob = pattern.replace(/\[!/g, '[^');
  const candidates: number[] = [];
  for (let i = 0; i <= value.length; i++) candidates.push(i);
  if (side === 'prefix') {
    const order = longest ? candidates.reverse() : candidates;
    for (const i of order) if (goMatch(glob, value.slice(0, i).replace(/\//g, '\u0001')) === true || goMatch(glob, value.slice(0, i)) === true) return value.slice(i);
  } else {
    const order = longest ? candidates : candidates.reverse();
    for (const i of order) if (goMatch(glob, value.slice(i).replace(/\//g, '\u0001')) === true || goMatch(glob, value.slice(i)) === true) return value.slice(0, i);
  }
  return value;
}

function arithmetic(expression: string, sh: ShellVars): string | undefined {
  const substituted = expression.replace(/\$?\b([A-Za-z_][A-Za-z0-9_]*)\b/g, (_m, n: string) => sh.vars.get(n) ?? '0');
  if (!/^[\d\s+\-*/%()]+$/.test(substituted)) return undefined;
  // A tiny evaluator for + - * / % and parentheses on integers.
  const tokens = substituted.match(/\d+|[+\-*/%()]/g) ?? [];
  let i = 0;
  const expr = (): number => {
    let v = term();
    while (tokens[i] === '+' || tokens[i] === '-') v = tokens[i++] === '+' ? v + term() : v - term();
    return v;
  };
  const term = (): number => {
    let v = factor();
    while (tokens[i] === '*' || tokens[i] === '/' || tokens[i] === '%') {
      const op = tokens[i++];
      const r = factor();
      v = op === '*' ? v * r : r === 0 ? 0 : op === '/' ? Math.trunc(v / r) : v % r;
    }
    return v;
  };
  const factor = (): number => {
    const t = tokens[i++];
    if (t === '(') {
      const v = expr();
      i++;
      return v;
    }
    if (t === '-') return -factor();
    return Number(t ?? 0);
  };
  const value = expr();
  return Number.isFinite(value) ? String(value) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Field splitting and globbing

interface Field {
  readonly text: string;
  readonly glob: boolean;
}

function splitFields(pieces: readonly Piece[], keepEmpty: boolean): Field[] {
  const fields: Field[] = [];
  let current = '';
  let glob = false;
  let started = keepEmpty;
  for (const p of pieces) {
    if (!p.split) {
      current += p.text;
      glob ||= p.glob && hasGlobChar(p.text);
      started = true;
      continue;
    }
    const parts = p.text.split(/[ \t\n]+/);
    parts.forEach((segment, index) => {
      if (index > 0) {
        if (started || current !== '') fields.push({ text: current, glob });
        current = '';
        glob = false;
        started = false;
      }
      if (segment !== '') {
        current += segment;
        started = true;
      }
    });
  }
  if (started || current !== '') fields.push({ text: current, glob });
  return fields;
}

const GLOB_ESCAPE = '\u0000';

function escapeGlob(text: string): string {
  return hasGlobChar(text) ? text.replace(/[*?[]/g, (c) => GLOB_ESCAPE + c) : text;
}

function globSafeLiteral(part: Extract<WordPart, { kind: 'literal' }>): string {
  // In `raw`, a backslash before a glob character makes it literal; mark it so globbing skips it.
  if (!part.raw.includes('\\')) return part.value;
  let out = '';
  for (let i = 0; i < part.raw.length; i++) {
    const c = part.raw[i] as string;
    if (c === '\\' && i + 1 < part.raw.length) {
      const next = part.raw[++i] as string;
      if (next === '\n') continue;
      out += next === '*' || next === '?' || next === '[' ? GLOB_ESCAPE + next : next;
    } else out += c;
  }
  return out;
}

function unescapeGlob(text: string, _glob: boolean): string {
  return text.includes(GLOB_ESCAPE) ? text.split(GLOB_ESCAPE).join('') : text;
}

function hasGlobChar(text: string): boolean {
  return text.includes('*') || text.includes('?') || text.includes('[');
}

function hasLiveGlob(word: ShellWord): boolean {
  return word.parts.some((p) => p.kind === 'literal' && hasGlobChar(p.value));
}

/** Pathname expansion against the simulated filesystem; sorted matches, `[]` when nothing matches. */
export function expandGlob(pattern: string, fs: DirNode, cwd: string): string[] {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s) => s !== '');
  let bases: string[] = [absolute ? '/' : normalizePath('.', cwd)];
  for (const segment of segments) {
    const live = segment.replace(new RegExp(`${GLOB_ESCAPE}[*?[]`, 'g'), '');
    const plain = segment.split(GLOB_ESCAPE).join('');
    const next: string[] = [];
    for (const base of bases) {
      if (!hasGlobChar(live)) {
        const path = joinPath(base, plain);
        if (segment === segments[segments.length - 1] || lookup(fs, path)?.kind === 'dir') next.push(path);
        continue;
      }
      const dir = lookup(fs, base);
      if (dir?.kind !== 'dir') continue;
      const goPattern = segment.replace(new RegExp(`${GLOB_ESCAPE}([*?[])`, 'g'), '\\$1').replace(/\[!/g, '[^');
      for (const name of [...dir.children.keys()].sort()) {
        if (name.startsWith('.') && !plain.startsWith('.')) continue;
        if (goMatch(goPattern, name) === true) next.push(joinPath(base, name));
      }
    }
    bases = next;
    if (bases.length === 0) return [];
  }
  const matches = bases.filter((p) => lookup(fs, p, false) !== undefined);
  if (absolute) return matches;
  const prefix = normalizePath('.', cwd);
  return matches.map((p) => (prefix === '/' ? p.slice(1) : p.slice(prefix.length + 1)));
}
