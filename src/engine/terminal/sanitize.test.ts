import { describe, expect, test } from 'vitest';
import { hasControlCodes, sanitizeText } from './sanitize.ts';

describe('sanitizeText: nothing a terminal would interpret survives', () => {
  test.each([
    ['plain text', 'plain text'],
    ['\u001b[2J\u001b[Hwiped', '^[[2J^[[Hwiped'],
    ['\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007', '^[]8;;https://evil.example^Glink^[]8;;^G'],
    ['\u001b]52;c;ZXZpbA==\u0007', '^[]52;c;ZXZpbA==^G'],
    ['bell\u0007 and back\bspace', 'bell^G and back^Hspace'],
    ['C1 \u009b31m', 'C1 \\x9b31m'],
    ['del\u007f', 'del^?'],
    ['a\tb', 'a       b'],
    ['12345678\tx', '12345678        x'],
    ['carriage\rreturn', 'carriage return'],
    ['ünïcødé and 中文 stay', 'ünïcødé and 中文 stay'],
  ])('%j', (input, expected) => {
    const out = sanitizeText(input);
    expect(out).toBe(expected);
    expect(hasControlCodes(out)).toBe(false);
  });

  test('a 1 MB line of escapes is made safe quickly', () => {
    const text = '\u001b[31m'.repeat(200_000);
    const started = performance.now();
    const out = sanitizeText(text);
    expect(performance.now() - started).toBeLessThan(500);
    expect(hasControlCodes(out)).toBe(false);
  });
});
