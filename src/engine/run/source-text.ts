/**
 * Small, linear scans over program source text (JavaScript, Python) used to read signal handlers:
 * the balanced argument list of a call, a function's body by name, the line of an offset. No parsing
 * beyond brackets, strings and comments; every loop is bounded by the text's length.
 */

/** 1-based line of `offset`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The trimmed source line containing `offset`. */
export function lineTextAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end).trim();
}

/** How far a bracket is looked for: handlers are short, and a bound keeps odd input linear. */
export const MAX_SPAN = 20_000;

/**
 * From `start` (just inside an opening bracket), the offset of the matching closing bracket, skipping
 * strings and comments; the end of the searched span when unbalanced.
 */
export function matchBracket(text: string, start: number, python = false): number {
  let depth = 0;
  const end = Math.min(text.length, start + MAX_SPAN);
  for (let i = start; i < end; i++) {
    const c = text[i] as string;
    if (c === '"' || c === "'" || c === '`') {
      i = skipString(text, i, c);
      continue;
    }
    if (!python && c === '/' && text[i + 1] === '/') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
      continue;
    }
    if (!python && c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 1;
      continue;
    }
    if (python && c === '#') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
      continue;
    }
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return end;
}

function skipString(text: string, start: number, quote: string): number {
  const end = Math.min(text.length, start + MAX_SPAN);
  for (let i = start + 1; i < end; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === quote) return i;
    else if (c === '\n' && quote !== '`') return i;
  }
  return end;
}

/** The text of the call arguments after `openParen` (the offset of `(`). */
export function callArguments(text: string, openParen: number, python = false): string {
  const close = matchBracket(text, openParen + 1, python);
  return text.slice(openParen + 1, close);
}

/** Splits an argument list at top-level commas. */
export function splitArguments(args: string, python = false): string[] {
  const out: string[] = [];
  let from = 0;
  let i = 0;
  while (i < args.length) {
    const c = args[i] as string;
    if (c === '(' || c === '{' || c === '[') {
      i = matchBracket(args, i + 1, python) + 1;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      i = skipString(args, i, c) + 1;
      continue;
    }
    if (c === ',') {
      out.push(args.slice(from, i).trim());
      from = i + 1;
    }
    i++;
  }
  out.push(args.slice(from).trim());
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The body of JavaScript function `name` (`function name(`, `name = (…) =>`, `name(…) {` in a class). */
export function jsFunctionBody(text: string, name: string): string | undefined {
  const id = escapeRegExp(name);
  const patterns = [
    new RegExp(`function\\s*\\*?\\s*${id}\\s*\\(`),
    new RegExp(`(?:const|let|var)\\s+${id}\\s*=\\s*(?:async\\s*)?(?:function\\b[^(]*)?\\(?`),
    new RegExp(`(?:^|\\n)\\s*(?:async\\s+)?${id}\\s*\\([^)]*\\)\\s*\\{`),
  ];
  for (const re of patterns) {
    const m = re.exec(text);
    if (m === null) continue;
    const from = m.index + m[0].length;
    const brace = text.indexOf('{', from);
    const arrow = text.indexOf('=>', from);
    if (arrow >= 0 && (brace < 0 || arrow < brace)) {
      const after = text.slice(arrow + 2).trimStart();
      if (!after.startsWith('{')) {
        const end = text.indexOf('\n', arrow);
        return text.slice(arrow + 2, end < 0 ? text.length : end);
      }
    }
    if (brace < 0) return undefined;
    return text.slice(brace + 1, matchBracket(text, brace + 1));
  }
  return undefined;
}

/** The body of Python function `name`: the lines after `def name(…):` indented deeper than the `def`. */
export function pyFunctionBody(text: string, name: string): string | undefined {
  const m = new RegExp(`^([ \\t]*)(?:async\\s+)?def\\s+${escapeRegExp(name)}\\s*\\(`, 'm').exec(text);
  if (m === null) return undefined;
  const indent = (m[1] ?? '').length;
  const colon = text.indexOf(':', matchBracket(text, m.index + m[0].length));
  if (colon < 0) return undefined;
  const sameLine = text.slice(colon + 1, text.indexOf('\n', colon) < 0 ? text.length : text.indexOf('\n', colon)).trim();
  if (sameLine !== '' && !sameLine.startsWith('#')) return sameLine;
  const lines: string[] = [];
  let pos = text.indexOf('\n', colon) + 1;
  while (pos > 0 && pos < text.length) {
    const end = text.indexOf('\n', pos);
    const line = text.slice(pos, end < 0 ? text.length : end);
    if (line.trim() !== '') {
      const lead = /^[ \t]*/.exec(line)?.[0].length ?? 0;
      if (lead <= indent) break;
      lines.push(line);
    }
    if (end < 0) break;
    pos = end + 1;
  }
  return lines.join('\n');
}
