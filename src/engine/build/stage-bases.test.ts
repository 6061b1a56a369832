import { describe, expect, test } from 'vitest';
import { build } from './build.ts';
import { describeBases } from './stage-bases.ts';

const bases = (dockerfile: string, buildArgs?: Record<string, string>) => describeBases(build({ dockerfile, context: [], ...(buildArgs && { buildArgs }) }).stages);

describe('describeBases', () => {
  test('one entry per FROM: an image with its catalog figures, a stage, scratch', () => {
    const [first, tests, final] = bases('ARG V=3.12\nFROM python:${V}-slim AS build\nRUN true\nFROM build AS tests\nFROM scratch\n');
    expect(first).toMatchObject({ line: 2, ref: 'python:3.12-slim', kind: 'image', libc: 'glibc', shell: 'dash', user: 'root', estimate: false });
    expect(first!.diskBytes).toBeGreaterThan(100e6);
    expect(first!.compressedBytes).toBeGreaterThan(30e6);
    expect(first!.compressedBytes).toBeLessThan(first!.diskBytes);
    expect(Number.isInteger(first!.compressedBytes)).toBe(true);
    expect(tests).toMatchObject({ line: 4, ref: 'build', kind: 'stage' });
    expect(final).toMatchObject({ line: 5, ref: 'scratch', kind: 'scratch', diskBytes: 0, shell: null });
  });

  test.each([
    ['alpine:3.20', 'musl', 'busybox-ash'],
    ['gcr.io/distroless/static-debian12', 'none', null],
    ['node:22-slim', 'glibc', 'dash'],
  ])('%s: libc %s, shell %s', (image, libc, shell) => {
    expect(bases(`FROM ${image}\n`)[0]).toMatchObject({ libc, shell, estimate: false });
  });

  test('build args reach FROM; an image the catalog lacks is a labelled estimate', () => {
    expect(bases('ARG V=1\nFROM node:${V}\n', { V: '22-alpine' })[0]).toMatchObject({ ref: 'node:22-alpine', libc: 'musl' });
    const unknown = bases('FROM registry.example.com/acme/base:7\n')[0]!;
    expect(unknown.estimate).toBe(true);
    expect(unknown.note).toMatch(/\S/);
  });

  test('no FROM, nothing to describe', () => {
    expect(bases('# just a comment\n')).toEqual([]);
  });
});
