import { describe, expect, test } from 'vitest';
import { parsePlainLog, renderTty } from './tty-progress.ts';

const LOG = `#0 building with "default" instance using docker driver

#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 127B done
#1 DONE 0.0s

#2 [internal] load metadata for docker.io/library/python:3.12-slim
#2 DONE 0.6s

#3 [1/3] FROM docker.io/library/python:3.12-slim@sha256:abc
#3 resolve docker.io/library/python:3.12-slim@sha256:abc 0.0s done
#3 sha256:f14e 28.23MB / 28.23MB 1.2s done
#3 DONE 12.2s

#4 [2/3] WORKDIR /app
#4 CACHED

#5 [3/3] RUN gcc -o app app.c
#5 0.312 /bin/sh: 1: gcc: not found
#5 ERROR: process "/bin/sh -c gcc -o app app.c" did not complete successfully: exit code: 127
------
 > [3/3] RUN gcc -o app app.c:
0.312 /bin/sh: 1: gcc: not found
------
Dockerfile:3
--------------------
   1 |     FROM python:3.12-slim
   2 |     WORKDIR /app
   3 | >>> RUN gcc -o app app.c
--------------------
ERROR: failed to build: failed to solve: process "/bin/sh -c gcc -o app app.c" did not complete successfully: exit code: 127
`;

describe('BuildKit tty display from the plain log', () => {
  const parsed = parsePlainLog(LOG);

  test('vertices, their statuses and the error block are read back', () => {
    expect(parsed.vertices.map((v) => [v.name, v.status, v.seconds, v.statuses.length])).toEqual([
      ['[internal] load build definition from Dockerfile', 'done', 0, 1],
      ['[internal] load metadata for docker.io/library/python:3.12-slim', 'done', 0.6, 0],
      ['[1/3] FROM docker.io/library/python:3.12-slim@sha256:abc', 'done', 12.2, 2],
      ['[2/3] WORKDIR /app', 'cached', 0, 0],
      ['[3/3] RUN gcc -o app app.c', 'error', 0, 0],
    ]);
    expect(parsed.tail[0]).toBe('------');
    expect(parsed.tail.at(-1)).toMatch(/^ERROR: failed to build: failed to solve/);
  });

  const row = (name: string, time: string): string => ` => ${name}`.padEnd(99 - time.length - 1) + ` ${time}`;
  test.each([
    [0, '[+] Building 12.8s (5/5) FINISHED'.padEnd(84) + ' docker:default'],
    [1, row('[internal] load build definition from Dockerfile', '0.0s')],
    [2, row('=> transferring dockerfile: 127B', '0.0s')],
    [4, row('[1/3] FROM docker.io/library/python:3.12-slim@sha256:abc', '12.2s')],
    [6, row('=> sha256:f14e 28.23MB / 28.23MB', '1.2s')],
    [7, row('CACHED [2/3] WORKDIR /app', '0.0s')],
    [8, row('ERROR [3/3] RUN gcc -o app app.c', '0.0s')],
  ])('line %i at 100 columns', (index, expected) => {
    const lines = renderTty(parsed, 100);
    expect(lines[index]!.text).toBe(expected);
    expect(lines[index]!.text.length).toBe(99);
  });

  test('long names are cut to the width, as the display does', () => {
    const lines = renderTty(parsed, 40);
    for (const line of lines.filter((l) => l.kind !== 'tail' && l.kind !== 'header')) expect(line.text.length).toBeLessThanOrEqual(39);
    expect(lines[4]!.text).toBe(' => [1/3] FROM docker.io/library  12.2s');
  });
});
