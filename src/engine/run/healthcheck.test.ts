// HEALTHCHECK (simulation-model.md §5.4; moby daemon/health.go `monitor`, `getInterval`,
// `handleProbeResult`, exec errors recorded as exit -1).
import { describe, expect, test } from 'vitest';
import { simulateRun } from './index.ts';
import { exec, imageFixture, runtimes } from './testing/image-fixture.ts';
import type { FixtureInput } from './testing/image-fixture.ts';

const alpineNode = (healthcheck: FixtureInput['healthcheck']): FixtureInput => ({
  base: 'alpine',
  workdir: '/app',
  files: { ...runtimes.node('musl'), '/app/server.js': 'x' },
  cmd: exec(['node', 'server.js']),
  healthcheck,
});

function health(image: FixtureInput) {
  return simulateRun(imageFixture(image)).health;
}

describe('probe results', () => {
  test('§5.4 lecture example on node:alpine: curl is missing, `|| exit 1` makes every probe exit 1', () => {
    const h = health(alpineNode({ test: ['CMD-SHELL', 'curl -f http://localhost/health || exit 1'], intervalSeconds: 30, timeoutSeconds: 10, retries: 3 }));
    expect(h?.status).toBe('unhealthy');
    expect(h?.probe).toMatchObject({ form: 'CMD-SHELL', argv: ['/bin/sh', '-c', 'curl -f http://localhost/health || exit 1'], tool: 'curl', toolFound: false, exitCode: 1, output: '/bin/sh: curl: not found\n' });
    expect(h?.timeline.map((p) => [p.seconds, p.status])).toEqual([[30, 'starting'], [60, 'starting'], [90, 'unhealthy']]);
  });

  test('without `|| exit 1` the shell\'s 127 is the probe\'s exit code (dash wording on Debian)', () => {
    const h = health({ base: 'debian', cmd: exec(['sleep', 'infinity']), healthcheck: { test: ['CMD-SHELL', 'curl -f http://localhost/'] } });
    expect(h?.probe).toMatchObject({ exitCode: 127, output: '/bin/sh: 1: curl: not found\n' });
  });

  test('exec-form probe on distroless: the exec fails, moby records -1 and the runtime error', () => {
    const h = health({ base: 'distroless', files: { '/app': { elf: 'static' } }, entrypoint: exec(['/app']), healthcheck: { test: ['CMD', 'curl', '-f', 'http://localhost/'] } });
    expect(h?.probe).toMatchObject({
      exitCode: -1,
      toolFound: false,
      output: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "curl": executable file not found in $PATH: unknown',
    });
    expect(h?.status).toBe('unhealthy');
  });

  test('CMD-SHELL on an image without /bin/sh', () => {
    const h = health({ base: 'distroless', files: { '/app': { elf: 'static' } }, entrypoint: exec(['/app']), healthcheck: { test: ['CMD-SHELL', 'wget -q -O- localhost'] } });
    expect(h?.probe?.output).toBe('OCI runtime exec failed: exec failed: unable to start container process: exec: "/bin/sh": stat /bin/sh: no such file or directory: unknown');
    expect(h?.probe?.exitCode).toBe(-1);
  });

  test('BusyBox wget is in Alpine: the probe can run (success assumed), healthy at the first probe', () => {
    const h = health(alpineNode({ test: ['CMD-SHELL', 'wget -q --spider http://localhost:3000/ || exit 1'] }));
    expect(h).toMatchObject({ status: 'healthy', probe: { tool: 'wget', toolFound: true, exitCode: 0, assumed: true } });
    expect(h?.timeline).toEqual([{ seconds: 30, exitCode: 0, status: 'healthy', counted: true }]);
  });

  test('an exec-form probe with the app\'s own runtime (node healthcheck.js)', () => {
    expect(health(alpineNode({ test: ['CMD', 'node', 'healthcheck.js'] }))?.status).toBe('healthy');
  });

  test('HEALTHCHECK NONE turns the inherited check off', () => {
    expect(health(alpineNode({ test: ['NONE'] }))).toMatchObject({ status: 'none', probe: undefined });
  });

  test('no HEALTHCHECK: no health status at all', () => {
    expect(health({ base: 'debian', cmd: exec(['sleep', 'infinity']) })).toBeUndefined();
  });

  test('a container that exited runs no probe', () => {
    expect(health({ base: 'debian', cmd: exec(['echo', 'hi']), healthcheck: { test: ['CMD', 'true'] } })?.status).toBe('none');
  });
});

describe('timing (getInterval, start period)', () => {
  const failing = (hc: Omit<NonNullable<FixtureInput['healthcheck']>, 'test'>) =>
    health(alpineNode({ test: ['CMD', 'curl', 'http://localhost/'], ...hc }))?.timeline.map((p) => `${p.seconds}:${p.counted ? 'x' : '-'}:${p.status}`);

  test('defaults: interval 30 s, retries 3 -> unhealthy at 90 s', () => {
    expect(failing({})).toEqual(['30:x:starting', '60:x:starting', '90:x:unhealthy']);
  });

  test('start period 60 s: probes every start interval (5 s), the last wait ends the period; failures inside do not count', () => {
    expect(failing({ startPeriodSeconds: 60, intervalSeconds: 30 })).toEqual([
      '5:-:starting', '10:-:starting', '15:-:starting', '20:-:starting', '25:-:starting', '30:-:starting', '35:-:starting',
      '60:x:starting', '90:x:starting', '120:x:unhealthy',
    ]);
  });

  test('retries 1: the first counted failure makes it unhealthy', () => {
    expect(failing({ retries: 1, intervalSeconds: 10 })).toEqual(['10:x:unhealthy']);
  });

  test('a successful probe inside the start period makes it healthy at once', () => {
    const h = health(alpineNode({ test: ['CMD', 'node', '-e', '1'], startPeriodSeconds: 40, startIntervalSeconds: 2 }));
    expect(h?.timeline).toEqual([{ seconds: 2, exitCode: 0, status: 'healthy', counted: true }]);
  });

  test('settings report Docker\'s defaults', () => {
    expect(health(alpineNode({ test: ['CMD', 'node', '-e', '1'] }))?.settings).toEqual({
      intervalSeconds: 30, timeoutSeconds: 30, startPeriodSeconds: 0, startIntervalSeconds: 5, retries: 3,
    });
  });
});

describe('images the catalog does not have: the official server images are known by their Dockerfiles', () => {
  // The build turns `FROM postgres:16` into an image of family `unknown` whose commands are assumed present
  // (build/base-image.ts unknownImage); here the same kind of image, with `sleep` to keep it running.
  const unknown = (baseImage: string, test: readonly string[], files: FixtureInput['files'] = {}) => {
    const image = imageFixture({ base: 'debian', files, cmd: exec(['sleep', 'infinity']), healthcheck: { test } });
    return simulateRun({ ...image, baseImage, os: { ...image.os, family: 'unknown' } }).health;
  };
  test.each<[string, string, readonly string[], string, RegExp]>([
    ['curl on postgres: purged with wget after fetching gosu', 'postgres:16', ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'], 'unhealthy', /^\/bin\/sh: 1: curl: not found\n$/],
    ['curl on postgres, exec form: the exec fails', 'postgres:16', ['CMD', 'curl', '-f', 'http://localhost/'], 'unhealthy', /exec: "curl": executable file not found in \$PATH/],
    ['pg_isready on postgres: on PATH', 'postgres:16', ['CMD-SHELL', 'pg_isready -U postgres'], 'healthy', /^$/],
    ['BusyBox wget on redis:7-alpine', 'redis:7-alpine', ['CMD-SHELL', 'wget -qO- http://localhost:8080/ || exit 1'], 'healthy', /^$/],
    ['curl on redis:7-alpine, in BusyBox words', 'redis:7-alpine', ['CMD-SHELL', 'curl -f http://localhost/'], 'unhealthy', /^\/bin\/sh: curl: not found\n$/],
    ['curl on mysql: Oracle Linux slim has it', 'docker.io/library/mysql:8.4', ['CMD', 'curl', '-f', 'http://localhost/'], 'healthy', /^$/],
    ['an image nobody knows: curl assumed present', 'ghcr.io/acme/api:1.4.2', ['CMD', 'curl', '-f', 'http://localhost/'], 'healthy', /^$/],
  ])('%s', (_name, baseImage, test, status, output) => {
    const h = unknown(baseImage, test);
    expect(h?.status).toBe(status);
    expect(h?.probe?.output).toMatch(output);
  });

  test('curl installed on top of postgres is found in the image', () => {
    expect(unknown('postgres:16', ['CMD', 'curl', '-f', 'http://localhost/'], { '/usr/bin/curl': { elf: 'glibc' } })?.status).toBe('healthy');
  });

  test('the assumption about an unknown image is a note of the report', () => {
    expect(unknown('ghcr.io/acme/api:1.4.2', ['CMD', 'curl', '-f', 'http://localhost/'])?.notes).toContain('ghcr.io/acme/api:1.4.2 is not in the catalog: `curl` is assumed to be in it.');
  });
});
