import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './markdown-text.ts';

// What Markdown (and the HTML inside it) would interpret, and must not.
const cases: readonly { input: string; output: string }[] = [
  { input: 'python:3.12-slim', output: 'python:3\\.12\\-slim' },
  { input: '<script>alert(1)</script>', output: '\\<script\\>alert\\(1\\)\\</script\\>' },
  { input: '[click](javascript:x)', output: '\\[click\\]\\(javascript:x\\)' },
  { input: '`code` *bold* _em_', output: '\\`code\\` \\*bold\\* \\_em\\_' },
  { input: 'a &amp; b', output: 'a \\&amp; b' },
  { input: 'line one\nline two', output: 'line one line two' },
];

describe('escapeMarkdown', () => {
  it.each(cases)('escapes $input', ({ input, output }) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});
