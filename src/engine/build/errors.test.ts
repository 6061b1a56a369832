import { describe, expect, test } from 'vitest';
import { run, step } from './testing/build-helpers.ts';

describe('a build that cannot succeed fails with Docker\'s error at the right line', () => {
  test.each([
    {
      name: 'apt-get update as a non-root user',
      dockerfile: `
        FROM debian:bookworm-slim
        RUN useradd -u 10000 app
        USER 10000
        RUN apt-get update`,
      line: 4,
      message: 'failed to solve: process "/bin/sh -c apt-get update" did not complete successfully: exit code: 100',
      output: ['E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)', 'E: Unable to lock directory /var/lib/apt/lists/'],
    },
    {
      name: 'apt-get install as a non-root user',
      dockerfile: `
        FROM debian:bookworm-slim
        USER nobody
        RUN apt-get install -y tini`,
      line: 3,
      message: 'failed to solve: process "/bin/sh -c apt-get install -y tini" did not complete successfully: exit code: 100',
      output: ['E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)', 'E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?'],
    },
    {
      name: 'apk add as a non-root user',
      dockerfile: `
        FROM alpine:3.21
        USER nobody
        RUN apk add --no-cache curl`,
      line: 3,
      message: 'failed to solve: process "/bin/sh -c apk add --no-cache curl" did not complete successfully: exit code: 99',
      output: ['ERROR: Unable to lock database: Permission denied', 'ERROR: Failed to open apk database: Permission denied'],
    },
    {
      name: 'a shell-form RUN on an image without /bin/sh',
      dockerfile: `
        FROM scratch
        COPY app /app
        RUN chmod +x /app`,
      line: 3,
      message: 'failed to solve: process "/bin/sh -c chmod +x /app" did not complete successfully: exit code: 1',
      output: ['runc run failed: unable to start container process: error during container init: exec: "/bin/sh": stat /bin/sh: no such file or directory'],
    },
    {
      name: 'a compiler not in the stage (dash wording on Debian)',
      dockerfile: `
        FROM debian:bookworm-slim
        COPY main.c .
        RUN gcc -o app main.c`,
      line: 3,
      message: 'failed to solve: process "/bin/sh -c gcc -o app main.c" did not complete successfully: exit code: 127',
      output: ['/bin/sh: 1: gcc: not found'],
    },
    {
      name: 'a compiler not in the stage (BusyBox wording on Alpine)',
      dockerfile: `
        FROM alpine:3.21
        COPY main.c .
        RUN gcc -o app main.c`,
      line: 3,
      message: 'failed to solve: process "/bin/sh -c gcc -o app main.c" did not complete successfully: exit code: 127',
      output: ['/bin/sh: gcc: not found'],
    },
    {
      name: 'a tool missing after && stops the chain',
      dockerfile: `
        FROM debian:bookworm-slim
        RUN echo start && make && echo never`,
      line: 2,
      message: 'failed to solve: process "/bin/sh -c echo start && make && echo never" did not complete successfully: exit code: 127',
      output: ['/bin/sh: 1: make: not found'],
    },
    {
      name: 'bash as SHELL words its own not-found',
      dockerfile: `
        FROM debian:bookworm-slim
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        RUN node --version`,
      line: 3,
      message: 'failed to solve: process "/bin/bash -o pipefail -c node --version" did not complete successfully: exit code: 127',
      output: ['/bin/bash: line 1: node: command not found'],
    },
    {
      name: 'apt-get install before apt-get update (the image ships without lists)',
      dockerfile: `
        FROM debian:bookworm-slim
        RUN apt-get install -y curl`,
      line: 2,
      message: 'failed to solve: process "/bin/sh -c apt-get install -y curl" did not complete successfully: exit code: 100',
      output: ['Reading package lists...', 'Building dependency tree...', 'E: Unable to locate package curl'],
    },
    {
      name: 'a package that is not in the release',
      dockerfile: `
        FROM debian:bookworm
        RUN apt-get update && apt-get install -y cuda-toolkit-12-1`,
      line: 2,
      message: 'failed to solve: process "/bin/sh -c apt-get update && apt-get install -y cuda-toolkit-12-1" did not complete successfully: exit code: 100',
      output: ['E: Unable to locate package cuda-toolkit-12-1'],
    },
    {
      name: 'RUN as a user that does not exist',
      dockerfile: `
        FROM debian:bookworm-slim
        USER app
        RUN echo hi`,
      line: 3,
      message: 'failed to solve: unable to find user app: no matching entries in passwd file',
      output: [],
    },
  ])('$name', ({ dockerfile, line, message, output }) => {
    const r = run(dockerfile, [{ path: 'main.c', content: 'int main(void){return 0;}\n' }, { path: 'app', size: 1000 }]);
    expect(r.ok).toBe(false);
    expect(r.image).toBeUndefined();
    expect(r.error?.line).toBe(line);
    expect(r.error?.message).toBe(message);
    for (const o of output) expect(r.error?.output).toContain(o);
    expect(step(r, line).status).toBe('failed');
    expect(r.log).toContain(`ERROR: failed to build: ${message}`);
  });

  test.each([
    { name: 'a COPY source that is not in the context', ignore: undefined, path: 'main.c', because: /not in the build context/ },
    { name: 'a COPY source excluded by .dockerignore', ignore: '*.c\n', path: 'main.c', because: /\.dockerignore excludes it/ },
  ])('$name fails the cache key with BuildKit\'s text', ({ ignore, because }) => {
    const context = ignore === undefined ? [] : [{ path: '.dockerignore', content: ignore }, { path: 'main.c', content: 'int main(){}' }];
    const r = run(`
      FROM alpine:3.21
      WORKDIR /src
      COPY main.c .`, context);
    expect(r.ok).toBe(false);
    expect(r.error?.line).toBe(3);
    expect(r.error?.message).toMatch(/^failed to solve: failed to compute cache key: failed to calculate checksum of ref [a-z0-9]{25}::[a-z0-9]{25}: "\/main\.c": not found$/);
    expect(r.error?.explanation).toMatch(because);
  });

  test('COPY --from a stage that does not exist is an image pull that fails', () => {
    const r = run(`
      FROM golang:1.25 AS build
      RUN true
      FROM alpine:3.21
      COPY --from=builder /out/app /app`);
    expect(r.ok).toBe(false);
    expect(r.error?.line).toBe(4);
    expect(r.error?.message).toBe(
      'failed to solve: builder: failed to resolve source metadata for docker.io/library/builder:latest: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    );
    expect(r.error?.explanation).toMatch(/no stage named "builder" \(stages: build\)/);
  });

  test('the steps after a failure are skipped, and the log ends with the error block and an excerpt', () => {
    const r = run(`
      FROM debian:bookworm-slim
      RUN gcc -o app main.c
      RUN echo after`);
    expect(step(r, 3).status).toBe('skipped');
    expect(step(r, 3).reason).toBe('the build stopped at line 2');
    expect(r.log).toContain('------\n > [2/3] RUN gcc -o app main.c:\n');
    expect(r.log).toContain('Dockerfile:2\n--------------------\n   1 |     FROM debian:bookworm-slim\n   2 | >>> RUN gcc -o app main.c\n   3 |     RUN echo after\n');
  });

  test.each([
    ['a parse error', 'FROM alpine:3.21\nRUNN echo hi', 2, /dockerfile parse error on line 2/],
    ['an empty Dockerfile', '# nothing\n', 0, /file with no instructions/],
    ['an unknown --target', 'FROM alpine:3.21 AS base\nRUN true', 0, /target stage "bsae" could not be found \(did you mean base\?\)/],
  ])('%s', (_name, dockerfile, line, message) => {
    const r = run(dockerfile, [], { target: dockerfile.includes('AS base') ? 'bsae' : undefined });
    expect(r.ok).toBe(false);
    expect(r.error?.line).toBe(line);
    expect(r.error?.message).toMatch(message);
  });
});
