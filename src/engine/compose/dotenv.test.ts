import { describe, expect, test } from 'vitest';
import { parseDotenv } from './dotenv.ts';

describe('parseDotenv (compose-go dotenv)', () => {
  test.each([
    ['A=1\nB=two\n', { A: '1', B: 'two' }],
    ['# comment\n\nA=1 # inline comment\nB=x#not-a-comment\n', { A: '1', B: 'x#not-a-comment' }],
    ['export TAG=1.2\n', { TAG: '1.2' }],
    ['KEY: value\n', { KEY: 'value' }],
    ["S='single $A \\n'\n", { S: 'single $A \\n' }],
    ['D="double\\nline"\n', { D: 'double\nline' }],
    ['A=1\nB=${A}-x\nC="$A"\nD=\'$A\'\n', { A: '1', B: '1-x', C: '1', D: '$A' }],
    ['A=  spaced  \n', { A: 'spaced' }],
    ['E=\n', { E: '' }],
    ['Q="a \\"quoted\\" word"\n', { Q: 'a "quoted" word' }],
    ['M="multi\nline"\n', { M: 'multi\nline' }],
    ['\ufeffBOM=1\n', { BOM: '1' }],
    ['A=1\r\nB=2\r\n', { A: '1', B: '2' }],
  ])('%j', (text, values) => {
    const result = parseDotenv(text);
    expect(result.error).toBeUndefined();
    expect(result.values).toEqual(values);
  });

  test('a bare name inherits from the environment; the environment wins in expansions', () => {
    const shell: Record<string, string> = { HOME: '/home/me', A: 'shell' };
    const result = parseDotenv('HOME\nMISSING\nA=file\nB=${A}\n', (n) => shell[n]);
    expect(result.values).toEqual({ HOME: '/home/me', A: 'file', B: 'shell' });
  });

  test.each([
    // compose-go counts the line break it scanned looking for the closing quote.
    ['A="unterminated\n', 'line 2: unterminated quoted value "unterminated'],
    ['OK=1\nBAD KEY=2\n', 'line 2: key cannot contain a space'],
    ['A$B=1\n', 'line 1: unexpected character "$" in variable name "A$B=1"'],
  ])('%j is refused: %s', (text, message) => {
    expect(parseDotenv(text).error?.message).toBe(message);
  });
});
