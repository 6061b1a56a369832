/**
 * `.env` files as Compose reads them (compose-go `dotenv/parser.go`, Apache-2.0): `KEY=value`, `KEY: value`,
 * `export KEY=value`, a bare `KEY` inherits from the environment, `#` comments (inline only after a space on
 * unquoted values), single quotes literal, double quotes with `\n`-style escapes, variables expanded in
 * unquoted and double-quoted values from the environment first, then from keys earlier in the file.
 */
import type { Lookup } from './interpolation.ts';
import { substitute } from './interpolation.ts';

export interface DotenvResult {
  readonly values: Readonly<Record<string, string>>;
  /** Compose's words, e.g. `line 3: unterminated quoted value "abc`; `undefined` when the file is fine. */
  readonly error: { readonly line: number; readonly message: string } | undefined;
}

const isSpace = (c: string | undefined): boolean =>
  c === '\t' || c === '\v' || c === '\f' || c === '\r' || c === ' ' || c === '\u0085' || c === '\u00a0';
const isUnicodeSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);

function expand(value: string, out: Record<string, string>, lookup: Lookup): string {
  const result = substitute(value, (name) => lookup(name) ?? (Object.hasOwn(out, name) ? out[name] : undefined));
  return result.error ? value : result.value;
}

const ESCAPES: Readonly<Record<string, string>> = { a: '\x07', b: '\b', c: 'c', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '"': '"', '\\': '\\' };

function expandEscapes(s: string): string {
  return s.replace(/\\(?:[abcfnrtv$"\\]|0\d{0,3})/g, (match) => {
    if (match === '\\$') return '$$';
    if (match.startsWith('\\0')) {
      const digits = match.slice(2);
      // Go's UnquoteChar wants exactly three octal digits after the backslash.
      return digits.length === 3 && /^[0-7]{3}$/.test(digits) ? String.fromCharCode(parseInt(digits, 8)) : match;
    }
    // `\c` is not a Go escape: UnquoteChar fails and the text stays as written.
    return match === '\\c' ? match : (ESCAPES[match[1]!] ?? match);
  });
}

export function parseDotenv(text: string, lookup: Lookup = () => undefined): DotenvResult {
  const out: Record<string, string> = {};
  let src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let line = 1;
  const error = (message: string) => ({ values: out, error: { line, message: `line ${line}: ${message}` } });

  for (;;) {
    // Skip blank space and comment lines.
    let pos = 0;
    for (;;) {
      while (pos < src.length && isUnicodeSpace(src[pos])) {
        if (src[pos] === '\n') line++;
        pos++;
      }
      if (pos >= src.length || src[pos] !== '#') break;
      const nl = src.indexOf('\n', pos);
      if (nl < 0) {
        pos = src.length;
        break;
      }
      pos = nl;
    }
    src = src.slice(pos);
    if (src === '') break;

    if (/^export\s+/.test(src)) src = src.slice('export'.length).replace(/^[\t\v\f\r \u0085\u00a0]+/, '');
    let key = '';
    let offset = -1;
    let inherited = false;
    for (let i = 0; i < src.length; i++) {
      const c = src[i]!;
      if (isSpace(c)) continue;
      if (c === '=' || c === ':' || c === '\n') {
        key = src.slice(0, i);
        offset = i + 1;
        inherited = c === '\n';
        break;
      }
      if (c === '_' || c === '.' || c === '-' || c === '[' || c === ']' || /[\p{L}\p{N}]/u.test(c)) continue;
      return error(`unexpected character "${c}" in variable name "${src.split('\n')[0]}"`);
    }
    if (offset < 0) {
      // A last line with a name and nothing after it: compose-go finds no separator and reads no value.
      key = src;
      offset = src.length;
      inherited = true;
    }
    if (inherited && !key.includes(' ')) line++;
    key = key.replace(/\s+$/u, '');
    if (key.includes(' ')) return error('key cannot contain a space');
    let rest = src.slice(offset).replace(/^[\t\v\f\r \u0085\u00a0]+/, '');

    if (inherited) {
      const value = lookup(key);
      if (value !== undefined) out[key] = value;
      src = rest;
      continue;
    }

    const quote = rest[0] === '"' || rest[0] === "'" ? rest[0] : undefined;
    if (quote === undefined) {
      const nl = rest.indexOf('\n');
      let value = nl < 0 ? rest : rest.slice(0, nl);
      src = nl < 0 ? '' : rest.slice(nl + 1);
      line++;
      const comment = value.indexOf(' #');
      if (comment >= 0) value = value.slice(0, comment);
      out[key] = expand(value.replace(/\s+$/u, ''), out, lookup);
      continue;
    }

    let chars = '';
    let escaped = false;
    let closed = -1;
    for (let i = 1; i < rest.length; i++) {
      const c = rest[i]!;
      if (c === '\n') line++;
      if (c !== quote) {
        if (!escaped && c === '\\') {
          escaped = true;
          continue;
        }
        if (escaped) {
          escaped = false;
          chars += '\\';
        }
        chars += c;
        continue;
      }
      if (escaped) {
        escaped = false;
        chars += c;
        continue;
      }
      closed = i;
      break;
    }
    if (closed < 0) {
      const nl = rest.indexOf('\n');
      return error(`unterminated quoted value ${nl < 0 ? rest : rest.slice(0, nl)}`);
    }
    out[key] = quote === '"' ? expand(expandEscapes(chars), out, lookup) : chars;
    rest = rest.slice(closed + 1);
    src = rest;
  }
  return { values: out, error: undefined };
}
