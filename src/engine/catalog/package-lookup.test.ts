import { describe, expect, test } from 'vitest';
import { lookupImage, lookupPackages } from './index.ts';

const MB = 1e6;

describe('apt closures (measured against the Debian indexes)', () => {
  test.each([
    // [release, request, recommends, packages, installed MB range] — figures agree with simulation-model.md §4.1
    ['bookworm', ['curl'], false, 16, [11.5, 12.5]],
    ['bookworm', ['curl'], true, 22, [15.5, 16.5]],
    ['bookworm', ['build-essential'], false, 56, [320, 326]],
    ['bookworm', ['build-essential'], true, 125, [400, 405]],
    ['bookworm', ['python3-pip'], true, 152, [470, 480]],
    ['bookworm', ['tini'], false, 1, [0.7, 0.8]],
    ['bookworm', ['make'], true, 1, [1.5, 1.7]],
    ['bookworm', ['tzdata'], true, 0, [0, 0]],
    ['bookworm', ['curl', 'ca-certificates'], false, 18, [13, 15.5]],
    ['trixie', ['curl'], false, 23, [5, 40]],
  ] as const)('%s: apt-get install %j (recommends %s) → %d packages', (release, names, recommends, count, [lo, hi]) => {
    const c = lookupPackages('apt', release, names, { recommends });
    expect(c.packages.length).toBe(count);
    expect(c.totalInstalledBytes / MB).toBeGreaterThanOrEqual(lo);
    expect(c.totalInstalledBytes / MB).toBeLessThanOrEqual(hi);
    expect(c.estimated).toBe(false);
    expect(c.confidence).toBe('measured');
  });

  test('several requests share their dependencies once', () => {
    const together = lookupPackages('apt', 'bookworm', ['build-essential', 'git', 'curl'], { recommends: false });
    const apart = ['build-essential', 'git', 'curl'].map((n) => lookupPackages('apt', 'bookworm', [n], { recommends: false }).totalInstalledBytes);
    expect(together.totalInstalledBytes).toBeLessThan(apart.reduce((a, b) => a + b, 0));
    expect(new Set(together.packages.map((p) => p.name)).size).toBe(together.packages.length);
    expect(together.packages[0]?.name).toBe('build-essential');
  });

  test('what the image already has is not installed again', () => {
    const full = lookupImage('python:3.12').image;
    const c = lookupPackages('apt', full.os.packageRelease, ['curl', 'git', 'gcc'], { sets: full.os.packageSets });
    expect(c.packages).toEqual([]);
    const slim = lookupImage('python:3.12-slim').image;
    const s = lookupPackages('apt', slim.os.packageRelease, ['curl'], { sets: slim.os.packageSets, recommends: false, slim: slim.os.slim });
    expect(s.packages.map((p) => p.name)).not.toContain('ca-certificates');
    expect(s.packages.map((p) => p.name)).toContain('curl');
  });

  test('binaries of the new packages land on PATH', () => {
    const c = lookupPackages('apt', 'bookworm', ['curl', 'tini', 'procps'], { recommends: false });
    for (const b of ['/usr/bin/curl', '/usr/bin/tini', '/usr/bin/ps']) expect(c.binaries).toContain(b);
  });

  test('slim images skip docs', () => {
    const full = lookupPackages('apt', 'bookworm', ['git'], { recommends: false });
    const slim = lookupPackages('apt', 'bookworm', ['git'], { recommends: false, slim: true });
    expect(slim.totalInstalledBytes).toBeLessThan(full.totalInstalledBytes);
    expect(slim.totalInstalledBytes).toBeGreaterThan(full.totalInstalledBytes * 0.85);
  });

  test.each([
    ['bookworm', 'netcat', /no installation candidate/],
    ['trixie', 'openjdk-17-jre-headless', /no installation candidate/],
  ])('%s: %s fails like apt does', (release, name, message) => {
    const c = lookupPackages('apt', release, [name]);
    expect(c.failures[0]?.message).toMatch(message);
    expect(c.packages).toEqual([]);
  });

  test('version pins and architectures are stripped', () => {
    const c = lookupPackages('apt', 'bookworm', ['curl=7.88.1-10+deb12u14', 'tini:amd64'], { recommends: false });
    expect(c.requested).toEqual(['curl', 'tini']);
    expect(c.estimated).toBe(false);
  });

  test.each([
    ['bookworm', 'libfoo-made-up', true],
    ['noble', 'curl', true],
    ['bullseye', 'curl', true],
  ])('%s: %s is a labelled estimate', (release, name, estimated) => {
    const c = lookupPackages('apt', release, [name]);
    expect(c.estimated).toBe(estimated);
    expect(c.notes.join(' ')).toMatch(/estimate/);
    expect(c.totalInstalledBytes).toBeGreaterThan(0);
  });

  test('dpkg metadata is reported beside the packages', () => {
    const c = lookupPackages('apt', 'bookworm', ['curl'], { recommends: false });
    expect(c.metadataBytes).toBeGreaterThan(16 * 30_000);
  });
});

describe('apk closures (estimates)', () => {
  test.each([
    [['curl'], [4, 6.5], '/usr/bin/curl'],
    [['build-base'], [150, 260], '/usr/bin/gcc'],
    [['gcc'], [120, 160], '/usr/bin/gcc'],
    [['bash'], [1.5, 2.5], '/bin/bash'],
    [['tini'], [0.01, 0.1], '/sbin/tini'],
    [['python3', 'py3-pip'], [45, 65], '/usr/bin/pip'],
    [['nodejs', 'npm'], [70, 110], '/usr/bin/npm'],
    [['postgresql-dev'], [200, 300], '/usr/bin/pg_config'],
  ] as const)('apk add %j → %j MB, %s', (names, [lo, hi], bin) => {
    const c = lookupPackages('apk', '3.20', names);
    expect(c.totalInstalledBytes / MB).toBeGreaterThanOrEqual(lo);
    expect(c.totalInstalledBytes / MB).toBeLessThanOrEqual(hi);
    expect(c.binaries).toContain(bin);
    expect(c.estimated).toBe(true);
  });

  test('gcc alone does not bring the C library headers (musl-dev)', () => {
    expect(lookupPackages('apk', '3.20', ['gcc']).packages.map((p) => p.name)).not.toContain('musl-dev');
    expect(lookupPackages('apk', '3.20', ['build-base']).packages.map((p) => p.name)).toContain('musl-dev');
  });

  test('base packages and version pins', () => {
    const c = lookupPackages('apk', '3.20', ['ca-certificates-bundle', 'curl=8.9.1-r0']);
    expect(c.packages.map((p) => p.name)).not.toContain('ca-certificates-bundle');
    expect(c.requested).toEqual(['ca-certificates-bundle', 'curl']);
  });
});
