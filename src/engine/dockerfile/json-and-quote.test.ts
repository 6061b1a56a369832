/**
 * Go semantics the dump depends on: encoding/json's acceptance of an array, and strconv.Quote.
 */
import { describe, expect, it } from 'vitest';
import { goQuote } from './go-quote.ts';
import { parseJsonArray } from './json-array.ts';

describe('JSON arrays as BuildKit reads them', () => {
  it.each([
    ['[]', ['strings', []]],
    ['["a", "b"]', ['strings', ['a', 'b']]],
    [' [ "a" ,\t"b" ] ', ['strings', ['a', 'b']]],
    ['["\\u00e9\\ud83d\\ude00\\/\\n"]', ['strings', ['é😀/\n']]],
    ['["\\ud800"]', ['strings', ['\ufffd']]],
    ['["a", ["b"]]', ['not-strings']],
    ['["a", 1, null, true, {"k": [1, 2.5e3]}]', ['not-strings']],
    ["['a']", ['invalid']],
    ['["a",]', ['invalid']],
    ['["a"', ['invalid']],
    ['["a"] x', ['invalid']],
    ['["a\tb"]', ['invalid']],
    ['[01]', ['invalid']],
    ['["a", [1,]]', ['invalid']],
  ])('%s', (text, [kind, values]) => {
    const r = parseJsonArray(text, 0, text.length);
    expect(r.kind).toBe(kind);
    if (r.kind === 'strings') expect(r.items.map((i) => i.value)).toEqual(values);
  });
  it('gives each string its offsets, quotes included', () => {
    const r = parseJsonArray('[ "ab", "c" ]', 0, 13);
    expect(r.kind === 'strings' && r.items.map((i) => [i.start, i.end])).toEqual([[2, 6], [8, 11]]);
  });
  it('does not overflow the stack on deep nesting', () => {
    const deep = '[' + '['.repeat(100_000) + ']'.repeat(100_000) + ']';
    expect(parseJsonArray(deep, 0, deep.length).kind).toBe('invalid');
  });
});

describe("Go's strconv.Quote", () => {
  it.each([
    ['plain', '"plain"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['\u0007\b\f\n\r\t\v', '"\\a\\b\\f\\n\\r\\t\\v"'],
    ['\u0000\u001b\u007f', '"\\x00\\x1b\\x7f"'],
    ['♥☃é😀', '"♥☃é😀"'],
    ['\u00a0\u200b', '"\\u00a0\\u200b"'],
    ['\udc80\udcff', '"\\x80\\xff"'],
  ])('%j -> %s', (input, quoted) => {
    expect(goQuote(input)).toBe(quoted);
  });
});
