import { describe, expect, test } from 'vitest';
import { parseCompose } from '../parse-compose.ts';
import { targetsOf } from './connections.ts';

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
