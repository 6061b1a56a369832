// A compiled extension records the shared libraries it links; an image without them fails the import at run
// time (python-imports.ts), as Docker does: `ImportError: libpq.so.5: cannot open shared object file`.
import { describe, expect, test } from 'vitest';
import { build } from '../build/index.ts';
import { simulateRun } from './index.ts';
import type { RunReport } from './index.ts';

const APP = 'import os\n\nimport psycopg2\nfrom flask import Flask\n\napp = Flask(__name__)\n';
const CONTEXT = [
  { path: 'requirements.txt', content: 'flask==3.1.0\ngunicorn==23.0.0\npsycopg2==2.9.10\n' },
  { path: 'app.py', content: APP },
];
const BUILDER = [
  'FROM python:3.12-slim AS build',
  'RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev && rm -rf /var/lib/apt/lists/*',
  'RUN python -m venv /opt/venv',
  'ENV PATH=/opt/venv/bin:$PATH',
  'COPY requirements.txt .',
  'RUN pip install --no-cache-dir -r requirements.txt',
];
const LIBPQ = 'RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*';

function run(lines: readonly string[]): RunReport {
  const result = build({ dockerfile: lines.join('\n'), context: CONTEXT });
  if (result.image === undefined) throw new Error(`build failed: ${result.error?.message ?? '?'}`);
  return simulateRun(result.image, {});
}

const runtime = (base: string, extra: readonly string[], cmd: string): string[] => [
  ...BUILDER,
  `FROM ${base}`,
  ...extra,
  'COPY --from=build /opt/venv /opt/venv',
  'ENV PATH=/opt/venv/bin:$PATH',
  'WORKDIR /app',
  'COPY app.py .',
  `CMD ${cmd}`,
];

const GUNICORN = '["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]';
const IMPORT_ERROR = 'ImportError: libpq.so.5: cannot open shared object file: No such file or directory';

describe('a compiled extension needs its shared library in the final image', () => {
  test.each([
    { name: 'gunicorn on python:3.12-slim without libpq5: the worker fails to boot, exit 3', base: 'python:3.12-slim', extra: [], cmd: GUNICORN, code: 3, last: '[1] [ERROR] Reason: Worker failed to boot.' },
    { name: 'python app.py without libpq5: the traceback, exit 1', base: 'python:3.12-slim', extra: [], cmd: '["python", "app.py"]', code: 1, last: IMPORT_ERROR },
    { name: 'python -m gunicorn without libpq5: exit 3', base: 'python:3.12-slim', extra: [], cmd: '["python", "-m", "gunicorn", "app:app"]', code: 3, last: '[1] [ERROR] Reason: Worker failed to boot.' },
    { name: 'gunicorn --chdir finds the app elsewhere', base: 'python:3.12-slim', extra: [], cmd: '["gunicorn", "--chdir", "/app", "-w", "2", "app:app"]', code: 3, last: '[1] [ERROR] Reason: Worker failed to boot.' },
  ])('$name', ({ base, extra, cmd, code, last }) => {
    const r = run(runtime(base, extra, cmd));
    expect(r.running).toBe(false);
    expect(r.error?.message).toBe(IMPORT_ERROR);
    expect(r.error?.exitCode).toBe(code);
    expect(r.error?.output).toContain(IMPORT_ERROR);
    expect(r.error?.output).toContain('  File "/app/app.py", line 3, in <module>');
    expect(r.error?.output).toContain('    import psycopg2');
    expect(r.error?.output.at(-1)).toBe(last);
    expect(r.error?.explanation).toMatch(/_psycopg\.cpython-312-x86_64-linux-gnu\.so needs libpq\.so\.5 .*libpq5/);
  });

  test.each([
    { name: 'libpq5 installed in the final stage', base: 'python:3.12-slim', extra: [LIBPQ] },
    { name: 'python:3.12 (full) already ships libpq5 in its base packages', base: 'python:3.12', extra: [] },
    { name: 'LD_LIBRARY_PATH pointing at a copied library', base: 'python:3.12-slim', extra: ['COPY --from=build /usr/lib/x86_64-linux-gnu/libpq.so.5 /opt/lib/libpq.so.5', 'ENV LD_LIBRARY_PATH=/opt/lib'] },
  ])('starts: $name', ({ base, extra }) => {
    const r = run(runtime(base, extra, GUNICORN));
    expect(r.error).toBeUndefined();
    expect(r.running).toBe(true);
  });

  test('a one-stage image keeps libpq5 (libpq-dev pulled it in): it starts', () => {
    const r = run([...BUILDER, 'WORKDIR /app', 'COPY app.py .', `CMD ${GUNICORN}`]);
    expect(r.error).toBeUndefined();
    expect(r.running).toBe(true);
  });

  test('psycopg2-binary bundles its own libpq: nothing to install', () => {
    const result = build({
      dockerfile: ['FROM python:3.12-slim AS build', 'RUN python -m venv /opt/venv', 'ENV PATH=/opt/venv/bin:$PATH', 'RUN pip install --no-cache-dir gunicorn psycopg2-binary flask', ...runtime('python:3.12-slim', [], GUNICORN).slice(BUILDER.length)].join('\n'),
      context: CONTEXT,
    });
    const r = simulateRun(result.image!, {});
    expect(r.error).toBeUndefined();
    expect(r.running).toBe(true);
  });

  test('on Alpine the advice names apk\'s package', () => {
    const alpineBuilder = ['FROM python:3.12-alpine AS build', 'RUN apk add --no-cache build-base libpq-dev', 'RUN python -m venv /opt/venv', 'ENV PATH=/opt/venv/bin:$PATH', 'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt'];
    const result = build({ dockerfile: [...alpineBuilder, ...runtime('python:3.12-alpine', [], GUNICORN).slice(BUILDER.length)].join('\n'), context: CONTEXT });
    const r = simulateRun(result.image!, {});
    expect(r.error?.message).toBe(IMPORT_ERROR);
    expect(r.error?.explanation).toContain('apk add --no-cache libpq');
  });
});

describe('a binary linked against a library the image lacks (launch.ts, ld.so)', () => {
  const build2 = (final: readonly string[]): RunReport => {
    const result = build({
      dockerfile: [
        'FROM debian:bookworm-slim AS build',
        'RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev libpq-dev',
        'COPY main.c .',
        'RUN gcc -O2 -o /server main.c -lpq',
        'FROM debian:bookworm-slim',
        ...final,
        'COPY --from=build /server /server',
        'CMD ["/server"]',
      ].join('\n'),
      context: [{ path: 'main.c', content: '#include <libpq-fe.h>\nint main(void) { return PQlibVersion() > 0 ? 0 : 1; }\n' }],
    });
    if (result.image === undefined) throw new Error(`build failed: ${result.error?.message ?? '?'}`);
    return simulateRun(result.image, {});
  };

  test('without libpq5 the loader stops it: exit 127', () => {
    const r = build2([]);
    expect(r.error).toMatchObject({
      message: '/server: error while loading shared libraries: libpq.so.5: cannot open shared object file: No such file or directory',
      exitCode: 127,
      phase: 'runtime',
    });
    expect(r.error?.explanation).toContain('apt-get install -y --no-install-recommends libpq5');
  });

  test('with libpq5 it runs', () => {
    const r = build2([LIBPQ]);
    expect(r.error).toBeUndefined();
  });
});
