import { describe, expect, test } from 'vitest';
import { listImages, listTags, lookupImage } from './index.ts';

const MB = 1e6;

describe('the tags the course and the lessons use resolve to one record', () => {
  test.each([
    // [reference, record it lands on (familiar), match]
    ['python:3.11', 'python:3.11', 'exact'],
    ['python:3.11.9-slim-bookworm', 'python:3.11-slim', 'alias'],
    ['golang:1.20-alpine', 'golang:1.20-alpine', 'exact'],
    ['alpine:3.18', 'alpine:3.18', 'exact'],
    ['node:alpine', 'node:22-alpine', 'alias'],
    ['debian', 'debian:trixie', 'alias'],
    ['ubuntu:latest', 'ubuntu:26.04', 'alias'],
    ['python:3.6-alpine', 'python:3.6-alpine', 'exact'],
    ['python:3.12-slim', 'python:3.12-slim', 'exact'],
    ['python:3.12-slim-bookworm', 'python:3.12-slim', 'alias'],
    ['python:3.12', 'python:3.12', 'exact'],
    ['node:22', 'node:22', 'exact'],
    ['node:22-slim', 'node:22-slim', 'exact'],
    ['node:22-alpine', 'node:22-alpine', 'exact'],
    ['golang:1.23', 'golang:1.23', 'exact'],
    ['golang:1.22-alpine', 'golang:1.22-alpine', 'exact'],
    ['debian:bookworm-slim', 'debian:bookworm-slim', 'exact'],
    ['debian:bookworm', 'debian:bookworm', 'exact'],
    ['alpine:3.20', 'alpine:3.20', 'exact'],
    ['alpine', 'alpine:3.24', 'alias'],
    ['gcr.io/distroless/static-debian12', 'gcr.io/distroless/static-debian12:latest', 'alias'],
    ['gcr.io/distroless/static-debian12:nonroot', 'gcr.io/distroless/static-debian12:nonroot', 'exact'],
    ['gcr.io/distroless/base-debian12', 'gcr.io/distroless/base-debian12:latest', 'alias'],
    ['gcr.io/distroless/python3-debian12', 'gcr.io/distroless/python3-debian12:latest', 'alias'],
    ['gcr.io/distroless/nodejs22-debian12', 'gcr.io/distroless/nodejs22-debian12:latest', 'alias'],
    ['gcr.io/distroless/static', 'gcr.io/distroless/static-debian12:latest', 'alias'],
    ['eclipse-temurin:21-jre', 'eclipse-temurin:21-jre', 'exact'],
    ['eclipse-temurin:21-jdk', 'eclipse-temurin:21-jdk-noble', 'alias'],
    ['nginx:1.27', 'nginx:1.27', 'exact'],
    ['nginx:alpine', 'nginx:alpine', 'exact'],
    ['nginx', 'nginx:latest', 'alias'],
    ['rust:1.85', 'rust:1.85', 'exact'],
    ['rust:1.85-slim', 'rust:1.85-slim', 'exact'],
    ['ubuntu:22.04', 'ubuntu:22.04', 'exact'],
    ['ubuntu:24.04', 'ubuntu:24.04', 'exact'],
    ['ubuntu:noble', 'ubuntu:24.04', 'alias'],
    ['busybox', 'busybox:latest', 'alias'],
    ['scratch', 'scratch', 'exact'],
    ['docker.io/library/python:3.12', 'python:3.12', 'exact'],
  ])('%s → %s (%s)', (ref, record, match) => {
    const r = lookupImage(ref);
    const repo = r.image.repository.replace(/^docker\.io\/library\//, '');
    expect(r.image.repository === 'scratch' ? 'scratch' : `${repo}:${r.image.tag}`).toBe(record);
    expect(r.match).toBe(match);
    if (match !== 'exact') expect(r.note).toBeTruthy();
  });
});

describe('unknown references become labelled estimates, never errors', () => {
  test.each([
    // [reference, libc, shell, package manager, on-disk range MB]
    ['myorg/app:1.2', 'glibc', 'dash', 'apt', [150, 200]],
    ['myorg/app:1.2-alpine', 'musl', 'busybox-ash', 'apk', [100, 120]],
    ['myorg/worker:2-slim', 'glibc', 'dash', 'apt', [150, 200]],
    ['gcr.io/distroless/static-debian13', 'none', undefined, 'none', [100, 110]],
    ['ghcr.io/acme/tools:noble', 'glibc', 'dash', 'apt', [170, 185]],
    ['python:3.13-slim', 'glibc', 'dash', 'apt', [120, 130]],
    ['python:3.13-alpine', 'musl', 'busybox-ash', 'apk', [45, 55]],
    ['node:20', 'glibc', 'dash', 'apt', [1000, 1200]],
    ['golang:1.21-alpine', 'musl', 'busybox-ash', 'apk', [195, 230]],
    ['not a ref!', 'glibc', 'dash', 'apt', [150, 200]],
  ] as const)('%s → estimate (%s, %s, %s)', (ref, libc, shell, pm, [lo, hi]) => {
    const r = lookupImage(ref);
    expect(r.match).toBe('estimate');
    expect(r.note).toMatch(/not|estimate/i);
    expect(r.image.os.libc).toBe(libc);
    expect(r.image.os.shell?.impl).toBe(shell);
    expect(r.image.os.packageManager).toBe(pm);
    expect(r.image.onDisk.confidence).toBe('estimate');
    expect(r.image.onDisk.bytes / MB).toBeGreaterThanOrEqual(lo);
    expect(r.image.onDisk.bytes / MB).toBeLessThanOrEqual(hi);
  });
});

describe('digests are stable fakes that follow the record', () => {
  test('the same tag gives the same digest; aliases share it; other tags differ', () => {
    const a = lookupImage('python:3.12-slim').image.digest;
    expect(a).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(lookupImage('python:3.12-slim').image.digest).toBe(a);
    expect(lookupImage('python:3.12-slim-bookworm').image.digest).toBe(a);
    expect(lookupImage('python:3.12').image.digest).not.toBe(a);
  });

  test('changing a record (a team override) changes the digest', async () => {
    const { parseCatalogExtension } = await import('./index.ts');
    const team = parseCatalogExtension({ version: 1, images: [{ ref: 'python:3.12-slim', from: 'python:3.12-slim', layers: [{ createdBy: 'RUN patch', bytes: 1000 }] }] });
    expect(team.ok).toBe(true);
    if (!team.ok) return;
    const overridden = lookupImage('python:3.12-slim', { extra: [team.catalog] });
    expect(overridden.team).toBe(true);
    expect(overridden.image.digest).not.toBe(lookupImage('python:3.12-slim').image.digest);
  });
});

describe('platforms', () => {
  test.each([
    ['alpine:3.21', 'linux/arm64', true],
    ['alpine:3.21', undefined, true],
    ['debian:bookworm', 'arm64', true],
    ['alpine:3.21', 'linux/s390x', undefined],
  ] as const)('%s on %s → available %s', (ref, platform, available) => {
    expect(lookupImage(ref, platform ? { platform } : {}).platform.available).toBe(available);
  });
});

describe('listing for completions', () => {
  test('python lists its tags and aliases', () => {
    const tags = listTags('python');
    for (const t of ['3.12', '3.12-slim', '3.12-slim-bookworm', '3.12-alpine', '3.11', '3.6-alpine']) expect(tags).toContain(t);
  });
  test('every official repository is listed once', () => {
    const names = listImages().map((l) => l.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of ['scratch', 'busybox', 'alpine', 'debian', 'ubuntu', 'python', 'node', 'golang', 'rust', 'eclipse-temurin', 'nginx', 'gcr.io/distroless/static-debian12', 'gcr.io/distroless/cc-debian12', 'gcr.io/distroless/java21-debian12']) {
      expect(names).toContain(n);
    }
  });
});

describe('bad input never crashes or hangs', () => {
  test.each([
    ['10 MB of text', 'x'.repeat(10_000_000)],
    ['binary bytes', '\u0000\u0001\uFFFD\u0007python:3.12'],
    ['only colons', ':::::'],
    ['a path', '../../etc/passwd'],
  ])('%s', async (_what, text) => {
    const { lookupPackages, parseCatalogExtension } = await import('./index.ts');
    const start = performance.now();
    expect(lookupImage(text).match).toBe('estimate');
    expect(lookupPackages('apt', text, [text]).totalInstalledBytes).toBeGreaterThanOrEqual(0);
    expect(parseCatalogExtension(text).ok).toBe(false);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
