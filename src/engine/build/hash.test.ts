import { describe, expect, test } from 'vitest';
import { hashLanes, hashParts, hashString, hex } from './hash.ts';

describe('hashes', () => {
  test.each([[[]], [['']], [['', '']], [['a']], [['ab', 'c']], [['a', 'bc']], [['run', 'é\u0000z', '', 'x'.repeat(300)]]])(
    'hashParts(%j) is the hash of the parts joined with U+0000',
    (parts) => {
      expect(hashParts(parts)).toBe(hashString(parts.join('\u0000')));
    },
  );

  test('parts that join to the same text with another split differ', () => {
    expect(hashParts(['ab', 'c'])).not.toBe(hashParts(['a', 'bc']));
  });

  test.each(['', 'PATH=/usr/bin', 'é'.repeat(40)])('hashLanes(%j) are the two halves of hashString', (text) => {
    const digest = hashString(text);
    expect(hashLanes(text)).toEqual([Number.parseInt(digest.slice(0, 8), 16), Number.parseInt(digest.slice(8), 16)]);
  });

  test.each([0, 1, 15, 16, 0xabc, 0x10000000, 0x7fffffff, 0x80000000, 0xffffffff])('hex(%i) is toString(16)', (n) => {
    expect(hex(n)).toBe(n.toString(16));
  });

  test('a digest is 16 lower-case hex digits', () => {
    expect(hashString('hello')).toBe('bfb06f3a63cd7226');
    expect(hashString('hello', 3)).toBe('337dddbf0a18e3f2');
  });
});
