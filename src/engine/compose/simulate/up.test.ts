import { describe, expect, test } from 'vitest';
import { parseCompose } from '../parse-compose.ts';
import { namesVisibleFrom } from './networking.ts';
import type { SimulateUpOptions } from './up.ts';
import { simulateUp } from './up.ts';

function up(text: string, options: SimulateUpOptions = {}, profiles?: string[]) {
  const { model } = parseCompose([{ path: '/p/demo/compose.yaml', text }], { env: {}, ...(profiles ? { profiles } : {}) });
  return simulateUp(model, options);
}
const states = (report: ReturnType<typeof up>) => Object.fromEntries(report.services.map((s) => [s.name, s.state]));

describe('the ten behaviours a simulator must get right (compose-orchestration.md §11)', () => {
  test('1. version: "3.8" — a warning, and it runs', () => {
    const r = up('version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n');
    expect([r.ok, r.exitCode, states(r)]).toEqual([true, 0, { web: 'started' }]);
  });

  test('2. the app dials localhost:5432 for db — refused, it needs db:5432', () => {
    const r = up('services:\n  app:\n    image: app:1\n    environment:\n      DATABASE_URL: postgres://localhost:5432/app\n  db:\n    image: postgres:16\n');
    expect(r.connections.map((c) => [c.service, c.outcome, c.target, c.fails])).toEqual([['app', 'localhost', 'db', true]]);
    expect(states(r)).toEqual({ app: 'failed', db: 'started' });
    expect(r.services[0]!.reason).toMatch(/could not connect: .*localhost is app itself.*Use db:5432/);
    expect(r.exitCode).toBe(0); // up -d itself succeeds: the container starts, then the app gives up
  });

  test('3. two services on "8080:80" — the second fails, port already allocated, exit 1', () => {
    const r = up('services:\n  a:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  b:\n    image: nginx:1.27\n    ports: ["8080:80"]\n');
    expect(r.exitCode).toBe(1);
    expect(r.error).toBe('Error response from daemon: driver failed programming external connectivity on endpoint demo-b-1 (…): Bind for 0.0.0.0:8080 failed: port is already allocated');
    expect(states(r)).toEqual({ a: 'started', b: 'failed' });
  });

  test('4. depends_on: [db], connecting at boot — starts once db runs, before db is ready', () => {
    const r = up('services:\n  app:\n    image: app:1\n    depends_on: [db]\n    environment:\n      DB: postgres://db:5432/app\n  db:\n    image: postgres:16\n');
    expect(r.startOrder).toEqual(['db', 'app']);
    expect(states(r)).toEqual({ app: 'started', db: 'started' });
    expect(r.timeline.find((e) => e.service === 'app' && e.source === 'daemon')?.text).toMatch(/db does not accept connections yet .* only orders the starts/);
  });

  test('4b. …and an app that exits on a refused connection crashes, then restart: on-failure brings it back', () => {
    const r = up(
      'services:\n  app:\n    image: app:1\n    depends_on: [db]\n    restart: on-failure\n    environment:\n      DB: postgres://db:5432/app\n    x-shipshape:\n      on-connection-error: exit\n  db:\n    image: postgres:16\n',
    );
    const app = r.services.find((s) => s.name === 'app')!;
    expect([app.state, app.containers[0]!.restarts > 0]).toEqual(['started', true]);
  });

  test('5. service_healthy whose check never passes — unhealthy after the retries, up fails', () => {
    const r = up(
      'services:\n  app:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready"]\n      interval: 10s\n      retries: 3\n    x-shipshape:\n      healthcheck: fails\n',
    );
    expect([r.exitCode, r.error]).toEqual([1, 'dependency failed to start: container demo-db-1 is unhealthy']);
    expect(r.timeline.filter((e) => e.source === 'compose').at(-1)).toMatchObject({ atMs: 30_000 });
    expect(states(r)).toEqual({ app: 'not-started', db: 'started' });
    expect(r.services[1]!.health).toBe('unhealthy');
  });

  test('6. service_healthy on an image without a healthcheck — "has no healthcheck configured"', () => {
    const r = up('services:\n  app:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n');
    expect([r.exitCode, r.error]).toEqual([1, 'dependency failed to start: container demo-db-1 has no healthcheck configured']);
  });

  test('7. limits.memory is applied by up; placement and update_config are silently ignored', () => {
    const r = up('services:\n  api:\n    image: a:1\n    deploy:\n      resources:\n        limits:\n          memory: 256M\n      placement:\n        constraints: [node.role == manager]\n      update_config:\n        parallelism: 1\n');
    expect(r.limits[0]!.memoryBytes).toBe(256 * 1024 * 1024);
    expect(r.deployNotes.map((n) => n.key)).toEqual(['deploy.placement', 'deploy.update_config']);
    expect(r.ok).toBe(true);
  });

  test('8. mem_limit 512m + limits.memory 1g — refused before anything starts', () => {
    const r = up('services:\n  api:\n    image: a:1\n    mem_limit: 512m\n    deploy:\n      resources:\n        limits:\n          memory: 1g\n');
    expect([r.exitCode, r.error, r.timeline]).toEqual([1, "services.api: can't set distinct values on 'mem_limit' and 'deploy.resources.limits.memory': invalid compose project", []]);
  });

  test('10. ${TAG:?set TAG} with TAG unset — required variable error', () => {
    expect(up('services:\n  a:\n    image: app:${TAG:?set TAG}\n').error).toBe('error while interpolating services.a.image: required variable TAG is missing a value: set TAG');
  });
});

describe('start order and conditions', () => {
  test('dependencies start first; independent services in file order', () => {
    const r = up('services:\n  web:\n    image: w:1\n    depends_on: [api]\n  api:\n    image: a:1\n    depends_on: [db, cache]\n  db:\n    image: postgres:16\n  cache:\n    image: redis:7\n  docs:\n    image: d:1\n');
    expect(r.startOrder).toEqual(['db', 'cache', 'docs', 'api', 'web']);
  });

  test('service_healthy: the dependent starts once the probe passes, polled every 500 ms', () => {
    const r = up(
      'services:\n  app:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n    healthcheck:\n      test: pg_isready\n      interval: 2s\n',
    );
    expect(r.ok).toBe(true);
    // postgres is assumed ready after 3 s: probes at 2 s (fails), 4 s (passes); Compose sees it at its next poll.
    expect(r.timeline.find((e) => e.text === 'Container demo-app-1  Started')?.atMs).toBe(4_000);
  });

  test('service_completed_successfully: waits for the job to exit 0', () => {
    const r = up(
      'services:\n  app:\n    image: app:1\n    depends_on:\n      migrate:\n        condition: service_completed_successfully\n  migrate:\n    image: app:1\n    x-shipshape:\n      exit: 0\n      exit-after: 3s\n',
    );
    expect([r.ok, states(r)]).toEqual([true, { app: 'started', migrate: 'completed' }]);
  });

  test('service_completed_successfully with a failing job', () => {
    const r = up(
      'services:\n  app:\n    image: app:1\n    depends_on:\n      migrate:\n        condition: service_completed_successfully\n  migrate:\n    image: app:1\n    x-shipshape:\n      exit: 2\n',
    );
    expect([r.exitCode, r.error]).toEqual([1, 'service "migrate" didn\'t complete successfully: exit 2']);
  });

  test('service_healthy on a dependency that exits: "exited (code)"', () => {
    const r = up(
      'services:\n  app:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n    healthcheck:\n      test: pg_isready\n    x-shipshape:\n      exit: 1\n',
    );
    expect(r.error).toBe('dependency failed to start: container demo-db-1 exited (1)');
  });

  test('required: false — a failing optional dependency does not stop up', () => {
    const r = up(
      'services:\n  app:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_healthy\n        required: false\n  db:\n    image: postgres:16\n',
    );
    expect([r.ok, states(r)]).toEqual([true, { app: 'started', db: 'started' }]);
  });

  test('a dependency that never becomes healthy while restarting: up waits forever', () => {
    const r = up(
      'services:\n  app:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n    restart: always\n    healthcheck:\n      test: pg_isready\n    x-shipshape:\n      exit: 1\n',
      { horizonMs: 60_000 },
    );
    expect([r.ok, r.exitCode, states(r)]).toEqual([false, undefined, { app: 'waiting', db: 'restarting' }]);
  });
});

describe('restart policies over a crash', () => {
  const crash = (restart: string, code = 1) => up(`services:\n  app:\n    image: app:1\n${restart}    x-shipshape:\n      exit: ${code}\n      exit-after: 2s\n`, { horizonMs: 120_000 });

  test.each([
    ['', 'failed', 0],
    ['    restart: "no"\n', 'failed', 0],
    ['    restart: on-failure:3\n', 'failed', 3],
    ['    restart: always\n', 'restarting', undefined],
    ['    restart: unless-stopped\n', 'restarting', undefined],
    ['    deploy:\n      restart_policy:\n        condition: on-failure\n        max_attempts: 2\n', 'failed', 2],
    ['    deploy:\n      restart_policy:\n        max_attempts: 2\n', 'failed', 0],
  ])('%j -> %s', (restart, state, restarts) => {
    const r = crash(restart);
    expect(r.services[0]!.state).toBe(state);
    if (restarts !== undefined) expect(r.services[0]!.containers[0]!.restarts).toBe(restarts);
  });

  test('on-failure does not restart a clean exit', () => {
    const r = crash('    restart: on-failure\n', 0);
    expect([r.services[0]!.state, r.services[0]!.containers[0]!.restarts]).toEqual(['completed', 0]);
  });

  test('always restarts a clean exit too', () => {
    expect(crash('    restart: always\n', 0).services[0]!.state).toBe('restarting');
  });

  test('short runs double the delay: 100 ms, 200 ms, 400 ms …', () => {
    const r = crash('    restart: always\n');
    const delays = r.timeline.filter((e) => /restarting in/.test(e.text)).slice(0, 4).map((e) => /restarting in (\S+)/.exec(e.text)![1]);
    expect(delays).toEqual(['100ms', '200ms', '400ms', '800ms']);
  });

  test('a retry count with always is refused by the daemon when the container is created', () => {
    const r = up('services:\n  app:\n    image: app:1\n    deploy:\n      restart_policy:\n        condition: any\n        max_attempts: 3\n');
    expect(r.error).toBe("Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure'");
  });

  test('an unhealthy container is not restarted by its restart policy', () => {
    const r = up('services:\n  app:\n    image: app:1\n    restart: always\n    healthcheck:\n      test: curl -f http://localhost/\n      interval: 5s\n    x-shipshape:\n      healthcheck: fails\n');
    expect([r.services[0]!.state, r.services[0]!.health, r.services[0]!.containers[0]!.restarts]).toEqual(['started', 'unhealthy', 0]);
  });
});

describe('healthchecks', () => {
  test('failures inside start_period do not count', () => {
    const r = up(
      'services:\n  app:\n    image: app:1\n    healthcheck:\n      test: curl -f http://localhost/\n      interval: 5s\n      retries: 2\n      start_period: 60s\n      start_interval: 5s\n    x-shipshape:\n      ready-after: 40s\n',
    );
    expect(r.services[0]!.health).toBe('healthy');
    expect(r.timeline.some((e) => /unhealthy/.test(e.text))).toBe(false);
  });

  test('without start_period the same app is unhealthy first, then healthy when it is ready', () => {
    const r = up('services:\n  app:\n    image: app:1\n    healthcheck:\n      test: curl -f http://localhost/\n      interval: 5s\n      retries: 2\n    x-shipshape:\n      ready-after: 40s\n');
    expect(r.timeline.filter((e) => e.source === 'daemon').map((e) => [e.atMs, /unhealthy/.test(e.text) ? 'unhealthy' : 'healthy'])).toEqual([
      [10_000, 'unhealthy'],
      [40_000, 'healthy'],
    ]);
  });
});

describe('ports', () => {
  test.each([
    ['"127.0.0.1:8080:80"', '"8080:80"', 'Bind for 127.0.0.1:8080 failed: port is already allocated'],
    ['"8080:80"', '"127.0.0.1:8080:80"', 'Bind for 0.0.0.0:8080 failed: port is already allocated'],
    ['"127.0.0.1:8080:80"', '"127.0.0.2:8080:80"', undefined],
    ['"8080:80"', '"8080:80/udp"', undefined],
    ['"8080:80"', '"8081:80"', undefined],
  ])('%s then %s', (a, b, conflict) => {
    const r = up(`services:\n  a:\n    image: nginx:1.27\n    ports: [${a}]\n  b:\n    image: nginx:1.27\n    ports: [${b}]\n`);
    expect(r.ports.find((p) => p.conflict)?.conflict).toBe(conflict);
  });

  test('replicas with a fixed host port: the second replica cannot bind', () => {
    const r = up('services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n    deploy:\n      replicas: 2\n');
    expect(r.error).toMatch(/endpoint demo-web-2 .*Bind for 0.0.0.0:8080 failed: port is already allocated/);
  });

  test('a host port range gives each replica the next free port; no host port gives an ephemeral one', () => {
    const r = up('services:\n  web:\n    image: nginx:1.27\n    ports: ["8000-8010:80", "443"]\n    deploy:\n      replicas: 2\n');
    expect(r.ports.map((p) => [p.container, p.hostPort, p.target])).toEqual([
      ['demo-web-1', 8000, 80],
      ['demo-web-1', 32768, 443],
      ['demo-web-2', 8001, 80],
      ['demo-web-2', 32769, 443],
    ]);
  });

  test('a port a program on the host already holds', () => {
    const r = up('services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n', { hostPortsInUse: [{ port: 5432, holder: 'a PostgreSQL installed on the host' }] });
    expect(r.error).toMatch(/Error starting userland proxy: listen tcp4 0.0.0.0:5432: bind: address already in use/);
  });
});

describe('names on networks', () => {
  const text =
    'services:\n  web:\n    image: w:1\n    networks: [front]\n  api:\n    image: a:1\n    networks:\n      front:\n      back:\n        aliases: [backend]\n  db:\n    image: postgres:16\n    networks: [back]\nnetworks:\n  front:\n  back:\n';
  test('each service resolves the names of the services on its networks, and nothing else', () => {
    const r = up(text);
    const names = (s: string) =>
      [...new Set(namesVisibleFrom(r.networks, r.networking.find((n) => n.service === s)!).filter((x) => !x.name.startsWith('demo-')).map((x) => `${x.name}@${x.network}`))].sort();
    expect(names('web')).toEqual(['api@front', 'web@front']);
    expect(names('api')).toEqual(['api@back', 'api@front', 'backend@back', 'db@back', 'web@front']);
    expect(names('db')).toEqual(['api@back', 'backend@back', 'db@back']);
  });

  test('the default network is created only when a service uses it', () => {
    expect(up(text).networks.map((n) => n.fullName)).toEqual(['demo_front', 'demo_back']);
    expect(up('services:\n  a:\n    image: a:1\n').networks.map((n) => n.fullName)).toEqual(['demo_default']);
  });
});

describe('limits', () => {
  test('a peak above the limit is OOM-killed with 137; with restart: always it keeps coming back', () => {
    const r = up('services:\n  api:\n    image: a:1\n    restart: always\n    mem_limit: 256m\n    x-shipshape:\n      memory-peak: 300M\n      memory-peak-after: 5s\n', { horizonMs: 60_000 });
    const api = r.services[0]!;
    expect([api.state, api.containers[0]!.oomKilled]).toEqual(['restarting', true]);
    expect(r.limits[0]!.oomKilled).toBe(true);
    expect(r.timeline.find((e) => /exited with code 137 \(OOMKilled\)/.test(e.text))?.atMs).toBe(5_000);
  });

  test('a JVM sizing its heap from the host is told its heap can outgrow the limit', () => {
    const r = up('services:\n  api:\n    image: a:1\n    mem_limit: 512m\n    x-shipshape:\n      runtime: java\n      heap-from-host: true\n', { hostMemoryBytes: 16 * 1024 ** 3 });
    expect(r.limits[0]!.heapLimitBytes).toBe(4 * 1024 ** 3);
    expect(r.limits[0]!.notes.join(' ')).toMatch(/more than the 512 MiB limit/);
  });

  test('a memory limit under 6 MiB is refused by the daemon', () => {
    expect(up('services:\n  a:\n    image: a:1\n    mem_limit: 4m\n').error).toBe('Error response from daemon: Minimum memory limit allowed is 6MB');
  });
});

describe('profiles and replicas', () => {
  const text = 'services:\n  app:\n    image: a:1\n  adminer:\n    image: adminer:4\n    profiles: [debug]\n';
  test('a service in an inactive profile is not started', () => {
    expect(states(up(text))).toEqual({ app: 'started', adminer: 'inactive' });
    expect(states(up(text, {}, ['debug']))).toEqual({ app: 'started', adminer: 'started' });
  });

  test('replicas: 0 creates nothing', () => {
    const r = up('services:\n  a:\n    image: a:1\n    deploy:\n      replicas: 0\n');
    expect([r.services[0]!.state, r.services[0]!.containers]).toEqual(['not-started', []]);
  });

  test('replicas get numbered container names', () => {
    expect(up('services:\n  w:\n    image: w:1\n    scale: 3\n').services[0]!.containers.map((c) => c.name)).toEqual(['demo-w-1', 'demo-w-2', 'demo-w-3']);
  });
});

test('a project Compose refuses to load creates nothing', () => {
  const r = up('services:\n  a:\n    image: a:1\n    depends_on: [nope]\n');
  expect([r.ok, r.exitCode, r.error, r.timeline]).toEqual([false, 1, 'service "a" depends on undefined service "nope": invalid compose project', []]);
});

test('network_mode: host — ports are ignored, localhost is the host', () => {
  const r = up('services:\n  app:\n    image: a:1\n    network_mode: host\n    ports: ["80:80"]\n    environment:\n      DB: postgres://localhost:5432/x\n  db:\n    image: postgres:16\n    ports: ["127.0.0.1:5432:5432"]\n');
  expect(r.ports.map((p) => p.container)).toEqual(['demo-db-1']);
  expect(r.connections.map((c) => c.outcome)).toEqual(['ok']);
  expect(r.timeline.some((e) => /ports are ignored/.test(e.text))).toBe(true);
});
