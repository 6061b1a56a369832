import { describe, expect, test } from 'vitest';
import { parseCompose } from '../parse-compose.ts';
import { simulateDown } from './down.ts';

const text = `services:
  web:
    image: nginx:1.27
    depends_on: [db]
    volumes:
      - ./site:/usr/share/nginx/html:ro
      - /var/cache/nginx
  db:
    image: postgres:16
    volumes:
      - pg:/var/lib/postgresql/data
      - shared:/backup
    tmpfs: /tmp
volumes:
  pg:
  shared:
    external: true
  unused:
networks:
  outside:
    external: true
`;

describe('docker compose down', () => {
  const { model } = parseCompose([{ path: '/p/shop/compose.yaml', text }], { env: {} });

  test('removes containers (dependants first) and project networks; keeps every volume', () => {
    const down = simulateDown(model);
    expect(down.removed).toEqual({ containers: ['shop-web-1', 'shop-db-1'], networks: ['shop_default'], volumes: [] });
    expect(down.kept.map((k) => [k.name, k.kind])).toEqual([
      ['./site', 'bind'],
      ['(anonymous)', 'anonymous'],
      ['shop_pg', 'named'],
      ['shared', 'external'],
    ]);
  });

  test('-v also removes named and anonymous volumes, never external ones or bind mounts', () => {
    const down = simulateDown(model, { volumes: true });
    expect(down.removed.volumes).toEqual(['(anonymous volume of web at /var/cache/nginx)', 'shop_pg', 'shop_unused']);
    expect(down.kept.map((k) => k.name)).toEqual(['./site', 'shared']);
  });
});

describe('a path the image declares with VOLUME and no mount covers (compose create.go, compose_down.md)', () => {
  test.each<[string, string, string[], string[], RegExp]>([
    ['postgres:16 without volumes', 'services:\n  db:\n    image: postgres:16\n', ['(anonymous)'], ['(anonymous volume of db at /var/lib/postgresql/data)'], /next up finds the data of the named volumes .* but not of the anonymous ones/],
    ['postgres:18 declares /var/lib/postgresql', 'services:\n  db:\n    image: postgres:18\n', ['(anonymous)'], ['(anonymous volume of db at /var/lib/postgresql)'], /not of the anonymous ones/],
    ['a named volume at the VOLUME path replaces it', 'services:\n  db:\n    image: postgres:16\n    volumes: [pg:/var/lib/postgresql/data]\nvolumes:\n  pg:\n', ['shop_pg'], ['shop_pg'], /finds the data where it left it/],
    ['elasticsearch declares none: nothing to keep', 'services:\n  s:\n    image: elasticsearch:8.15.5\n', [], [], /finds the data where it left it/],
  ])('%s', (_name, text, kept, removedWithV, note) => {
    const { model } = parseCompose([{ path: '/p/shop/compose.yaml', text }], { env: {} });
    const down = simulateDown(model);
    expect(down.kept.map((k) => k.name)).toEqual(kept);
    expect(down.notes[1]).toMatch(note);
    expect(simulateDown(model, { volumes: true }).removed.volumes).toEqual(removedWithV);
  });
});

test('a tmpfs at the VOLUME path replaces the anonymous volume too', () => {
  const { model } = parseCompose([{ path: '/p/shop/compose.yaml', text: 'services:\n  db:\n    image: postgres:16\n    tmpfs: ["/var/lib/postgresql/data:size=64m"]\n' }], { env: {} });
  expect(simulateDown(model, { volumes: true }).removed.volumes).toEqual([]);
});
