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
