/**
 * The JSON-array check behind exec form (`CMD ["a", "b"]`), with Go's encoding/json rules as
 * BuildKit applies them (parser/line_parsers.go parseJSON): the whole text must be one valid JSON
 * value; a valid array whose elements are all strings is exec form; a valid array with any
 * non-string element is an error; anything else is not JSON and falls back to shell form.
 */

export interface JsonString {
  readonly value: string;
  /** Offsets of the string literal, quotes included. */
  readonly start: number;
  readonly end: number;
}

export type JsonArrayResult =
  | { readonly kind: 'strings'; readonly items: readonly JsonString[] }
  | { readonly kind: 'not-strings' }
  | { readonly kind: 'invalid' };

const INVALID: JsonArrayResult = { kind: 'invalid' };
const NOT_STRINGS: JsonArrayResult = { kind: 'not-strings' };
/** encoding/json's maxNestingDepth. */
const MAX_DEPTH = 10000;

function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function skipSpace(s: string, i: number, end: number): number {
  while (i < end && isJsonSpace(s.charCodeAt(i))) i++;
  return i;
}

function hex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

function hex4(s: string, i: number): number {
  let v = 0;
  for (let k = 0; k < 4; k++) {
    const h = hex(s.charCodeAt(i + k));
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

/** Scans a string literal at s[i] === '"'. Returns [end, value] or undefined when invalid. */
function scanString(s: string, i: number, end: number, decode: boolean): [number, string] | undefined {
  let out = '';
  let chunk = i + 1;
  i++;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c === 0x22) {
      if (decode) out += s.slice(chunk, i);
      return [i + 1, out];
    }
    if (c < 0x20) return undefined;
    if (c !== 0x5c) {
      i++;
      continue;
    }
    if (decode) out += s.slice(chunk, i);
    const e = s.charCodeAt(i + 1);
    let add = '';
    let len = 2;
    switch (e) {
      case 0x22: add = '"'; break;
      case 0x5c: add = '\\'; break;
      case 0x2f: add = '/'; break;
      case 0x62: add = '\b'; break;
      case 0x66: add = '\f'; break;
      case 0x6e: add = '\n'; break;
      case 0x72: add = '\r'; break;
      case 0x74: add = '\t'; break;
      case 0x75: {
        const u = hex4(s, i + 2);
        if (u < 0 || i + 6 > end) return undefined;
        len = 6;
        if (u >= 0xd800 && u <= 0xdbff) {
          // A high surrogate only counts when a low one follows; Go substitutes U+FFFD otherwise.
          const lo = s.charCodeAt(i + 6) === 0x5c && s.charCodeAt(i + 7) === 0x75 ? hex4(s, i + 8) : -1;
          if (lo >= 0xdc00 && lo <= 0xdfff && i + 12 <= end) {
            add = String.fromCharCode(u, lo);
            len = 12;
          } else add = '\ufffd';
        } else if (u >= 0xdc00 && u <= 0xdfff) add = '\ufffd';
        else add = String.fromCharCode(u);
        break;
      }
      default:
        return undefined;
    }
    if (decode) out += add;
    i += len;
    chunk = i;
  }
  return undefined;
}

function scanNumber(s: string, i: number, end: number): number {
  const start = i;
  if (s.charCodeAt(i) === 0x2d) i++;
  const first = s.charCodeAt(i);
  if (first === 0x30) i++;
  else if (first >= 0x31 && first <= 0x39) {
    while (i < end && isDigit(s.charCodeAt(i))) i++;
  } else return -1;
  if (s.charCodeAt(i) === 0x2e) {
    i++;
    if (!isDigit(s.charCodeAt(i))) return -1;
    while (i < end && isDigit(s.charCodeAt(i))) i++;
  }
  const e = s.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    i++;
    const sign = s.charCodeAt(i);
    if (sign === 0x2b || sign === 0x2d) i++;
    if (!isDigit(s.charCodeAt(i))) return -1;
    while (i < end && isDigit(s.charCodeAt(i))) i++;
  }
  return i > start ? i : -1;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Skips any JSON value at s[i] without recursion; returns its end or -1 when invalid. */
function skipValue(s: string, i: number, end: number, depth: number): number {
  // stack of open containers: 0x5b '[' or 0x7b '{'
  const stack: number[] = [];
  for (;;) {
    i = skipSpace(s, i, end);
    if (i >= end) return -1;
    const c = s.charCodeAt(i);
    let closedValue = false;
    if (c === 0x5b || c === 0x7b) {
      if (depth + stack.length + 1 > MAX_DEPTH) return -1;
      stack.push(c);
      i = skipSpace(s, i + 1, end);
      const close = c === 0x5b ? 0x5d : 0x7d;
      if (s.charCodeAt(i) === close) {
        stack.pop();
        i++;
        closedValue = true;
      } else if (c === 0x7b) {
        // object: expect "key" :
        if (s.charCodeAt(i) !== 0x22) return -1;
        const str = scanString(s, i, end, false);
        if (str === undefined) return -1;
        i = skipSpace(s, str[0], end);
        if (s.charCodeAt(i) !== 0x3a) return -1;
        i++;
        continue;
      } else continue;
    } else if (c === 0x22) {
      const str = scanString(s, i, end, false);
      if (str === undefined) return -1;
      i = str[0];
      closedValue = true;
    } else if (c === 0x74 && s.startsWith('true', i)) {
      i += 4;
      closedValue = true;
    } else if (c === 0x66 && s.startsWith('false', i)) {
      i += 5;
      closedValue = true;
    } else if (c === 0x6e && s.startsWith('null', i)) {
      i += 4;
      closedValue = true;
    } else {
      i = scanNumber(s, i, end);
      if (i < 0) return -1;
      closedValue = true;
    }
    // After a value: close containers or continue with ','.
    while (closedValue) {
      if (stack.length === 0) return i;
      i = skipSpace(s, i, end);
      const top = stack[stack.length - 1]!;
      const ch = s.charCodeAt(i);
      if (ch === 0x2c) {
        i++;
        if (top === 0x7b) {
          i = skipSpace(s, i, end);
          if (s.charCodeAt(i) !== 0x22) return -1;
          const str = scanString(s, i, end, false);
          if (str === undefined) return -1;
          i = skipSpace(s, str[0], end);
          if (s.charCodeAt(i) !== 0x3a) return -1;
          i++;
        }
        closedValue = false;
      } else if ((top === 0x5b && ch === 0x5d) || (top === 0x7b && ch === 0x7d)) {
        stack.pop();
        i++;
      } else return -1;
    }
  }
}

/** Parses s[start, end) (which starts with `[`) as Go's json.Unmarshal into []any would. */
export function parseJsonArray(s: string, start: number, end: number): JsonArrayResult {
  let i = skipSpace(s, start, end);
  if (s.charCodeAt(i) !== 0x5b) return INVALID;
  i = skipSpace(s, i + 1, end);
  const items: JsonString[] = [];
  let allStrings = true;
  if (s.charCodeAt(i) === 0x5d) {
    i++;
  } else {
    for (;;) {
      i = skipSpace(s, i, end);
      if (s.charCodeAt(i) === 0x22) {
        const str = scanString(s, i, end, true);
        if (str === undefined) return INVALID;
        items.push({ value: str[1], start: i, end: str[0] });
        i = str[0];
      } else {
        const next = skipValue(s, i, end, 1);
        if (next < 0) return INVALID;
        allStrings = false;
        i = next;
      }
      i = skipSpace(s, i, end);
      const c = s.charCodeAt(i);
      if (c === 0x2c) {
        i++;
        continue;
      }
      if (c === 0x5d) {
        i++;
        break;
      }
      return INVALID;
    }
  }
  if (skipSpace(s, i, end) !== end) return INVALID;
  return allStrings ? { kind: 'strings', items } : NOT_STRINGS;
}
