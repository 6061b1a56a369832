import { describe, expect, test } from 'vitest';
import { build } from '../../build.ts';
import { lookupPath } from '../../filesystem-query.ts';
import type { BuildResult } from '../../types.ts';

const EXT = '/usr/local/lib/python3.12/site-packages/psycopg2/_psycopg.cpython-312-x86_64-linux-gnu.so';
const COMPILE = 'RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev && pip install --no-cache-dir psycopg2 && rm -rf /var/lib/apt/lists/*';

function built(dockerfile: string): BuildResult {
  const r = build({ dockerfile });
  if (r.image === undefined) throw new Error(`${r.error?.message}\n${r.error?.output.join('\n')}`);
  return r;
}
const text = (r: BuildResult, path: string): string | undefined => {
  const node = lookupPath(r.image!.filesystem, path);
  return node?.kind === 'file' ? node.text : undefined;
};

describe('shared libraries: laid down by packages, recorded by compiled extensions, found as ld.so does', () => {
  test.each([
    { name: 'apt: libpq5 ships libpq.so.5 in the multiarch directory', df: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends libpq5', path: '/usr/lib/x86_64-linux-gnu/libpq.so.5', present: true },
    { name: 'apt: purging libpq5 removes it', df: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends libpq5 && apt-get purge -y libpq5', path: '/usr/lib/x86_64-linux-gnu/libpq.so.5', present: false },
    { name: 'apk: libpq ships /usr/lib/libpq.so.5', df: 'FROM alpine:3.21\nRUN apk add --no-cache libpq', path: '/usr/lib/libpq.so.5', present: true },
    { name: 'pip compiles psycopg2: its extension is an ELF', df: `FROM python:3.12-slim\n${COMPILE}`, path: EXT, present: true },
  ])('$name', ({ df, path, present }) => {
    const r = built(df);
    expect(lookupPath(r.image!.filesystem, path) !== undefined).toBe(present);
  });

  test('the compiled extension records libpq.so.5 (DT_NEEDED)', () => {
    const node = lookupPath(built(`FROM python:3.12-slim\n${COMPILE}`).image!.filesystem, EXT);
    expect(node).toMatchObject({ kind: 'file', binary: { linkage: 'dynamic', needs: ['libpq.so.5'], interpreter: '/lib64/ld-linux-x86-64.so.2' } });
  });

  test('a wheel built from the sdist in a builder stage links the same library when installed elsewhere', () => {
    const r = built([
      'FROM python:3.12-slim AS build',
      'RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev',
      'RUN pip wheel --no-cache-dir -w /wheels psycopg2',
      'FROM python:3.12-slim',
      'COPY --from=build /wheels /wheels',
      'RUN pip install --no-cache-dir /wheels/*.whl',
    ].join('\n'));
    expect(lookupPath(r.image!.filesystem, EXT)).toMatchObject({ binary: { needs: ['libpq.so.5'] } });
  });

  test.each([
    { name: 'in the build stage ldd finds libpq.so.5', extra: '', line: /^\tlibpq\.so\.5 => (\/usr)?\/lib\/x86_64-linux-gnu\/libpq\.so\.5 \(0x[0-9a-f]{16}\)$/m },
    { name: 'without libpq5 ldd reports it not found (and still exits 0)', extra: ' && apt-get purge -y libpq5', line: /^\tlibpq\.so\.5 => not found$/m },
  ])('ldd: $name', ({ extra, line }) => {
    const r = built(`FROM python:3.12-slim\n${COMPILE}${extra}\nRUN ldd ${EXT} > /ldd.txt`);
    const out = text(r, '/ldd.txt') ?? '';
    expect(out).toMatch(line);
    expect(out).toContain('\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6');
  });

  test.each([
    ['a static Go binary', 'FROM golang:1.23\nWORKDIR /src\nRUN printf \'module x\\n\\ngo 1.23\\n\' > go.mod && printf \'package main\\nfunc main() {}\\n\' > main.go && CGO_ENABLED=0 go build -o /app .\nRUN ldd /app', '\tnot a dynamic executable'],
    ['a missing file', 'FROM debian:bookworm-slim\nRUN ldd /nope', 'ldd: /nope: No such file or directory'],
  ])('ldd on %s exits 1', (_name, df, line) => {
    const r = build({ dockerfile: df });
    expect(r.error?.message).toMatch(/exit code: 1$/);
    expect(r.error?.output).toContain(line);
  });
});

describe('the lesson\'s guard: find … -exec ldd {} + | grep "not found" (find-grep.ts)', () => {
  const GUARD = "RUN ! find /opt/venv -name '*.so' -exec ldd {} + | grep 'not found'";
  const lines = (extra: readonly string[]) => [
    'FROM python:3.12-slim AS build',
    'RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev && rm -rf /var/lib/apt/lists/*',
    'RUN python -m venv /opt/venv',
    'ENV PATH=/opt/venv/bin:$PATH',
    'RUN pip install --no-cache-dir psycopg2',
    'FROM python:3.12-slim',
    ...extra,
    'COPY --from=build /opt/venv /opt/venv',
    GUARD,
  ].join('\n');

  test.each([
    { name: 'without libpq5 the build fails at the guard', extra: [], ok: false },
    { name: 'with libpq5 the guard passes', extra: ['RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*'], ok: true },
  ])('$name', ({ extra, ok }) => {
    const r = build({ dockerfile: lines(extra) });
    expect(r.ok, `${r.error?.message}`).toBe(ok);
    if (!ok) expect(r.error?.line).toBe(lines(extra).split('\n').length);
  });

  test.each([
    { name: 'find prints what matches', run: "find /etc -maxdepth 1 -name 'pass*' > /out", out: '/etc/passwd\n', code: 0 },
    { name: 'find -type d', run: 'mkdir -p /w/a/b && touch /w/a/f && find /w -type d > /out', out: '/w\n/w/a\n/w/a/b\n', code: 0 },
    { name: 'find a missing start', run: 'find /nope', out: undefined, code: 1 },
    { name: 'grep a match in a file', run: "printf 'a\\nneedle\\nb\\n' > /f && grep needle /f > /out", out: 'needle\n', code: 0 },
    { name: 'grep no match exits 1', run: "echo hay > /f && grep needle /f", out: undefined, code: 1 },
    { name: 'grep -v -c', run: "printf 'a\\nb\\na\\n' > /f && grep -vc a /f > /out", out: '1\n', code: 0 },
    { name: 'grep -q on a pipe', run: 'echo hello | grep -q ell && touch /out', out: '', code: 0 },
    { name: 'grep a missing file exits 2', run: 'grep x /nope', out: undefined, code: 2 },
  ])('$name', ({ run, out, code }) => {
    const r = build({ dockerfile: `FROM debian:bookworm-slim\nRUN ${run}` });
    if (code === 0) {
      expect(r.ok, `${r.error?.message} ${r.error?.output.join(' | ')}`).toBe(true);
      if (out !== undefined) expect(text(r, '/out')).toBe(out);
    } else expect(r.error?.message).toMatch(new RegExp(`exit code: ${code}$`));
  });
});
