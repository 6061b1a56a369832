// Go's exec.LookPath texts (runc uses it, runtime-signals/simulation-model §5.3) and what execve does
// with a file: ELF loader, architecture, #! line, CRLF, permissions.
import { describe, expect, test } from 'vitest';
import { execve, parseShebang } from './exec-check.ts';
import { DOCKER_DEFAULT_PATH, lookPath } from './fs-query.ts';
import { elf, imageFixture } from './testing/image-fixture.ts';

const image = imageFixture({
  base: 'alpine',
  files: {
    '/app/glibc-server': { elf: 'glibc' },
    '/app/musl-server': { elf: 'musl' },
    '/app/static-server': { elf: 'static' },
    '/app/arm-server': { elf: elf('static', 'arm64') },
    '/app/run.sh': { text: '#!/bin/sh\nexec "$@"\n', mode: 0o755 },
    '/app/crlf.sh': { text: '#!/bin/sh\r\nexec "$@"\r\n', mode: 0o755 },
    '/app/bash.sh': { text: '#!/bin/bash\necho hi\n', mode: 0o755 },
    '/app/noshebang.sh': { text: 'echo hi\n', mode: 0o755 },
    '/app/notexec.sh': { text: '#!/bin/sh\n', mode: 0o644 },
    '/app/owner-only': { elf: 'musl', mode: 0o700, uid: 0 },
    '/app/dir': { dir: true },
  },
});
const root = { uid: 0, gid: 0 };
const ctx = { fs: image.filesystem, cwd: '/app', cred: root, hostArch: 'amd64', imageArch: 'amd64' };

describe('lookPath (Go exec.LookPath)', () => {
  test.each([
    ['node', 'exec: "node": executable file not found in $PATH'],
    ['/app/missing', 'exec: "/app/missing": stat /app/missing: no such file or directory'],
    ['./missing', 'exec: "./missing": stat ./missing: no such file or directory'],
    ['/app/notexec.sh', 'exec: "/app/notexec.sh": permission denied'],
    ['/app/dir', 'exec: "/app/dir": is a directory'],
  ])('%s -> %s', (name, message) => {
    const r = lookPath(image.filesystem, name, DOCKER_DEFAULT_PATH, '/app', root);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe(message);
  });

  test('finds applets through symlinks and returns the PATH name', () => {
    const r = lookPath(image.filesystem, 'sleep', DOCKER_DEFAULT_PATH, '/', root);
    expect(r).toMatchObject({ ok: true, name: '/bin/sleep', real: '/bin/busybox' });
  });

  test('a file executable only by its owner is not executable for another uid', () => {
    expect(lookPath(image.filesystem, '/app/owner-only', '', '/', { uid: 1000, gid: 1000 }).ok).toBe(false);
    expect(lookPath(image.filesystem, '/app/owner-only', '', '/', root).ok).toBe(true);
  });
});

describe('execve', () => {
  test.each([
    ['/app/musl-server', true, undefined, undefined],
    ['/app/static-server', true, undefined, undefined],
    // §5.3: glibc binary on Alpine: the loader is missing -> ENOENT although the file exists
    ['/app/glibc-server', false, 'ENOENT', /loader \/lib64\/ld-linux-x86-64.so.2 is not in the image/],
    // wrong architecture -> ENOEXEC (exec format error)
    ['/app/arm-server', false, 'ENOEXEC', /arm64/],
    ['/app/run.sh', true, undefined, undefined],
    // §5.3: CRLF #! line names "/bin/sh\r"
    ['/app/crlf.sh', false, 'ENOENT', /Windows line endings/],
    // interpreter missing (bash on Alpine) -> ENOENT
    ['/app/bash.sh', false, 'ENOENT', /needs \/bin\/bash/],
    ['/app/noshebang.sh', false, 'ENOEXEC', /without a #! line/],
    ['/app/notexec.sh', false, 'EACCES', /not executable/],
  ] as const)('%s', (path, ok, errno, detail) => {
    const r = execve(ctx, path, [path]);
    expect(r.ok).toBe(ok);
    if (!r.ok) {
      expect(r.errno).toBe(errno);
      expect(r.detail).toMatch(detail as RegExp);
    }
  });

  test('a script runs its interpreter with the script path and arguments', () => {
    const r = execve(ctx, '/app/run.sh', ['/app/run.sh', 'node', 'app.js']);
    expect(r).toMatchObject({ ok: true, argv: ['/bin/sh', '/app/run.sh', 'node', 'app.js'], program: '/bin/busybox' });
  });

  test('a file of unknown content is assumed to be built for the image platform', () => {
    const img = imageFixture({ base: 'debian', arch: 'arm64', files: { '/app/x': { mode: 0o755 } } });
    const r = execve({ ...ctx, fs: img.filesystem, imageArch: 'arm64' }, '/app/x', ['/app/x']);
    expect(r).toMatchObject({ ok: false, errno: 'ENOEXEC' });
  });
});

describe('parseShebang (fs/binfmt_script.c)', () => {
  test.each([
    ['#!/bin/sh\n', '/bin/sh', undefined],
    ['#! /usr/bin/env node\n', '/usr/bin/env', 'node'],
    ['#!/usr/bin/env -S node --enable-source-maps\n', '/usr/bin/env', '-S node --enable-source-maps'],
    ['#!/bin/sh\r\n', '/bin/sh\r', undefined],
    ['#!/bin/bash  \t\n', '/bin/bash', undefined],
  ])('%j', (text, interpreter, arg) => {
    expect(parseShebang(text)).toEqual({ interpreter, arg });
  });
});

describe('base utilities the catalog does not list (build/run/base-utilities.ts)', () => {
  const bare = imageFixture({ base: 'scratch', files: { '/usr/bin/dash': { elf: 'static' } } });
  const debian = { ...bare, os: imageFixture({ base: 'debian' }).os };
  const base = { os: debian.os, arch: 'amd64' };

  test('coreutils on Debian are found in PATH and as absolute #! interpreters', () => {
    // Docker's default PATH puts /usr/sbin before /usr/bin: the first standard bin directory wins.
    expect(lookPath(debian.filesystem, 'sleep', DOCKER_DEFAULT_PATH, '/', root, base)).toMatchObject({ ok: true, name: '/usr/sbin/sleep' });
    expect(execve({ ...ctx, fs: debian.filesystem, base }, '/usr/bin/env', ['/usr/bin/env', 'node']).ok).toBe(true);
  });

  test('not on scratch, and not tools a base image lacks (curl)', () => {
    expect(lookPath(debian.filesystem, 'curl', DOCKER_DEFAULT_PATH, '/', root, base).ok).toBe(false);
    expect(lookPath(bare.filesystem, 'sleep', DOCKER_DEFAULT_PATH, '/', root, { os: bare.os, arch: 'amd64' }).ok).toBe(false);
  });
});
