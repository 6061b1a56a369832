/**
 * Expands the words of a shell command as the shell would at run time, as far as the simulation can:
 * quotes, `"$@"` / `$1` (the script's arguments), `$NAME` / `${NAME:-default}` from the environment,
 * and field splitting of unquoted expansions on blanks (the default IFS). A command substitution or an
 * operator the simulation does not evaluate makes the word unknown; it is then kept as written.
 */
import type { ShellWord, WordPart } from '../shell/types.ts';

export interface WordScope {
  /** `$0` */
  readonly arg0: string;
  /** `$1` ... */
  readonly positional: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

/** Fields of one word, or `undefined` when part of it cannot be known before it runs. */
export function expandWord(word: ShellWord, scope: WordScope): string[] | undefined {
  // Each field is built from pieces; `split` pieces may break into several fields.
  const fields: string[][] = [[]];
  let quotedEmpty = false;
  const pushText = (text: string) => {
    (fields[fields.length - 1] as string[]).push(text);
  };
  const pushSplit = (text: string) => {
    const parts = text.split(/[ \t\n]+/);
    parts.forEach((p, i) => {
      if (i > 0) fields.push([]);
      if (p !== '') pushText(p);
    });
  };
  const walk = (parts: readonly WordPart[], quoted: boolean): boolean => {
    for (const part of parts) {
      switch (part.kind) {
        case 'literal':
        case 'single-quoted':
          pushText(part.value);
          if (part.kind === 'single-quoted' && part.value === '') quotedEmpty = true;
          break;
        case 'double-quoted':
          if (part.parts.length === 0) quotedEmpty = true;
          if (!walk(part.parts, true)) return false;
          break;
        case 'parameter': {
          if (part.length) return false;
          if (part.name === '@' || part.name === '*') {
            if (quoted && part.name === '@') {
              scope.positional.forEach((arg, i) => {
                if (i > 0) fields.push([]);
                pushText(arg);
              });
              if (scope.positional.length === 0) quotedEmpty = false;
            } else if (quoted) pushText(scope.positional.join(' '));
            else pushSplit(scope.positional.join(' '));
            break;
          }
          const value = parameterValue(part.name, part.operator, part.operand, scope);
          if (value === undefined) return false;
          if (quoted) pushText(value);
          else pushSplit(value);
          break;
        }
        default:
          return false;
      }
    }
    return true;
  };
  if (!walk(word.parts, false)) return undefined;
  const out = fields.map((f) => f.join('')).filter((f, i, all) => f !== '' || (all.length === 1 && quotedEmpty));
  return out;
}

function parameterValue(name: string, operator: string | undefined, operand: string | undefined, scope: WordScope): string | undefined {
  let value: string | undefined;
  if (name === '0') value = scope.arg0;
  else if (/^\d+$/.test(name)) value = scope.positional[Number(name) - 1];
  else if (name === '#') value = String(scope.positional.length);
  else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) value = scope.env[name];
  else return undefined;
  switch (operator) {
    case undefined:
      return value ?? '';
    case ':-':
      return value === undefined || value === '' ? (operand ?? '') : value;
    case '-':
      return value === undefined ? (operand ?? '') : value;
    case ':+':
      return value === undefined || value === '' ? '' : (operand ?? '');
    case '+':
      return value === undefined ? '' : (operand ?? '');
    default:
      return undefined;
  }
}

/** The command's argv (name and arguments), or `undefined` when a word cannot be known. */
export function expandCommand(words: readonly ShellWord[], scope: WordScope): string[] | undefined {
  const argv: string[] = [];
  for (const w of words) {
    const fields = expandWord(w, scope);
    if (fields === undefined) return undefined;
    argv.push(...fields);
  }
  return argv;
}

/** Best effort for display: known fields, or the raw text of unknown words. */
export function displayCommand(words: readonly ShellWord[], scope: WordScope): string[] {
  const argv: string[] = [];
  for (const w of words) argv.push(...(expandWord(w, scope) ?? [w.raw]));
  return argv;
}
