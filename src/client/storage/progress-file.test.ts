import { describe, expect, it } from 'vitest';
import { parseProgressFile } from './progress-file.ts';

const good = {
  format: 'shipshape-progress',
  version: 1,
  exportedAt: '2026-11-20T10:00:00.000Z',
  solved: { '01-image-bloat/pin-the-base': '2026-11-20T09:58:00.000Z' },
  work: { '01-image-bloat/pin-the-base': { files: { Dockerfile: 'FROM python:3.12-slim\n' }, savedAt: 1 } },
};

describe('parseProgressFile', () => {
  it('accepts what Export writes', () => {
    expect(parseProgressFile(JSON.stringify(good))).toEqual({ ok: true, file: good });
  });

  it.each([
    ['not JSON', 'hello', /not JSON/],
    ['another format', JSON.stringify({ ...good, format: 'other' }), /format/],
    ['a newer version', JSON.stringify({ ...good, version: 2 }), /version/],
    ['a path-like key', JSON.stringify({ ...good, solved: { '../x': '2026-11-20T09:58:00.000Z' } }), /solved/],
    ['a date that is not one', JSON.stringify({ ...good, solved: { 'a/b': 'yesterday' } }), /solved\.a\/b/],
    ['files that are not text', JSON.stringify({ ...good, work: { 'a/b': { files: { Dockerfile: 1 }, savedAt: 1 } } }), /work/],
    ['an extra field', JSON.stringify({ ...good, admin: true }), /admin|Unrecognized/i],
    ['a huge file', 'x'.repeat(5_000_001), /larger/],
  ])('refuses %s', (_name, text, message) => {
    const result = parseProgressFile(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(message);
  });
});
