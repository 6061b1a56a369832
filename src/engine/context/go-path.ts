/**
 * Go's `path` package (the slash-separated one), which BuildKit, fsutil and patternmatcher use on Linux
 * (`filepath` is the same functions there). Ported so that paths and patterns normalise exactly as Docker's do.
 * Source: go/src/path/path.go (Clean, Join, Dir, Base).
 */

/** `path.Clean`: shortest equivalent path; `''` becomes `.`, `a//b/../c/` becomes `a/c`, `/..` becomes `/`. */
export function cleanPath(path: string): string {
  if (path === '') return '.';
  if (isClean(path)) return path;
  const rooted = path.charCodeAt(0) === 47; // '/'
  const n = path.length;
  // Output as segments; `dotdot` counts leading '..' segments that cannot be backtracked (relative paths only).
  const out: string[] = [];
  let dotdot = 0;
  let r = rooted ? 1 : 0;
  while (r < n) {
    if (path.charCodeAt(r) === 47) {
      r++;
      continue;
    }
    let end = path.indexOf('/', r);
    if (end < 0) end = n;
    const segment = path.slice(r, end);
    r = end;
    if (segment === '.') continue;
    if (segment === '..') {
      if (out.length > dotdot) out.pop();
      else if (!rooted) {
        out.push('..');
        dotdot = out.length;
      }
      continue;
    }
    out.push(segment);
  }
  const joined = out.join('/');
  if (rooted) return '/' + joined;
  return joined === '' ? '.' : joined;
}

/** Fast check for the common case: no empty, `.` or `..` segment and no trailing slash. */
function isClean(path: string): boolean {
  const n = path.length;
  if (n > 1 && path.charCodeAt(n - 1) === 47) return false;
  let start = path.charCodeAt(0) === 47 ? 1 : 0;
  if (start === 1 && n === 1) return true;
  for (let i = start; i <= n; i++) {
    if (i === n || path.charCodeAt(i) === 47) {
      const len = i - start;
      if (len === 0) return false;
      if (path.charCodeAt(start) === 46 && (len === 1 || (len === 2 && path.charCodeAt(start + 1) === 46))) return false;
      start = i + 1;
    }
  }
  return true;
}

/** `path.Join`: joins the non-empty elements with `/` and cleans the result; `''` when all are empty. */
export function joinPath(...elements: readonly string[]): string {
  const parts = elements.filter((e) => e !== '');
  return parts.length === 0 ? '' : cleanPath(parts.join('/'));
}

/** `path.Dir`: everything but the last element, cleaned (`a` -> `.`, `/a` -> `/`). */
export function dirPath(path: string): string {
  const i = path.lastIndexOf('/');
  return cleanPath(path.slice(0, i + 1));
}

/** `path.Base`: the last element (`/` for `/`, `.` for `''`). */
export function basePath(path: string): string {
  if (path === '') return '.';
  let p = path;
  while (p.length > 0 && p.charCodeAt(p.length - 1) === 47) p = p.slice(0, -1);
  if (p === '') return '/';
  const i = p.lastIndexOf('/');
  return i >= 0 ? p.slice(i + 1) : p;
}

/**
 * Orders names as Go's `sort.Strings` does (by UTF-8 bytes, i.e. by code point). JavaScript's `<` compares
 * UTF-16 code units, which differs only for characters above U+FFFF against U+E000–U+FFFF.
 */
export function compareNames(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800 && x <= 0xffff && y <= 0xffff) {
      const cx = a.codePointAt(i) ?? x;
      const cy = b.codePointAt(i) ?? y;
      return cx < cy ? -1 : 1;
    }
    return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : 1;
}

/**
 * Go's `strings.TrimSpace`: trims Unicode White_Space. Unlike `String.prototype.trim` it keeps U+FEFF
 * and trims U+0085 (NEL).
 */
export function goTrimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isGoSpace(s.charCodeAt(start))) start++;
  while (end > start && isGoSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

function isGoSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x85) return false;
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Byte length of a string in UTF-8 (what Go's `len` and a file on disk count). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/**
 * Go's `strconv.Quote` (what `%q` prints): printable characters as they are, `"` and `\` escaped, control
 * characters as `\n`, `\t`, `\x01`, `\u00ad`.
 */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (c === 0x07) out += '\\a';
    else if (c === 0x08) out += '\\b';
    else if (c === 0x0c) out += '\\f';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0b) out += '\\v';
    else if (c < 0x80) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0xd800 && c <= 0xdfff) out += '\ufffd'; // a lone surrogate reaches Go as U+FFFD
    else if (PRINTABLE.test(ch)) out += ch;
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out + '"';
}

// Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
