import { describe, expect, test } from 'vitest';
import { baseShipsLibrary, librariesOfPackage, libraryProvider, lookupPackages, pipExtension, SHARED_LIBRARIES, sonameForLink } from './index.ts';

describe('shared libraries in the catalog', () => {
  test.each([
    ['apt', 'libpq.so.5', 'bookworm', 'libpq5'],
    ['apk', 'libpq.so.5', '3.21', 'libpq'],
    ['apt', 'libssl.so.3', 'bookworm', 'libssl3'],
    ['apt', 'libssl.so.3', 'trixie', 'libssl3t64'],
    ['apk', 'libcrypto.so.3', '3.21', 'libcrypto3'],
    ['apt', 'libnothing.so.9', 'bookworm', undefined],
  ] as const)('%s ships %s on %s in %s', (manager, soname, release, pkg) => {
    expect(libraryProvider(manager, soname, release)).toBe(pkg);
  });

  test.each([
    ['apt', 'libpq5', ['libpq.so.5']],
    ['apt', 'libssl3', ['libssl.so.3', 'libcrypto.so.3']],
    ['apt', 'gcc', []],
  ] as const)('%s package %s ships %j', (manager, pkg, sonames) => {
    expect(librariesOfPackage(manager, pkg).map((l) => l.soname)).toEqual(sonames);
  });

  test.each([
    { sets: ['debian', 'python-slim'], soname: 'libpq.so.5', ships: false },
    { sets: ['debian', 'buildpack-deps'], soname: 'libpq.so.5', ships: true },
    { sets: ['debian', 'python-slim'], soname: 'libssl.so.3', ships: true },
    { sets: ['debian'], soname: 'libz.so.1', ships: true },
    { sets: ['debian'], soname: 'libunknown.so.1', ships: undefined },
  ])('bookworm $sets: $soname → $ships', ({ sets, soname, ships }) => {
    expect(baseShipsLibrary('apt', 'bookworm', sets, soname)).toBe(ships);
  });

  test('every library names packages the apt catalog knows', () => {
    for (const [soname, rec] of Object.entries(SHARED_LIBRARIES)) {
      if (rec.apt === undefined) continue;
      const closure = lookupPackages('apt', 'bookworm', [rec.apt], { sets: [] });
      expect(closure.failures, soname).toEqual([]);
      expect(closure.packages.some((p) => p.name === rec.apt && p.version !== undefined) || closure.notes.some((n) => n.includes('already installed')), `${soname}: ${rec.apt}`).toBe(true);
    }
  });

  test.each([
    ['psycopg2', { module: 'psycopg2/_psycopg', links: ['libpq.so.5'], sdistOnly: true }],
    ['psycopg2-binary', undefined],
    ['flask', undefined],
  ])('pip %s compiled here links %j', (name, ext) => {
    expect(pipExtension(name)).toEqual(ext);
  });

  test.each([
    ['pq', 'libpq.so.5'],
    ['ssl', 'libssl.so.3'],
    ['m', undefined],
  ])('-l%s records %s', (name, soname) => {
    expect(sonameForLink(name)).toBe(soname);
  });
});
