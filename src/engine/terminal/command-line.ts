/**
 * The command line as a small POSIX-like shell reads it: words split on blanks, `'…'` and `"…"` quoting,
 * backslash escapes, `NAME=value` prefixes, and the list operators `&&`, `||` and `;` (so
 * `docker build -t app . && docker run app` works as it does at work). Pipes, redirections, `$(…)` and
 * background jobs are not run here; the learner is told so rather than getting a silently different result.
 */

export interface Word {
  readonly text: string;
  /** Offsets in the line (for completion): where the word starts and ends as typed, quotes included. */
  readonly start: number;
  readonly end: number;
}

export interface SimpleCommand {
  /** `NAME=value` words before the command (`DOCKER_BUILDKIT=1 docker build .`). */
  readonly assignments: Readonly<Record<string, string>>;
  readonly words: readonly Word[];
}

export interface ListItem {
  readonly command: SimpleCommand;
  /** How the next command depends on this one. */
  readonly then: '&&' | '||' | ';' | undefined;
}

export type ParsedLine =
  | { readonly ok: true; readonly items: readonly ListItem[] }
  | { readonly ok: false; readonly error: string };

type Token = { readonly kind: 'word'; readonly word: Word } | { readonly kind: 'op'; readonly op: '&&' | '||' | ';' };

type Lexed =
  | { readonly ok: true; readonly tokens: readonly Token[]; readonly open: boolean }
  | { readonly ok: false; readonly error: string };

const UNSUPPORTED: Readonly<Record<string, string>> = {
  '|': 'pipes',
  '>': 'redirections',
  '<': 'redirections',
  '&': 'background jobs',
  '`': 'command substitution',
};

/** Splits a line into tokens. `open` is true when the line ends inside a word (for completion). */
export function lex(line: string): Lexed {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === ' ' || ch === '\t') {
      i++;
      continue;
    }
    if (ch === '#' ) break; // a comment runs to the end of the line
    const two = line.slice(i, i + 2);
    if (two === '&&' || two === '||') {
      tokens.push({ kind: 'op', op: two });
      i += 2;
      continue;
    }
    if (ch === ';') {
      tokens.push({ kind: 'op', op: ';' });
      i++;
      continue;
    }
    if (ch in UNSUPPORTED || two === '$(') {
      const what = two === '$(' ? 'command substitution' : UNSUPPORTED[ch]!;
      return { ok: false, error: `sh: ${what} are not supported in this terminal; run one command at a time (&&, || and ; work)` };
    }
    const start = i;
    let text = '';
    let quote: '"' | "'" | undefined;
    while (i < line.length) {
      const c = line[i]!;
      if (quote === "'") {
        if (c === "'") quote = undefined;
        else text += c;
        i++;
        continue;
      }
      if (quote === '"') {
        if (c === '"') quote = undefined;
        else if (c === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1]!)) {
          text += line[i + 1];
          i++;
        } else text += c;
        i++;
        continue;
      }
      if (c === ' ' || c === '\t' || c === ';' || c === '|' || c === '&' || c === '>' || c === '<') break;
      if (c === "'" || c === '"') quote = c;
      else if (c === '\\') {
        if (i + 1 < line.length) text += line[i + 1];
        i++;
      } else text += c;
      i++;
    }
    if (quote) return { ok: false, error: `sh: unexpected end of line while looking for the matching ${quote}` };
    tokens.push({ kind: 'word', word: { text, start, end: i } });
  }
  const last = line[line.length - 1];
  const open = tokens.length > 0 && tokens[tokens.length - 1]!.kind === 'word' && last !== ' ' && last !== '\t';
  return { ok: true, tokens, open };
}

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** Parses a line into a list of simple commands joined by `&&`, `||` and `;`. */
export function parseCommandLine(line: string): ParsedLine {
  const lexed = lex(line);
  if (!lexed.ok) return lexed;
  const items: ListItem[] = [];
  let words: Word[] = [];
  const flush = (then: ListItem['then']): string | undefined => {
    if (words.length === 0) return then === undefined ? undefined : `sh: syntax error near unexpected token \`${then}'`;
    const assignments: Record<string, string> = {};
    let k = 0;
    while (k < words.length && ASSIGNMENT.test(words[k]!.text)) {
      const text = words[k]!.text;
      const eq = text.indexOf('=');
      assignments[text.slice(0, eq)] = text.slice(eq + 1);
      k++;
    }
    items.push({ command: { assignments, words: words.slice(k) }, then });
    words = [];
    return undefined;
  };
  for (const token of lexed.tokens) {
    if (token.kind === 'word') words.push(token.word);
    else {
      const error = flush(token.op);
      if (error) return { ok: false, error };
    }
  }
  const last = lexed.tokens[lexed.tokens.length - 1];
  if (last?.kind === 'op' && last.op !== ';') return { ok: false, error: `sh: syntax error: the line ends after \`${last.op}'` };
  flush(undefined);
  return { ok: true, items };
}
