import { describe, expect, test } from 'vitest';
import { formatLogTime, formatSeconds, renderProgress, sourceExcerpt } from './progress-log.ts';
import { run } from './testing/build-helpers.ts';

describe('BuildKit plain progress output', () => {
  test.each([
    [0.0123, '0.012'],
    [9.9994, '9.999'],
    [12.3456, '12.35'],
    [123.45, '123.5'],
    [0.25, '0.250'],
  ])('log times have 3 decimals under 10 s, 2 under 100 s, else 1 (%s -> %s)', (t, text) => {
    expect(formatLogTime(t)).toBe(text);
  });

  test.each([
    [0.25, '0.2'],
    [0.35, '0.3'],
    [1.05, '1.1'],
    [2.5, '2.5'],
  ])('DONE times round as Go does (%s -> %s)', (t, text) => {
    expect(formatSeconds(t)).toBe(text);
  });

  test('vertices print as #N name, logs, then CACHED / DONE x.ys / ERROR', () => {
    const text = renderProgress(
      [
        { name: '[1/3] FROM docker.io/library/alpine:3.21', status: 'cached', seconds: 0 },
        { name: '[2/3] RUN echo hi', status: 'done', seconds: 0.25, logs: [{ at: 0.1, text: 'hi' }] },
        { name: '[3/3] RUN false', status: 'error', seconds: 0.2, error: 'process "/bin/sh -c false" did not complete successfully: exit code: 1' },
      ],
      { vertexName: '[3/3] RUN false', logs: [], source: undefined, message: 'failed to solve: process "/bin/sh -c false" did not complete successfully: exit code: 1' },
    );
    expect(text).toBe(
      [
        '#0 building with "default" instance using docker driver',
        '',
        '#1 [1/3] FROM docker.io/library/alpine:3.21',
        '#1 CACHED',
        '',
        '#2 [2/3] RUN echo hi',
        '#2 0.100 hi',
        '#2 DONE 0.2s',
        '',
        '#3 [3/3] RUN false',
        '#3 ERROR: process "/bin/sh -c false" did not complete successfully: exit code: 1',
        '------',
        ' > [3/3] RUN false:',
        '------',
        'ERROR: failed to build: failed to solve: process "/bin/sh -c false" did not complete successfully: exit code: 1',
        '',
      ].join('\n'),
    );
  });

  test.each([
    { lines: ['FROM a', 'RUN b', 'RUN c', 'RUN d', 'RUN e', 'RUN f', 'RUN g'], start: 4, end: 4, first: 2, last: 6 },
    { lines: ['FROM a', 'RUN b'], start: 2, end: 2, first: 1, last: 2 },
    { lines: ['FROM a', 'RUN b \\', '  c', 'RUN d', 'RUN e', 'RUN f'], start: 2, end: 3, first: 1, last: 4 },
  ])('the Dockerfile excerpt pads like solver/errdefs/source.go (lines $start–$end)', ({ lines, start, end, first, last }) => {
    const out = sourceExcerpt({ filename: 'Dockerfile', lines, start, end });
    expect(out[0]).toBe(`Dockerfile:${start}`);
    expect(out[1]).toBe('--------------------');
    expect(out[2]).toMatch(new RegExp(`^ +${first} \\| `));
    expect(out.at(-2)).toMatch(new RegExp(`^ +${last} \\| `));
    expect(out.filter((l) => l.includes('>>>')).length).toBe(end - start + 1);
  });

  test('a whole build log: internal vertices, steps with stage prefixes, build context, export', () => {
    const r = run(`
      FROM alpine:3.21 AS build
      WORKDIR /src
      COPY app.txt .
      RUN cat app.txt > /out
      FROM alpine:3.21
      COPY --from=build /out /out`, [{ path: 'app.txt', content: 'x\n' }]);
    const names = [...r.log.matchAll(/^#\d+ (\S.*)$/gm)].map((m) => m[1]).filter((l) => !/^(DONE|CACHED|resolve|sha256|extracting|transferring|exporting layers|writing)/.test(l ?? ''));
    expect(names).toEqual([
      'building with "default" instance using docker driver',
      '[internal] load build definition from Dockerfile',
      '[internal] load metadata for docker.io/library/alpine:3.21',
      '[internal] load .dockerignore',
      expect.stringMatching(/^\[build 1\/4\] FROM docker\.io\/library\/alpine:3\.21@sha256:[0-9a-f]{64}$/),
      '[build 2/4] WORKDIR /src',
      '[internal] load build context',
      '[build 3/4] COPY app.txt .',
      '[build 4/4] RUN cat app.txt > /out',
      expect.stringMatching(/^\[stage-1 1\/2\] FROM docker\.io\/library\/alpine:3\.21@sha256:/),
      '[stage-1 2/2] COPY --from=build /out /out',
      'exporting to image',
    ]);
    expect(r.log).toMatch(/#\d+ exporting layers \d+\.\ds done\n#\d+ writing image sha256:[0-9a-f]{64} done\n#\d+ DONE \d+\.\ds\n$/);
  });

  test('variables in scope show expanded in step names, as BuildKit shows them', () => {
    const r = run(`
      FROM alpine:3.21
      ARG VERSION=1.2.3
      RUN echo $VERSION`);
    expect(r.log).toContain('[2/2] RUN echo 1.2.3\n');
  });
});
