import { describe, expect, test } from 'vitest';
import { run, step } from './testing/build-helpers.ts';
import { loaderStatus, lookupPath, resolveUser } from './filesystem-query.ts';

const MULTI = `
  FROM golang:1.25 AS build
  WORKDIR /src
  COPY go.mod main.go ./
  RUN go build -o /out/server .

  FROM alpine:3.21 AS debug
  RUN apk add --no-cache curl

  FROM build AS test
  RUN go test ./...

  FROM gcr.io/distroless/static-debian12 AS runtime
  COPY --from=build /out/server /server
  ENTRYPOINT ["/server"]`;

const GO = [
  { path: 'go.mod', content: 'module example.com/server\n\ngo 1.25\n' },
  { path: 'main.go', content: 'package main\nimport "net/http"\nfunc main() { http.ListenAndServe(":8080", nil) }\n' },
];

describe('stages', () => {
  test.each([
    { target: undefined, built: ['build', 'runtime'], skipped: ['debug', 'test'] },
    { target: 'test', built: ['build', 'test'], skipped: ['debug', 'runtime'] },
    { target: 'debug', built: ['debug'], skipped: ['build', 'test', 'runtime'] },
  ])('only the stages target $target needs are built', ({ target, built, skipped }) => {
    const r = run(MULTI, GO, target === undefined ? {} : { target });
    expect(r.ok).toBe(true);
    expect(r.stages.filter((s) => s.built).map((s) => s.name)).toEqual(built);
    expect(r.stages.filter((s) => !s.built).map((s) => s.name)).toEqual(skipped);
    for (const s of r.steps) expect(s.status === 'skipped').toBe(skipped.includes(s.stage));
  });

  test('skipped stages say why', () => {
    const r = run(MULTI, GO);
    expect(r.stages.find((s) => s.name === 'debug')?.reason).toBe('not needed for the final stage "runtime"');
    expect(step(r, 7).reason).toBe('stage not needed for the target');
  });

  test('steps are numbered per stage as BuildKit numbers them', () => {
    const r = run(MULTI, GO);
    expect(step(r, 1).name).toMatch(/^\[build 1\/4\] FROM docker\.io\/library\/golang:1\.25@sha256:[0-9a-f]{64}$/);
    expect(step(r, 4).name).toBe('[build 4/4] RUN go build -o /out/server .');
    expect(step(r, 13).name).toBe('[runtime 2/2] COPY --from=build /out/server /server');
  });

  test('a stage built FROM another stage starts from its filesystem and config', () => {
    const r = run(`
      FROM alpine:3.21 AS base
      ENV APP_HOME=/app
      RUN mkdir -p /app && echo base > /app/marker
      FROM base
      RUN cat /app/marker > /copy`);
    expect(r.ok).toBe(true);
    expect(r.image?.config.env.APP_HOME).toBe('/app');
    expect(lookupPath(r.image!.filesystem, '/app/marker')).toBeDefined();
    expect(r.image?.layers.filter((l) => !l.fromBase).map((l) => l.createdBy)).toEqual([
      'ENV APP_HOME=/app',
      'RUN /bin/sh -c mkdir -p /app && echo base > /app/marker # buildkit',
      'RUN /bin/sh -c cat /app/marker > /copy # buildkit',
    ]);
  });

  test('a single-stage file has no stage name in its step names', () => {
    const r = run('FROM alpine:3.21\nRUN true');
    expect(step(r, 2).name).toBe('[2/2] RUN true');
  });

  test('COPY --from a later stage is refused as BuildKit refuses it', () => {
    const r = run(`
      FROM alpine:3.21 AS first
      COPY --from=second /x /x
      FROM alpine:3.21 AS second
      RUN touch /x`, [], { target: 'first' });
    expect(r.ok).toBe(false);
    expect(r.error?.line).toBe(2);
    expect(r.error?.message).toBe('failed to solve: cannot copy from stage "second", it needs to be defined before current stage "first"');
  });
});

describe('what the runtime can ask the built image', () => {
  test.each([
    {
      name: 'a cgo-enabled Go server on Debian needs glibc\'s loader (absent on distroless/static)',
      dockerfile: MULTI,
      binary: '/server',
      linkage: 'dynamic',
      interpreter: '/lib64/ld-linux-x86-64.so.2',
      present: false,
    },
    {
      name: 'CGO_ENABLED=0 gives a static binary that starts anywhere',
      dockerfile: MULTI.replace('RUN go build', 'RUN CGO_ENABLED=0 go build'),
      binary: '/server',
      linkage: 'static',
      interpreter: undefined,
      present: true,
    },
    {
      name: 'golang:alpine has no C compiler, so cgo is off and the binary is static',
      dockerfile: MULTI.replace('FROM golang:1.25 AS build', 'FROM golang:1.25-alpine AS build'),
      binary: '/server',
      linkage: 'static',
      interpreter: undefined,
      present: true,
    },
    {
      name: 'a gcc build on Alpine needs musl\'s loader',
      dockerfile: `
        FROM alpine:3.21
        RUN apk add --no-cache build-base
        COPY main.c .
        RUN gcc -o /app main.c`,
      binary: '/app',
      linkage: 'dynamic',
      interpreter: '/lib/ld-musl-x86_64.so.1',
      present: true,
    },
  ])('$name', ({ dockerfile, binary, linkage, interpreter, present }) => {
    const r = run(dockerfile, [...GO, { path: 'main.c', content: 'int main(void){return 0;}\n' }]);
    expect(r.ok).toBe(true);
    const status = loaderStatus(r.image!.filesystem, binary);
    expect(status.binary?.linkage).toBe(linkage);
    expect(status.interpreter).toBe(interpreter);
    expect(status.interpreterPresent).toBe(present);
  });

  test('users made with useradd/adduser resolve; /bin/sh and curl are where they should be', () => {
    const debian = run(`
      FROM debian:bookworm-slim
      RUN groupadd -g 10001 appgroup && useradd -u 10000 -g appgroup -m -s /bin/bash appuser
      USER appuser`);
    expect(resolveUser(debian.image!.filesystem, 'appuser')).toEqual({ ok: true, uid: 10000, gid: 10001, name: 'appuser' });
    expect(lookupPath(debian.image!.filesystem, '/home/appuser/.bashrc')).toBeDefined();
    expect(lookupPath(debian.image!.filesystem, '/bin/sh')).toBeDefined();
    expect(debian.image?.users.map((u) => u.name)).toContain('appuser');

    const alpine = run(`
      FROM alpine:3.21
      RUN addgroup -S app && adduser -S app -G app && apk add --no-cache curl`);
    expect(resolveUser(alpine.image!.filesystem, 'app')).toMatchObject({ ok: true, name: 'app' });
    expect(lookupPath(alpine.image!.filesystem, '/usr/bin/curl')).toMatchObject({ kind: 'file', mode: 0o755 });
    expect(resolveUser(alpine.image!.filesystem, 'ghost')).toEqual({ ok: false, message: 'unable to find user ghost: no matching entries in passwd file' });
  });

  test('the config carries entrypoint, cmd (with its shell-words model), env, ports, signal, healthcheck', () => {
    const r = run(`
      FROM node:22-alpine
      ENV NODE_ENV=production PORT=3000
      EXPOSE 3000 9000-9001/udp
      STOPSIGNAL SIGINT
      HEALTHCHECK --interval=10s --retries=5 CMD wget -qO- localhost:3000/health || exit 1
      USER node
      WORKDIR /home/node/app
      CMD node server.js`);
    const c = r.image!.config;
    expect(c.entrypoint).toEqual(['docker-entrypoint.sh']);
    expect(c.cmd).toEqual(['/bin/sh', '-c', 'node server.js']);
    expect(c.cmdOrigin?.form).toBe('shell');
    expect(c.cmdOrigin?.script?.commands[0]?.name?.value).toBe('node');
    expect(c.env).toMatchObject({ NODE_ENV: 'production', PORT: '3000' });
    expect(c.exposedPorts).toEqual(['3000/tcp', '9000/udp', '9001/udp']);
    expect(c.stopSignal).toBe('SIGINT');
    expect(c.healthcheck).toMatchObject({ test: ['CMD-SHELL', 'wget -qO- localhost:3000/health || exit 1'], intervalSeconds: 10, retries: 5 });
    expect(c.user).toBe('node');
    expect(c.workdir).toBe('/home/node/app');
    expect(lookupPath(r.image!.filesystem, '/home/node/app')).toMatchObject({ kind: 'dir', uid: 1000, gid: 1000 });
  });

  test('ENTRYPOINT resets a CMD inherited from the base image', () => {
    const r = run('FROM node:22-alpine\nENTRYPOINT ["node", "app.js"]');
    expect(r.image?.config.cmd).toBeUndefined();
    const kept = run('FROM node:22-alpine\nCMD ["app.js"]\nENTRYPOINT ["node"]');
    expect(kept.image?.config.cmd).toEqual(['app.js']);
  });
});
