// What a service's healthcheck can run in its image, and what `up` then does (compose-orchestration.md §3, §11 #5;
// moby daemon/health.go: a probe that cannot exec records -1, a shell that cannot find the program exits 127).
import { describe, expect, test } from 'vitest';
import { analyze } from '../../index.ts';
import { parseCompose } from '../parse-compose.ts';
import { serviceHealth } from './service-images.ts';
import { simulateUp } from './up.ts';

function project(text: string) {
  const { model } = parseCompose([{ path: '/p/demo/compose.yaml', text }], { env: {} });
  return model;
}

/** A `db` service with the given image and healthcheck test, and an `api` that waits for it to be healthy. */
const waitsFor = (image: string, test: string) =>
  `services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: ${image}\n    healthcheck:\n      test: ${test}\n      interval: 5s\n      retries: 3\n`;

describe('a healthcheck whose program the image lacks never passes', () => {
  test.each<[string, string, string, boolean, RegExp | undefined]>([
    ['curl on postgres (shell form)', 'postgres:16', '["CMD-SHELL", "curl -f http://localhost:5432/ || exit 1"]', false, /^\/bin\/sh: 1: curl: not found\n$/],
    ['curl on postgres (exec form): the exec fails', 'postgres:16', '["CMD", "curl", "-f", "http://localhost/"]', false, /^OCI runtime exec failed: .*exec: "curl": executable file not found in \$PATH: unknown$/],
    ['pg_isready on postgres', 'postgres:16', '["CMD-SHELL", "pg_isready -U orders -d orders"]', true, /^$/],
    ['wget on postgres (purged after fetching gosu)', 'postgres:16', 'wget -qO- http://localhost/', false, /wget: not found/],
    ['BusyBox wget on postgres:16-alpine', 'postgres:16-alpine', 'wget -qO- http://localhost/', true, /^$/],
    ['curl on postgres:16-alpine, in BusyBox words', 'postgres:16-alpine', 'curl -f http://localhost/', false, /^\/bin\/sh: curl: not found\n$/],
    ['redis-cli on redis', 'redis:7.4', '["CMD", "redis-cli", "ping"]', true, /^$/],
    ['curl on redis', 'redis:7.4', '["CMD", "curl", "localhost"]', false, /executable file not found/],
    ['curl on mysql (Oracle Linux has it)', 'mysql:8.4', '["CMD", "curl", "-f", "http://localhost/"]', true, /^$/],
    ['curl on python:3.12-slim', 'python:3.12-slim', '["CMD", "curl", "-f", "http://localhost:8000/"]', false, /executable file not found/],
    ['python on python:3.12-slim', 'python:3.12-slim', '["CMD", "python", "-c", "import urllib.request"]', true, /^$/],
    ['CMD-SHELL on distroless: no /bin/sh', 'gcr.io/distroless/static-debian12', '["CMD-SHELL", "/app healthcheck"]', false, /exec: "\/bin\/sh": stat \/bin\/sh: no such file or directory/],
    ['curl on an image the catalog does not know: assumed present', 'ghcr.io/acme/db:2', '["CMD", "curl", "-f", "http://localhost/"]', true, /^$/],
  ])('%s', (_name, image, hc, canPass, output) => {
    const model = project(waitsFor(image, hc));
    const db = serviceHealth(model).get('db')!;
    expect(db.canPass).toBe(canPass);
    if (output !== undefined) expect(db.probe?.output).toMatch(output);
    const r = simulateUp(model);
    const states = r.services.map((s) => `${s.name}:${s.state}${s.health === undefined ? '' : `/${s.health}`}`);
    if (canPass) {
      expect([r.ok, states]).toEqual([true, ['api:started', 'db:started/healthy']]);
    } else {
      // 3 failures at 5, 10 and 15 s: unhealthy, and the dependant is never started.
      expect([r.ok, r.exitCode, r.error, states]).toEqual([false, 1, 'dependency failed to start: container demo-db-1 is unhealthy', ['api:not-started', 'db:started/unhealthy']]);
      expect(r.timeline.filter((e) => e.source === 'compose').slice(-2).map((e) => [e.atMs, e.text])).toEqual([
        [15_000, 'Container demo-db-1  Error dependency db failed to start'],
        [15_000, 'dependency failed to start: container demo-db-1 is unhealthy'],
      ]);
      expect(r.services[1]!.healthcheck).toMatchObject({ canPass: false, imageKnown: true });
      expect(r.services[1]!.reason).toMatch(/unhealthy \(Docker leaves it running\): .* is not in /);
    }
  });

  test('the assumption about an unknown image is reported', () => {
    const r = simulateUp(project(waitsFor('ghcr.io/acme/db:2', '["CMD", "curl", "localhost"]')));
    expect(r.assumptions).toContain('ghcr.io/acme/db:2 is not in the catalog: `curl` is assumed to be in it.');
  });

  test('x-shipshape cannot make a probe pass whose program is missing', () => {
    const r = simulateUp(project(`${waitsFor('postgres:16', 'curl -f localhost')}    x-shipshape:\n      healthcheck: passes\n`));
    expect(r.error).toBe('dependency failed to start: container demo-db-1 is unhealthy');
  });

  test('a disabled healthcheck is not probed', () => {
    const model = project('services:\n  db:\n    image: postgres:16\n    healthcheck:\n      test: curl -f localhost\n      disable: true\n');
    expect(serviceHealth(model).get('db')).toMatchObject({ test: undefined, probe: undefined, canPass: true });
  });
});

describe('a service built from the Dockerfile analyze built runs that image', () => {
  const compose = (hc: string) =>
    `services:\n  web:\n    image: ghcr.io/acme/web:1\n    depends_on:\n      app:\n        condition: service_healthy\n  app:\n    build: .\n${hc}`;
  const CURL = '    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:8000/"]\n      interval: 5s\n';
  const slim = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\n';
  const run = (dockerfile: string, hc: string) =>
    analyze({ dockerfile, files: { Dockerfile: dockerfile, 'compose.yaml': compose(hc), 'app.py': 'print(1)\n' } }).compose!.up;

  test.each<[string, string, string, string | undefined]>([
    ['curl in a slim image: unhealthy', `${slim}CMD ["python", "app.py"]\n`, CURL, 'dependency failed to start: container app-app-1 is unhealthy'],
    [
      'curl installed in the Dockerfile: the probe runs',
      `${slim}RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nCMD ["python", "app.py"]\n`,
      CURL,
      undefined,
    ],
    [
      "the image's own HEALTHCHECK is what Compose waits for",
      `${slim}HEALTHCHECK CMD ["python", "-c", "import urllib.request"]\nCMD ["python", "app.py"]\n`,
      '',
      undefined,
    ],
    ['no HEALTHCHECK in the Dockerfile nor the service', `${slim}CMD ["python", "app.py"]\n`, '', 'dependency failed to start: container app-app-1 has no healthcheck configured'],
  ])('%s', (_name, dockerfile, hc, error) => {
    const up = run(dockerfile, hc);
    expect(up.error).toBe(error);
  });
});
