import { describe, expect, test } from 'vitest';
import { parseCompose } from '../parse-compose.ts';
import { targetsOf } from './connections.ts';
import { simulateUp } from './up.ts';

function targets(env: string): [string, string, number | undefined][] {
  const { model } = parseCompose([{ path: '/p/d/compose.yaml', text: `services:\n  app:\n    image: a:1\n    environment:\n${env}` }], { env: {} });
  return targetsOf(model.services[0]!).map((t) => [t.variable, t.host, t.port]);
}

describe('connection targets read from the environment', () => {
  test.each([
    ['      DATABASE_URL: postgres://app:pw@db:5432/app\n', [['DATABASE_URL', 'db', 5432]]],
    ['      - MONGO_URI=mongodb://mongo:27017/mydb\n', [['MONGO_URI', 'mongo', 27017]]],
    ['      REDIS: redis://:secret@cache\n', [['REDIS', 'cache', undefined]]],
    ['      API_URL: http://api\n', [['API_URL', 'api', undefined]]],
    ['      BROKERS: kafka-1:9092\n', [['BROKERS', 'kafka-1', 9092]]],
    ['      DB_HOST: db\n      DB_PORT: "5432"\n', [['DB_HOST', 'db', 5432]]],
    ['      SERVER_ADDR: localhost\n', [['SERVER_ADDR', 'localhost', undefined]]],
    ['      UPSTREAMS: http://a:1,http://b:2\n', [['UPSTREAMS', 'a', 1], ['UPSTREAMS', 'b', 2]]],
    ['      V6: http://[::1]:8080/\n', [['V6', '::1', 8080]]],
    ['      RESTIC_REPOSITORY: s3:s3.amazonaws.com/my-backups\n', []],
    ['      TIMEOUT: "10:30"\n      LOG_LEVEL: debug\n      GREETING: hello world\n', []],
  ])('%j', (env, expected) => {
    expect(targets(env)).toEqual(expected);
  });
});

describe('host.docker.internal: the host answers only on published ports', () => {
  const MAPPED = '    extra_hosts: ["host.docker.internal:host-gateway"]\n';
  const connection = (url: string, dbPorts: string, extra = '') => {
    const text = `services:\n  api:\n    image: a:1\n${extra}    environment:\n      DATABASE_URL: ${url}\n  db:\n    image: postgres:16\n${dbPorts}`;
    const { model } = parseCompose([{ path: '/p/d/compose.yaml', text }], { env: {} });
    return simulateUp(model).connections[0]!;
  };
  test.each<[string, string, string, string, string | undefined, boolean, RegExp]>([
    ['db publishes 5432: reached through the host', 'postgres://host.docker.internal:5432/app', '    ports: ["5432:5432"]\n', '', 'db', false, /reaches db through the port it publishes on the host/],
    ['db publishes nothing: refused', 'postgres://host.docker.internal:5432/app', '', '', 'db', true, /db runs in its own container and publishes no port 5432 on the host, so the connection is refused .*does not even resolve.*Use db:5432\.$/],
    ['mapped with host-gateway: refused, without the Linux note', 'postgres://host.docker.internal:5432/app', '', MAPPED, 'db', true, /refused\. Use db:5432\.$/],
    ['a port no service uses: maybe a program on the host, not checked', 'postgres://host.docker.internal:6000/app', '', '', undefined, false, /is the machine Docker runs on/],
  ])('%s', (_name, url, dbPorts, extra, target, fails, message) => {
    const c = connection(url, dbPorts, extra);
    expect([c.outcome, c.target, c.fails]).toEqual(['host', target, fails]);
    expect(c.message).toMatch(message);
  });
});
