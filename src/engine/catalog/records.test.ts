// Every official record must be internally consistent and carry its sources.
import { describe, expect, test } from 'vitest';
import { familiarOf, lookupImage, lookupPath, OFFICIAL_IMAGES, pathExists, TOOL_NAMES } from './index.ts';
import type { ImageRecord } from './types.ts';

const MB = 1e6;
const records = OFFICIAL_IMAGES.map((r) => [familiarOf(r), r] as const);
const CONFIDENCES = ['measured', 'registry', 'estimate'];

describe.each(records)('%s', (_name, r: ImageRecord) => {
  test('layer bytes add up to the on-disk size, compressed bytes to the compressed size (±1 %)', () => {
    const disk = r.layers.items.reduce((s, l) => s + l.bytes, 0);
    const comp = r.layers.items.reduce((s, l) => s + l.compressedBytes, 0);
    expect(Math.abs(disk - r.onDisk.bytes)).toBeLessThanOrEqual(r.onDisk.bytes * 0.01);
    expect(Math.abs(comp - r.compressed.bytes)).toBeLessThanOrEqual(r.compressed.bytes * 0.01);
  });

  test('compressed is smaller than on disk; empty layers carry no bytes', () => {
    if (r.onDisk.bytes > 0) expect(r.compressed.bytes).toBeLessThan(r.onDisk.bytes);
    for (const l of r.layers.items) if (l.emptyLayer) expect(l.bytes + l.compressedBytes).toBe(0);
  });

  test('libc, loader, shell and package manager agree with the file-system seed', () => {
    const { os } = r;
    const glibc = pathExists(r, '/lib64/ld-linux-x86-64.so.2');
    const musl = pathExists(r, '/lib/ld-musl-x86_64.so.1');
    expect(glibc).toBe(os.libc === 'glibc');
    expect(musl).toBe(os.libc === 'musl');
    if (os.loaderPath) expect(pathExists(r, os.loaderPath)).toBe(true);
    expect(os.loaderPath === undefined).toBe(os.libc === 'none');
    expect(pathExists(r, '/bin/sh')).toBe(os.shell !== undefined);
    expect(pathExists(r, '/usr/bin/apt-get')).toBe(os.packageManager === 'apt');
    expect(pathExists(r, '/sbin/apk')).toBe(os.packageManager === 'apk');
    if (os.shell) expect(os.shell.execsLoneCommand).toBe(os.shell.impl !== 'dash');
  });

  test('every tool it claims is in the file-system seed, and bash only when claimed', () => {
    for (const t of TOOL_NAMES) {
      const p = r.tools[t];
      if (p) expect(lookupPath(r, p).kind, `${t} at ${p}`).toBe('present');
    }
    expect(pathExists(r, '/bin/bash')).toBe(r.tools.bash !== undefined);
    for (const rt of r.runtimes) expect(pathExists(r, rt.binaryPath), rt.binaryPath).toBe(true);
  });

  test('users: root exists when there is a passwd file; uids are unique', () => {
    if (r.users.length > 0) {
      expect(r.users.find((u) => u.name === 'root')?.uid).toBe(0);
      expect(pathExists(r, '/etc/passwd')).toBe(true);
    }
    expect(new Set(r.users.map((u) => u.uid)).size).toBe(r.users.length);
  });

  test('every figure has a source and a confidence', () => {
    for (const f of [r.compressed, r.onDisk, r.layers, r.config, r.fs]) {
      expect(f.source.length).toBeGreaterThan(10);
      expect(CONFIDENCES).toContain(f.confidence);
    }
    if (r.os.shell) expect(r.os.shell.source.length).toBeGreaterThan(10);
    for (const rt of r.runtimes) expect(rt.source.length).toBeGreaterThan(10);
    expect(r.snapshot).toMatch(/^\d{4}-\d{2}$/);
  });

  test('its own tag and aliases resolve back to it', () => {
    for (const tag of [r.tag, ...r.aliases]) {
      const text = r.repository === 'scratch' ? 'scratch' : `${r.repository}:${tag}`;
      if (tag === '' && r.repository !== 'scratch') continue;
      const found = lookupImage(text).image;
      expect(`${found.repository}:${found.tag}`).toBe(`${r.repository}:${r.tag}`);
    }
  });
});

describe('no two records claim the same tag', () => {
  test('tags and aliases are unique per repository', () => {
    const seen = new Map<string, string>();
    for (const r of OFFICIAL_IMAGES) {
      for (const tag of [r.tag, ...r.aliases, ...(r.nearAliases ?? []).map((n) => n.tag)]) {
        const key = `${r.repository}:${tag}`;
        expect(seen.get(key), key).toBeUndefined();
        seen.set(key, r.tag);
      }
    }
  });
});

describe('sanity figures (on-disk, amd64, order of magnitude)', () => {
  test.each([
    ['scratch', 0, 0],
    ['busybox', 3, 6],
    ['alpine', 7, 10],
    ['debian:bookworm-slim', 70, 80],
    ['debian:bookworm', 110, 125],
    ['ubuntu:24.04', 70, 85],
    ['python:3.12-slim', 120, 130],
    ['python:3.12', 950, 1100],
    ['node:22', 1050, 1200],
    ['node:22-slim', 190, 240],
    ['node:22-alpine', 150, 175],
    ['golang:1.23', 780, 900],
    ['golang:1.25-alpine', 200, 300],
    ['gcr.io/distroless/static-debian12', 1.5, 3],
    ['gcr.io/distroless/base-debian12', 15, 25],
    ['nginx:1.27', 170, 210],
    ['nginx:alpine', 40, 70],
    ['eclipse-temurin:21-jre', 250, 330],
  ] as const)('%s is %d–%d MB', (ref, lo, hi) => {
    const mb = lookupImage(ref).image.onDisk.bytes / MB;
    expect(mb).toBeGreaterThanOrEqual(lo);
    expect(mb).toBeLessThanOrEqual(hi);
  });
});

describe('shell behaviour the run simulation relies on', () => {
  test.each([
    ['debian:bookworm', 'dash', false],
    ['ubuntu:24.04', 'dash', false],
    ['python:3.12-slim', 'dash', false],
    ['alpine:3.20', 'busybox-ash', true],
    ['node:22-alpine', 'busybox-ash', true],
    ['busybox', 'busybox-ash', true],
    ['gcr.io/distroless/static-debian12', undefined, undefined],
    ['scratch', undefined, undefined],
  ] as const)('%s: /bin/sh is %s, execs a lone command: %s', (ref, impl, execs) => {
    const sh = lookupImage(ref).image.os.shell;
    expect(sh?.impl).toBe(impl);
    expect(sh?.execsLoneCommand).toBe(execs);
  });

  test.each([
    ['node:22', 'node', 'ignored', undefined],
    ['python:3.12-slim', 'python', 'ignored', undefined],
    ['eclipse-temurin:21-jre', 'java', 'exits', 143],
    ['golang:1.23', 'go', 'exits', 2],
    ['nginx:1.27', 'nginx', 'exits', 0],
  ] as const)('%s: %s as PID 1 on SIGTERM → %s', (ref, name, what, code) => {
    const rt = lookupImage(ref).image.runtimes.find((x) => x.name === name);
    expect(rt?.sigtermAsPid1).toBe(what);
    expect(rt?.exitCodeOnSigterm).toBe(code);
  });

  test('nginx stops with SIGQUIT; distroless :nonroot runs as 65532; node images have a node user', () => {
    expect(lookupImage('nginx:1.27').image.config.stopSignal).toBe('SIGQUIT');
    expect(lookupImage('gcr.io/distroless/static-debian12:nonroot').image.config.user).toBe('65532');
    expect(lookupImage('node:22-slim').image.users.find((u) => u.name === 'node')?.uid).toBe(1000);
    expect(lookupImage('gcr.io/distroless/base-debian12').image.users.find((u) => u.name === 'nonroot')?.uid).toBe(65532);
  });
});

describe('file-system questions', () => {
  test.each([
    ['debian:bookworm', '/bin/sh', 'present'],
    ['debian:bookworm', '/usr/bin/curl', 'absent'],
    ['debian:bookworm', '/opt/app/thing', 'unknown'],
    ['python:3.12', '/usr/bin/curl', 'present'],
    ['python:3.12-slim', '/usr/local/bin/python', 'present'],
    ['alpine:3.20', '/lib64/ld-linux-x86-64.so.2', 'absent'],
    ['alpine:3.20', '/bin/bash', 'absent'],
    ['gcr.io/distroless/static-debian12', '/bin/sh', 'absent'],
    ['scratch', '/anything', 'absent'],
    ['node:22', '/usr/local/bin/node', 'present'],
    ['ubuntu:24.04', '/lib64/ld-linux-x86-64.so.2', 'present'],
  ] as const)('%s: %s is %s', (ref, path, kind) => {
    expect(lookupPath(lookupImage(ref).image, path).kind).toBe(kind);
  });
});
