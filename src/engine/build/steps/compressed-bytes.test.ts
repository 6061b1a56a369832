import { describe, expect, test } from 'vitest';
import { build } from '../build.ts';
import { listImages } from '../../catalog/index.ts';

// Bytes are whole numbers: compressed sizes are rounded where they are computed (a layer's estimate, an
// unknown base image's estimate), so the image's total is an integer sum of integers.
const cases: { name: string; dockerfile: string }[] = [
  ...listImages().flatMap((i) => i.tags.map((t) => `${i.name}:${t.tag}`)).map((ref) => ({ name: `FROM ${ref}`, dockerfile: `FROM ${ref}\nCOPY . /app\n` })),
  { name: 'an image the catalog does not know', dockerfile: 'FROM example.com/team/base:1\nRUN echo hi > /x\n' },
  { name: 'an unknown tag of a known image', dockerfile: 'FROM python:3.99-slim\nRUN echo hi > /x\n' },
  { name: 'a stage built on an unknown image', dockerfile: 'FROM ghcr.io/x/y:1 AS base\nRUN echo a > /a\nFROM base\nRUN echo b > /b\n' },
  { name: 'packages and a text file', dockerfile: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN echo "x" > /etc/x.conf\n' },
];

describe('compressedBytes are integers', () => {
  test.each(cases)('$name', ({ dockerfile }) => {
    const r = build({ dockerfile, context: [{ path: 'a.txt', content: 'hello\n' }] });
    const image = r.image;
    if (image === undefined) return; // a base without a shell cannot RUN; its layers are checked by the COPY cases
    expect(Number.isInteger(image.compressedBytes), `image ${image.compressedBytes}`).toBe(true);
    let sum = 0;
    for (const l of image.layers) {
      if (l.emptyLayer) continue;
      expect(Number.isInteger(l.compressedBytes), `${l.createdBy}: ${String(l.compressedBytes)}`).toBe(true);
      sum += l.compressedBytes ?? 0;
    }
    expect(image.compressedBytes).toBe(sum);
  });
});
