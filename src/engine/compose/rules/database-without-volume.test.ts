import { describe, expect, test } from 'vitest';
import { lintCompose } from '../lint-compose.ts';
import { parseCompose } from '../parse-compose.ts';
import { describeComposeRule } from '../testing/compose-rule-table.ts';
import { databaseWithoutVolume } from './database-without-volume.ts';

describeComposeRule(databaseWithoutVolume, {
  valid: [
    'services:\n  db:\n    image: postgres:16\n    volumes:\n      - pg:/var/lib/postgresql/data\nvolumes:\n  pg:\n',
    'services:\n  db:\n    image: postgres:18\n    volumes:\n      - pg:/var/lib/postgresql\nvolumes:\n  pg:\n',
    'services:\n  db:\n    image: postgres:18-alpine\n    volumes:\n      - pg:/var/lib/postgresql/18/docker\nvolumes:\n  pg:\n',
    'services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - ./data:/var/lib/mysql\n',
    'services:\n  cache:\n    image: redis:7\n',
    'services:\n  web:\n    image: nginx:1.27\n',
  ],
  invalid: [
    { compose: 'services:\n  db:\n    image: postgres:16\n', expect: [[3, 12]] },
    { compose: 'services:\n  db:\n    image: docker.io/library/mariadb:11\n    volumes:\n      - logs:/var/log/mysql\nvolumes:\n  logs:\n', expect: [[3, 12]] },
    { compose: 'services:\n  cache:\n    image: redis:7\n    command: redis-server --appendonly yes\n', expect: [[3, 12]] },
    { compose: 'services:\n  db:\n    image: postgres:16\n    tmpfs: /var/lib/postgresql/data\n', expect: [[3, 12]] },
    // 18+ keeps PGDATA in /var/lib/postgresql/18/docker; a mount at the old path stops the entrypoint.
    { compose: 'services:\n  db:\n    image: postgres:18\n    volumes:\n      - pg:/var/lib/postgresql/data\nvolumes:\n  pg:\n', expect: [[5, 9]] },
    { compose: 'services:\n  db:\n    image: postgres:latest\n', expect: [[3, 12]] },
  ],
});

describe('the message says what is lost and when', () => {
  const message = (compose: string) => {
    const { model } = parseCompose([{ path: '/p/shop/compose.yaml', text: compose }], { env: {} });
    return lintCompose(model, { rules: [databaseWithoutVolume] })[0]?.message;
  };
  test.each<[string, string, RegExp[]]>([
    [
      'postgres 16: an anonymous volume from the image\'s VOLUME, lost to the next container after down',
      'services:\n  db:\n    image: postgres:16\n',
      [/^postgres keeps its data in \/var\/lib\/postgresql\/data, which its image declares as a VOLUME/, /survives `docker compose stop`, `restart` and a recreate by `up`/, /after `docker compose down` the next `up` starts with a new, empty volume/, /`down -v` deletes it/],
    ],
    ['postgres 18: the data directory moved', 'services:\n  db:\n    image: postgres:18\n', [/^postgres keeps its data in \/var\/lib\/postgresql\/18\/docker, which its image declares as a VOLUME/]],
    ['mongo: VOLUME /data/db', 'services:\n  db:\n    image: mongo:7\n', [/^mongo keeps its data in \/data\/db, which its image declares as a VOLUME/]],
    [
      'elasticsearch declares no VOLUME: the writable layer, lost at down and at every recreate',
      'services:\n  search:\n    image: elasticsearch:8.15.5\n',
      [/^elasticsearch keeps its data in \/usr\/share\/elasticsearch\/data, inside the container's writable layer/, /survives `docker compose stop` and `restart`/, /at `docker compose down`, and whenever `up` recreates the container/],
    ],
    ['postgres 18 with the old mount: the entrypoint refuses', 'services:\n  db:\n    image: postgres:18\n    volumes: [pg:/var/lib/postgresql/data]\nvolumes:\n  pg:\n', [/Error: in 18\+/, /Mount the volume at \/var\/lib\/postgresql\.$/]],
  ])('%s', (_name, compose, patterns) => {
    const text = message(compose);
    for (const p of patterns) expect(text).toMatch(p);
  });
});
