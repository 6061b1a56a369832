/**
 * Bad input never crashes or hangs: each case returns a result (with errors as values) in about
 * 100 ms per MB. The bound asserted is five times that plus a margin, so a busy 2-core machine
 * does not make the test flaky while a quadratic blow-up still fails it.
 */
import { describe, expect, it } from 'vitest';
import { expandDockerfile, parseDockerfile } from './index.ts';

function pseudoRandomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const MB = 1024 * 1024;
const cases: [string, () => string][] = [
  ['a 10 MB file of RUN lines', () => 'FROM alpine\n' + 'RUN apt-get update && apt-get install -y curl | tee /log\n'.repeat(Math.ceil((10 * MB) / 57))],
  ['a 10 MB single line', () => 'FROM alpine\nRUN echo ' + 'x'.repeat(10 * MB) + '\n'],
  ['a 10 MB binary file', () => new TextDecoder('utf-8').decode(pseudoRandomBytes(10 * MB, 7))],
  ['a binary file of NUL bytes', () => '\0'.repeat(MB)],
  ['100,000 continuation lines', () => 'FROM alpine\nRUN echo \\\n' + '  word \\\n'.repeat(100_000) + '  end\n'],
  ['100,000 empty continuation lines', () => 'FROM alpine\nRUN echo \\\n' + '\n'.repeat(100_000) + '  end\n'],
  ['300,000 empty continuation lines (more than a call\'s argument limit)', () => 'FROM alpine\nRUN echo \\\n' + '\n'.repeat(300_000) + '  end\n'],
  ['deeply nested ${...}', () => 'FROM alpine\nENV A=' + '${A:-'.repeat(100_000) + 'x' + '}'.repeat(100_000) + '\n'],
  ['deeply nested $(...) in RUN', () => 'FROM alpine\nRUN echo ' + '$('.repeat(100_000) + 'x' + ')'.repeat(100_000) + '\n'],
  ['deeply nested subshells', () => 'FROM alpine\nRUN ' + '('.repeat(200_000) + '\n'],
  ['an unclosed JSON array of arrays', () => 'FROM alpine\nCMD ' + '['.repeat(500_000) + '\n'],
  ['an unclosed heredoc over a large body', () => 'FROM alpine\nRUN <<EOF\n' + 'echo hi\n'.repeat(200_000)],
  ['a million quotes', () => 'FROM alpine\nRUN ' + '"\''.repeat(500_000) + '\n'],
];

describe('bad input', () => {
  it.each(cases)('%s: a result within the time bound', (_name, make) => {
    const text = make();
    const mb = text.length / MB;
    const start = performance.now();
    const result = parseDockerfile(text);
    const expanded = expandDockerfile(result);
    const elapsed = performance.now() - start;
    expect(result.kind).toBe('dockerfile');
    expect(expanded.instructions.length).toBe(result.instructions.length);
    expect(elapsed).toBeLessThan(1000 + 500 * mb);
  });

  it('says why a huge file was cut short', () => {
    const r = parseDockerfile('FROM a\n' + 'ENV A=b\n'.repeat(30_000));
    expect(r.instructions).toHaveLength(20_000);
    expect(r.errors.map((e) => e.message)).toContain('Dockerfile too large: only the first 20000 instructions were read');
  });

  it('reports a too-deep ${...} as an expansion error, as a value', () => {
    const r = parseDockerfile('FROM a\nENV A=' + '${A:-'.repeat(1000) + 'x' + '}'.repeat(1000) + '\n');
    const e = expandDockerfile(r);
    expect(e.instructions[1]!.errors[0]!.message).toContain('too deep');
  });

  it('reports a line longer than BuildKit reads', () => {
    const r = parseDockerfile('FROM a\nLABEL a=' + 'x'.repeat(70_000) + '\n');
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([[2, 'dockerfile line greater than max allowed size of 65535']]);
  });
});
