import { describe, expect, test } from 'vitest';
import { layer, MB, run, step } from './testing/build-helpers.ts';
import { lookupPath } from './filesystem-query.ts';

const byteRange = (dockerfile: string, line: number, context = [] as { path: string; content: string }[]) => {
  const r = run(dockerfile, context);
  if (!r.ok) throw new Error(`${r.error?.message} ${r.error?.output.join(' | ')}`);
  return layer(r, line).bytes / MB;
};

describe('what a RUN does is modelled from its words', () => {
  test.each([
    ['apt: recommends by default', 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*', 15, 18],
    ['apt: --no-install-recommends', 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*', 11.5, 14],
    ['apt: -o APT::Install-Recommends=false', 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get -o APT::Install-Recommends=false install -y curl && rm -rf /var/lib/apt/lists/*', 11.5, 14],
    ['apt: lists left in place add ≈20 MB', 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl', 31.5, 34],
    ['apt-get clean does not remove the lists', 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && apt-get clean', 31.5, 34],
    ['apt purge --auto-remove in the same RUN leaves almost nothing', 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc && apt-get purge -y --auto-remove gcc && rm -rf /var/lib/apt/lists/*', 0, 2],
    ['apk add --no-cache keeps no index', 'FROM alpine:3.21\nRUN apk add --no-cache curl', 3.5, 4.5],
    ['apk add keeps the index in /var/cache/apk', 'FROM alpine:3.21\nRUN apk add curl', 6, 7],
    ['apk --virtual … && apk del in one RUN', 'FROM alpine:3.21\nRUN apk add --no-cache --virtual .build-deps build-base && apk del .build-deps', 0, 0.1],
    ['pip keeps its cache', 'FROM python:3.12-slim\nRUN pip install flask', 6.5, 7],
    ['pip --no-cache-dir', 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask', 5, 5.1],
    ['PIP_NO_CACHE_DIR=1', 'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask', 5, 5.1],
  ])('%s', (_name, dockerfile, min, max) => {
    const line = dockerfile.split('\n').length;
    const mb = byteRange(dockerfile, line);
    expect(mb).toBeGreaterThanOrEqual(min);
    expect(mb).toBeLessThanOrEqual(max);
  });

  test('apk del in a later RUN only adds whiteouts: the bytes stay', () => {
    const r = run('FROM alpine:3.21\nRUN apk add --no-cache --virtual .build-deps build-base\nRUN apk del .build-deps');
    expect(layer(r, 2).bytes / MB).toBeGreaterThan(200);
    expect(layer(r, 3).changes.filter((c) => c.kind === 'whiteout').length).toBeGreaterThan(3);
    expect((r.image?.wastedBytes ?? 0) / MB).toBeGreaterThan(200);
  });

  const PKG = JSON.stringify({ name: 'web', scripts: { build: 'tsc -p .' }, dependencies: { express: '^4' }, devDependencies: { typescript: '^5' } });
  test.each([
    ['npm install: dependencies and devDependencies', 'RUN npm install', 33, 50],
    ['npm ci --omit=dev: dependencies only', 'RUN npm ci --omit=dev', 2.5, 5],
    ['npm install --production', 'RUN npm install --production', 2.5, 5],
    ['NODE_ENV=production', 'ENV NODE_ENV=production\nRUN npm install', 2.5, 5],
    ['npm cache on a cache mount stays out', 'RUN --mount=type=cache,target=/root/.npm npm ci', 33, 34],
  ])('%s', (_name, lines, min, max) => {
    const dockerfile = `FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\n${lines}`;
    const mb = byteRange(dockerfile, dockerfile.split('\n').length, [{ path: 'package.json', content: PKG }, { path: 'package-lock.json', content: '{}' }]);
    expect(mb).toBeGreaterThanOrEqual(min);
    expect(mb).toBeLessThanOrEqual(max);
  });

  test.each([
    ['npm ci without a lockfile', 'COPY package.json ./\nRUN npm ci', /npm error The `npm ci` command can only install with an existing package-lock.json/, 1],
    ['npm run build without its devDependency', 'COPY package.json ./\nRUN npm install --omit=dev && npm run build', /^sh: tsc: not found$/, 127],
    ['npm install without a package.json', 'RUN npm install', /Could not read package.json/, 254],
  ])('%s fails as npm does', (_name, lines, message, code) => {
    const r = run(`FROM node:22-alpine\nWORKDIR /app\n${lines}`, [{ path: 'package.json', content: PKG }]);
    expect(r.ok).toBe(false);
    expect(r.error?.message).toMatch(new RegExp(`exit code: ${code}$`));
    expect(r.error?.output.some((l) => message.test(l))).toBe(true);
  });

  test('npm run build with its devDependencies writes dist/', () => {
    const r = run(`FROM node:22-alpine\nWORKDIR /app\nCOPY package.json tsconfig.json ./\nRUN npm install\nCOPY src ./src\nRUN npm run build`, [
      { path: 'package.json', content: PKG },
      { path: 'src/index.ts', content: 'export const x = 1;\n'.repeat(100) },
      { path: 'tsconfig.json', content: '{ "compilerOptions": { "outDir": "dist" } }' },
    ]);
    expect(r.ok).toBe(true);
    expect(lookupPath(r.image!.filesystem, '/app/dist/index.js')).toMatchObject({ kind: 'file' });
  });

  test.each([
    ['go get outside a module (Go ≥ 1.17)', 'RUN go get -u github.com/gin-gonic/gin', "\t'go get' is no longer supported outside a module."],
    ['go build of a file importing a module without go.mod', 'RUN go build -o app main.go', 'main.go:3:8: no required module provides package github.com/gin-gonic/gin: go.mod file not found in current directory or any parent directory; see \'go help modules\''],
  ])('%s', (_name, line, output) => {
    const r = run(`FROM golang:1.25\nWORKDIR /go/src/app\nCOPY main.go .\n${line}`, [{ path: 'main.go', content: 'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() { gin.Default() }\n' }]);
    expect(r.ok).toBe(false);
    expect(r.error?.output).toContain(output);
    expect(r.error?.message).toMatch(/exit code: 1$/);
  });

  test.each([
    ['curl -o writes the file', 'RUN curl -fsSL -o /usr/local/bin/tini https://github.com/krallin/tini/releases/download/v0.19.0/tini-static && chmod +x /usr/local/bin/tini', 0.8, 1],
    ['wget -O writes the file', 'RUN wget -q -O /tmp/x.tar.gz https://example.com/x.tar.gz', 19, 21],
    ['curl | tar extracts an estimate', 'RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /opt', 45, 55],
    ['echo > file', 'RUN echo "hello world" > /etc/motd', 0, 0.001],
    ['a heredoc into a file', 'RUN cat <<EOF > /etc/app.conf\nport=8080\nEOF', 0, 0.001],
  ])('%s', (_name, lines, min, max) => {
    const dockerfile = `FROM python:3.12\n${lines}`;
    const mb = byteRange(dockerfile, 2);
    expect(mb).toBeGreaterThanOrEqual(min);
    expect(mb).toBeLessThanOrEqual(max);
  });

  test.each([
    ['curl over https without a CA bundle', 'RUN apt-get update && apt-get install -y --no-install-recommends curl && curl -fsSL https://example.com/x -o /x', 77, undefined],
    ['set -e stops at the first failure', 'RUN set -e; false; echo never', 1, undefined],
    ['without set -e the last status counts', 'RUN false; true', 0, undefined],
    ['|| recovers', 'RUN false || true', 0, undefined],
    ['exit sets the status', 'RUN exit 3', 3, undefined],
  ])('%s', (_name, line, code, output) => {
    const r = run(`FROM debian:bookworm-slim\n${line}`);
    if (code === 0) expect(r.ok).toBe(true);
    else {
      expect(r.error?.message).toMatch(new RegExp(`exit code: ${code}$`));
      if (output !== undefined) expect(r.error?.output).toContain(output);
    }
  });

  test('RUN --network=none cuts downloads off', () => {
    const r = run('FROM python:3.12\nRUN --network=none curl -fsSL https://example.com/x');
    expect(r.error?.message).toMatch(/exit code: 6$/);
    expect(r.error?.output).toContain('curl: (6) Could not resolve host: example.com');
  });

  test('shell logic: if, for, variables, cd and command substitution', () => {
    const r = run(`
      FROM alpine:3.21
      ARG TARGETARCH
      RUN cd /tmp && for n in a b c; do echo $n > /tmp/$n.txt; done && if [ -f /tmp/a.txt ]; then echo yes > /yes; else echo no > /no; fi
      RUN echo "$(uname -m) $(nproc)" > /info && echo \${TARGETARCH:-none} > /arch`);
    expect(r.ok).toBe(true);
    const fs = r.image!.filesystem;
    for (const n of ['a', 'b', 'c']) expect(lookupPath(fs, `/tmp/${n}.txt`)).toMatchObject({ text: `${n}\n` });
    expect(lookupPath(fs, '/yes')).toBeDefined();
    expect(lookupPath(fs, '/no')).toBeUndefined();
    expect(lookupPath(fs, '/info')).toMatchObject({ text: 'x86_64 4\n' });
    expect(lookupPath(fs, '/arch')).toMatchObject({ text: 'amd64\n' });
  });

  test('RUN <<EOF runs the heredoc as the script', () => {
    const r = run('FROM alpine:3.21\nRUN <<EOF\nmkdir -p /app\necho ready > /app/state\nEOF');
    expect(r.ok).toBe(true);
    expect(lookupPath(r.image!.filesystem, '/app/state')).toMatchObject({ text: 'ready\n' });
  });

  test('an unknown command gets a small, labelled estimate — never silence', () => {
    const r = run('FROM python:3.12\nRUN git clone https://github.com/example/repo /src');
    expect(r.ok).toBe(true);
    expect(step(r, 2).estimates.join(' ')).toMatch(/`git clone https:\/\/github\.com\/example\/repo \/src` is not simulated: assumed to succeed/);
    const missing = run('FROM python:3.12\nRUN my-custom-tool --do-things');
    expect(missing.error?.output).toContain('/bin/sh: 1: my-custom-tool: not found');
  });

  test.each([
    ['useradd twice', 'RUN useradd app && useradd app', 9, "useradd: user 'app' already exists"],
    ['useradd -g a missing group', 'RUN useradd -g staff app', 6, "useradd: group 'staff' does not exist"],
    ['chown to an unknown user', 'RUN touch /f && chown ghost /f', 1, "chown: invalid user: 'ghost'"],
    ['rm of a missing file without -f', 'RUN rm /nope', 1, "rm: cannot remove '/nope': No such file or directory"],
    ['mkdir without -p', 'RUN mkdir /a/b', 1, "mkdir: cannot create directory '/a/b': No such file or directory"],
  ])('%s', (_name, line, code, output) => {
    const r = run(`FROM debian:bookworm-slim\n${line}`);
    expect(r.error?.message).toMatch(new RegExp(`exit code: ${code}$`));
    expect(r.error?.output).toContain(output);
  });

  test('pip as a non-root user falls back to a user install', () => {
    const r = run('FROM python:3.12-slim\nRUN useradd -m app\nUSER app\nRUN pip install --no-cache-dir flask');
    expect(r.ok).toBe(true);
    expect(step(r, 4).output).toContain('Defaulting to user installation because normal site-packages is not writeable');
    expect(layer(r, 4).changes.some((c) => c.path.startsWith('/home/app/.local/lib/python3.12/site-packages/flask'))).toBe(true);
  });

  test('pip on Debian\'s own Python is refused (PEP 668)', () => {
    const r = run('FROM debian:bookworm\nRUN apt-get update && apt-get install -y python3-pip && pip install flask');
    expect(r.ok).toBe(false);
    expect(r.error?.output).toContain('error: externally-managed-environment');
  });

  test('a C extension without a wheel needs a compiler on Alpine', () => {
    const r = run('FROM python:3.12-alpine\nRUN pip install numpy');
    expect(r.ok).toBe(false);
    expect(r.error?.output).toContain("  error: command 'gcc' failed: No such file or directory");
  });
});
