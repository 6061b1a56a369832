import { expect, test } from 'vitest';
import { lintCompose } from '../lint-compose.ts';
import { parseCompose } from '../parse-compose.ts';
import { describeComposeRule } from '../testing/compose-rule-table.ts';
import { healthyDependencyWithoutHealthcheck } from './healthy-dependency-without-healthcheck.ts';

const dependent = 'services:\n  api:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_healthy\n';

describeComposeRule(healthyDependencyWithoutHealthcheck, {
  valid: [
    `${dependent}  db:\n    image: postgres:16\n    healthcheck:\n      test: pg_isready\n`,
    'services:\n  api:\n    image: app:1\n    depends_on: [db]\n  db:\n    image: postgres:16\n',
    'services:\n  api:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_started\n  db:\n    image: postgres:16\n',
    `${dependent}  db:\n    image: my-db:1\n    x-shipshape:\n      image-healthcheck: true\n`,
  ],
  invalid: [
    { compose: `${dependent}  db:\n    image: postgres:16\n`, expect: [[5, 7]] },
    { compose: `${dependent}  db:\n    image: postgres:16\n    healthcheck:\n      disable: true\n`, expect: [[5, 7]] },
    { compose: `${dependent}  db:\n    image: postgres:16\n    healthcheck:\n      interval: 5s\n`, expect: [[5, 7]] },
    { compose: `${dependent}  db:\n    build: ./db\n`, expect: [[5, 7]] },
  ],
});

test('an image Shipshape does not know is a warning, a known image without HEALTHCHECK an error', () => {
  const severity = (db: string) => {
    const { model } = parseCompose([{ path: '/p/d/compose.yaml', text: `${dependent}${db}` }], { env: {} });
    return lintCompose(model, { rules: [healthyDependencyWithoutHealthcheck] }).map((f) => f.severity);
  };
  expect(severity('  db:\n    image: postgres:16\n')).toEqual(['error']);
  expect(severity('  db:\n    image: registry.example.com/db:3\n')).toEqual(['warning']);
  // The catalog has python:3.12-slim, and it declares no HEALTHCHECK.
  expect(severity('  db:\n    image: python:3.12-slim\n')).toEqual(['error']);
});
