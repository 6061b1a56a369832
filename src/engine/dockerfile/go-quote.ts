/**
 * Go's strconv.Quote, which BuildKit's AST dump uses for every string (parser.go Node.Dump).
 * Lone surrogates U+DC80..U+DCFF stand for undecodable bytes (the CLI decodes files that way),
 * and come out as `\xNN` as Go prints invalid UTF-8.
 */

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

export function goQuote(s: string): string {
  let out = '"';
  let plainFrom = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c) continue;
    let rep: string | undefined;
    let width = 1;
    if (c === 0x22) rep = '\\"';
    else if (c === 0x5c) rep = '\\\\';
    else if (c < 0x20 || c === 0x7f) {
      switch (c) {
        case 0x07: rep = '\\a'; break;
        case 0x08: rep = '\\b'; break;
        case 0x0c: rep = '\\f'; break;
        case 0x0a: rep = '\\n'; break;
        case 0x0d: rep = '\\r'; break;
        case 0x09: rep = '\\t'; break;
        case 0x0b: rep = '\\v'; break;
        default: rep = '\\x' + hex(c, 2);
      }
    } else {
      let cp = c;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const lo = s.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      if (width === 1 && c >= 0xdc80 && c <= 0xdcff) rep = '\\x' + hex(c - 0xdc00, 2);
      else if (width === 1 && c >= 0xd800 && c <= 0xdfff) rep = '\\ufffd';
      else if (!PRINTABLE.test(String.fromCodePoint(cp))) {
        rep = cp < 0x10000 ? '\\u' + hex(cp, 4) : '\\U' + hex(cp, 8);
      }
    }
    if (rep === undefined) {
      i += width - 1;
      continue;
    }
    out += s.slice(plainFrom, i) + rep;
    i += width - 1;
    plainFrom = i + 1;
  }
  return out + s.slice(plainFrom) + '"';
}
