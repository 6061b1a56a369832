/**
 * The course's own compose files behave in the simulation as they do with Docker. Copied from the course
 * sources (tests must not read ../shared): the lecture "Docker from builds to deployment" §10 and §13, and the
 * deployment article's resource-limits example.
 */
import { describe, expect, test } from 'vitest';
import { lintCompose, parseCompose, simulateDown, simulateUp, toKubernetes } from './index.ts';

const LECTURE = `# docker-compose.yml
services:
  api:
    image: my-registry/myapi:latest
    ports:
      - "9090:80"
    networks:
      - mynet
    environment:
      - DOPPLER_TOKEN=xxx
      - MONGO_URI=mongodb://mongo:27017/mydb
  client:
    image: my-registry/myclient:latest
    ports:
      - "3000:80"
    networks:
      - mynet
    environment:
      - API_URL=http://api:80
  mongo:
    image: mongo:7
    volumes:
      - mongo-data:/data/db
    networks:
      - mynet
  redis:
    image: redis:alpine
    networks:
      - mynet
networks:
  mynet:
volumes:
  mongo-data:
`;

const LECTURE_BACKUP = `services:
  mongo:
    image: mongo:7
    volumes:
      - mongo-data:/data/db # Named volume
  backup:
    image: restic/restic
    volumes:
      - mongo-data:/data/mongo:ro
    environment:
      - RESTIC_REPOSITORY=s3:s3.amazonaws.com/my-backups
      - AWS_ACCESS_KEY_ID=xxx
      - AWS_SECRET_ACCESS_KEY=xxx
volumes:
  mongo-data: # Persists across container restarts
`;

const ARTICLE_LIMITS = `services:
  api:
    image: mycompany/api-gateway:1.8.4
    deploy:
      resources:
        limits:
          cpus: '0.30'
          memory: 250M
`;

const load = (text: string, dir = 'myproject') => parseCompose([{ path: `/home/dev/${dir}/docker-compose.yml`, text }], { env: {} }).model;

describe('the lecture\'s production stack', () => {
  const model = load(LECTURE);

  test('loads without errors or warnings', () => {
    expect(model.diagnostics).toEqual([]);
  });

  test('up -d starts all four services on mynet, publishing 9090 and 3000', () => {
    const up = simulateUp(model);
    expect([up.ok, up.exitCode]).toEqual([true, 0]);
    expect(up.services.map((s) => [s.name, s.state])).toEqual([
      ['api', 'started'],
      ['client', 'started'],
      ['mongo', 'started'],
      ['redis', 'started'],
    ]);
    expect(up.networks.map((n) => [n.fullName, n.members.map((m) => m.service)])).toEqual([['myproject_mynet', ['api', 'client', 'mongo', 'redis']]]);
    expect(up.ports.map((p) => `${p.hostIp}:${p.hostPort}->${p.target}`)).toEqual(['0.0.0.0:9090->80', '0.0.0.0:3000->80']);
    // mongo:7 also declares /data/configdb a VOLUME and redis declares /data: each gets an anonymous volume.
    expect(up.volumes.map((v) => [v.fullName ?? `${v.name} ${v.usedBy[0]?.service}:${v.usedBy[0]?.target}`, v.kind, v.survivesDown, v.survivesDownV])).toEqual([
      ['myproject_mongo-data', 'named', true, false],
      ['(anonymous) mongo:/data/configdb', 'anonymous', true, false],
      ['(anonymous) redis:/data', 'anonymous', true, false],
    ]);
  });

  test('the client reaches the API by service name on its container port; the API reaches mongo', () => {
    const up = simulateUp(model);
    expect(up.connections.map((c) => [c.service, c.variable, c.host, c.port, c.outcome])).toEqual([
      ['api', 'MONGO_URI', 'mongo', 27017, 'ok'],
      ['client', 'API_URL', 'api', 80, 'ok'],
    ]);
  });

  test('…while the laptop habit http://localhost:9090 would be refused', () => {
    const up = simulateUp(load(LECTURE.replace('API_URL=http://api:80', 'API_URL=http://localhost:9090')));
    expect(up.connections.find((c) => c.service === 'client')).toMatchObject({ outcome: 'localhost', target: 'api', fails: true });
  });

  test('lint: latest tags, a token in the file, no limits, ports on all interfaces', () => {
    const codes = lintCompose(model).map((f) => `${f.code}:${f.range.start.line}`);
    expect(codes).toEqual([
      'no-resource-limits:3',
      'image-latest-tag:4',
      'port-on-all-interfaces:6',
      'secret-in-environment:10',
      'no-resource-limits:12',
      'image-latest-tag:13',
      'port-on-all-interfaces:15',
      'no-resource-limits:20',
      'no-resource-limits:26',
    ]);
  });

  test('down keeps mongo-data; down -v deletes it (restart: always would not bring anything back)', () => {
    expect(simulateDown(model).removed).toEqual({
      containers: ['myproject-api-1', 'myproject-client-1', 'myproject-mongo-1', 'myproject-redis-1'].reverse(),
      networks: ['myproject_mynet'],
      volumes: [],
    });
    expect(simulateDown(model, { volumes: true }).removed.volumes).toEqual([
      'myproject_mongo-data',
      '(anonymous volume of mongo at /data/configdb)',
      '(anonymous volume of redis at /data)',
    ]);
  });
});

describe('the lecture\'s backup service', () => {
  test('shares the named volume read-only; its AWS keys are flagged', () => {
    const model = load(LECTURE_BACKUP);
    const up = simulateUp(model);
    expect(up.volumes.filter((v) => v.kind === 'named').map((v) => [v.fullName, v.usedBy.map((u) => `${u.service}:${u.target}${u.readOnly ? ':ro' : ''}`)])).toEqual([
      ['myproject_mongo-data', ['mongo:/data/db', 'backup:/data/mongo:ro']],
    ]);
    expect(lintCompose(model).filter((f) => f.code === 'secret-in-environment').map((f) => f.range.start.line)).toEqual([12, 13]);
    // s3:s3.amazonaws.com/… is a restic repository, not a connection to check.
    expect(up.connections).toEqual([]);
  });
});

describe('the deployment article\'s limits', () => {
  const model = load(ARTICLE_LIMITS);

  test('docker compose up applies 250 MiB and 0.3 CPU', () => {
    const up = simulateUp(model);
    expect(up.ok).toBe(true);
    expect(up.limits.map((l) => [l.service, l.memoryBytes, l.memoryKey, l.cpus])).toEqual([['api', 250 * 1024 * 1024, 'deploy.resources.limits.memory', 0.3]]);
    expect(up.deployNotes).toEqual([]);
    expect(lintCompose(model)).toEqual([]);
  });

  test('an app that needs 300 MiB under that limit is OOM-killed (137) and, with no restart policy, stays down', () => {
    const up = simulateUp(model, { behaviour: { api: { memory: { peakBytes: 300 * 1024 * 1024, afterMs: 8_000 } } } });
    const api = up.services[0]!;
    expect([api.state, api.containers[0]!.exitCode, api.containers[0]!.oomKilled]).toEqual(['failed', 137, true]);
    expect(api.reason).toMatch(/OOM, exit 137/);
  });

  test('in Kubernetes the same limits become resources.limits', () => {
    const k = toKubernetes(model, 'api');
    expect(k.ok && (k.view.deployment['spec'] as any).template.spec.containers[0].resources).toEqual({ limits: { memory: '250Mi', cpu: '300m' } });
  });
});
