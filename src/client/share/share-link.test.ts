import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, shareId } from './share-link.ts';

const toBase64Url = (text: string): string => Buffer.from(text).toString('base64url');

describe('share links', () => {
  it.each<Record<string, string>>([
    { Dockerfile: 'FROM node:22\n', '.dockerignore': 'node_modules\n' },
    { Dockerfile: '# <script>alert(1)</script>\nFROM alpine\nLABEL x="é🐳"\n' },
    { Dockerfile: 'RUN echo hi\n'.repeat(2000) },
  ])('round-trip the files, compressed', async (files) => {
    const encoded = await encodeShare(files);
    expect(encoded.startsWith('z.')).toBe(true);
    expect(encoded).toMatch(/^z\.[\w-]+$/);
    expect(await decodeShare(encoded)).toEqual({ ok: true, files });
  });

  it.each([
    ['an unknown prefix', 'x.abc', /not a Shipshape link/],
    ['damaged base64', 'z.!!!', /damaged/],
    ['compressed garbage', 'z.' + toBase64Url('garbage'), /damaged/],
    ['JSON that is not ours', 'j.' + toBase64Url('{"v":2,"files":{}}'), /holds no files/],
    ['a file that is not text', 'j.' + toBase64Url('{"v":1,"files":{"Dockerfile":{"a":1}}}'), /other than text/],
    ['a list instead of files', 'j.' + toBase64Url('{"v":1,"files":["a"]}'), /holds no files/],
    ['too long a link', 'z.' + 'a'.repeat(400_001), /too long/],
  ])('refuses %s', async (_name, encoded, message) => {
    const result = await decodeShare(encoded);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(message);
  });

  it('refuses a link that inflates past the limit', async () => {
    const bomb = await encodeShare({ Dockerfile: 'A'.repeat(2_000_000) });
    expect(await decodeShare(bomb)).toMatchObject({ ok: false });
  });

  it('names each link by its content', () => {
    expect(shareId('z.abc')).toBe(shareId('z.abc'));
    expect(shareId('z.abc')).not.toBe(shareId('z.abd'));
  });
});
