import { describe, expect, test } from 'vitest';
import { build } from '../../build.ts';
import { lookupPath } from '../../filesystem-query.ts';
import type { BuildResult } from '../../types.ts';

/** Builds with the real catalog (its measured bookworm closures are what autoremove walks). */
function built(dockerfile: string): BuildResult {
  const r = build({ dockerfile });
  if (!r.ok) throw new Error(`${r.error?.message}\n${r.error?.output.join('\n')}`);
  return r;
}

const lastLayerMB = (r: BuildResult): number => (r.image?.layers.at(-1)?.bytes ?? 0) / 1e6;
const has = (r: BuildResult, path: string): boolean => lookupPath(r.image!.filesystem, path) !== undefined;
const dpkg = (pkg: string): string => `/var/lib/dpkg/info/${pkg}.list`;

const UPDATE = 'apt-get update && apt-get install -y --no-install-recommends';
const CLEAN = 'rm -rf /var/lib/apt/lists/*';

describe('apt keeps what manual packages need and autoremove takes the rest (apt-marks.ts)', () => {
  test.each([
    {
      name: 'purge --auto-remove of the build tools keeps the named runtime library and its closure',
      run: `${UPDATE} gcc libpq-dev libpq5 && apt-get purge -y --auto-remove gcc libpq-dev && ${CLEAN}`,
      kept: ['libpq5', 'libldap-2.5-0', 'libkrb5-3'],
      gone: ['gcc', 'gcc-12', 'cpp-12', 'binutils', 'libpq-dev', 'libssl-dev'],
      mb: [3, 8],
    },
    {
      name: 'purge --auto-remove of everything named leaves almost nothing',
      run: `${UPDATE} gcc libpq-dev && apt-get purge -y --auto-remove gcc libpq-dev && ${CLEAN}`,
      kept: [],
      gone: ['gcc', 'gcc-12', 'libpq-dev', 'libpq5'],
      mb: [0, 2],
    },
    {
      name: 'purge without --auto-remove leaves the dependencies',
      run: `${UPDATE} gcc && apt-get purge -y gcc && ${CLEAN}`,
      kept: ['gcc-12', 'cpp-12', 'binutils'],
      gone: ['gcc'],
      mb: [150, 200],
    },
    {
      name: 'a separate autoremove does the same',
      run: `${UPDATE} gcc && apt-get purge -y gcc && apt-get autoremove -y && ${CLEAN}`,
      kept: [],
      gone: ['gcc', 'gcc-12', 'binutils'],
      mb: [0, 2],
    },
    {
      name: 'purging a library takes the packages that depend on it',
      run: `${UPDATE} libpq-dev && apt-get purge -y libpq5 && ${CLEAN}`,
      kept: ['libssl-dev'],
      gone: ['libpq5', 'libpq-dev'],
      mb: [2, 20],
    },
    {
      name: 'installing a dependency by name makes it manual, so autoremove keeps it',
      run: `${UPDATE} libpq-dev && apt-get install -y --no-install-recommends libpq5 && apt-get purge -y --auto-remove libpq-dev && ${CLEAN}`,
      kept: ['libpq5', 'libsasl2-2'],
      gone: ['libpq-dev', 'libssl-dev'],
      mb: [3, 8],
    },
    {
      name: 'apt-mark auto lets autoremove take a named package',
      run: `${UPDATE} libpq5 && apt-mark auto libpq5 && apt-get autoremove -y && ${CLEAN}`,
      kept: [],
      gone: ['libpq5', 'libldap-2.5-0'],
      mb: [0, 2],
    },
  ])('$name', ({ run, kept, gone, mb }) => {
    const r = built(`FROM python:3.12-slim\nRUN ${run}`);
    for (const pkg of kept) expect(has(r, dpkg(pkg)), `${pkg} kept`).toBe(true);
    for (const pkg of gone) expect(has(r, dpkg(pkg)), `${pkg} removed`).toBe(false);
    expect(lastLayerMB(r)).toBeGreaterThanOrEqual(mb[0]!);
    expect(lastLayerMB(r)).toBeLessThanOrEqual(mb[1]!);
  });

  test('extended_states lists the automatic packages as apt writes them', () => {
    const r = built(`FROM python:3.12-slim\nRUN ${UPDATE} libpq5`);
    const text = (lookupPath(r.image!.filesystem, '/var/lib/apt/extended_states') as { text?: string }).text ?? '';
    expect(text).toContain('Package: libldap-2.5-0\nArchitecture: amd64\nAuto-Installed: 1\n');
    expect(text).not.toContain('Package: libpq5\n');
  });

  test('purge --auto-remove in a later RUN only whites the files out: the bytes stay in the image', () => {
    const r = built(`FROM python:3.12-slim\nRUN ${UPDATE} gcc libpq-dev && ${CLEAN}\nRUN apt-get purge -y --auto-remove gcc`);
    expect(has(r, dpkg('gcc-12'))).toBe(false);
    expect(has(r, dpkg('libpq-dev'))).toBe(true);
    expect((r.image?.wastedBytes ?? 0) / 1e6).toBeGreaterThan(150);
  });

  test('RecommendsImportant=false lets autoremove take what is only recommended', () => {
    const keep = built(`FROM python:3.12-slim\nRUN apt-get update && apt-get install -y libpq5 && apt-get autoremove -y`);
    expect(has(keep, dpkg('krb5-locales'))).toBe(true);
    const strict = built(`FROM python:3.12-slim\nRUN apt-get update && apt-get install -y libpq5 && apt-get autoremove -y -o APT::AutoRemove::RecommendsImportant=false`);
    expect(has(strict, dpkg('krb5-locales'))).toBe(false);
    expect(has(strict, dpkg('libpq5'))).toBe(true);
  });
});
