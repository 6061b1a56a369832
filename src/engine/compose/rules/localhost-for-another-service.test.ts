import { describeComposeRule } from '../testing/compose-rule-table.ts';
import { localhostForAnotherService } from './localhost-for-another-service.ts';

const db = '  db:\n    image: postgres:16\n';

describeComposeRule(localhostForAnotherService, {
  valid: [
    `services:\n  api:\n    image: app:1\n    environment:\n      DATABASE_URL: postgres://db:5432/app\n${db}`,
    'services:\n  api:\n    image: app:1\n    environment:\n      SELF: http://localhost:8080/health\n    expose: ["8080"]\n',
    `services:\n  api:\n    image: app:1\n    network_mode: service:db\n    environment:\n      DATABASE_URL: postgres://localhost:5432/app\n${db}`,
    `services:\n  api:\n    image: app:1\n    environment:\n      PGPASSWORD_HINT: localhost\n${db}`,
  ],
  invalid: [
    { compose: `services:\n  api:\n    image: app:1\n    environment:\n      DATABASE_URL: postgres://localhost:5432/app\n${db}`, expect: [[5, 7]] },
    { compose: `services:\n  api:\n    image: app:1\n    environment:\n      - REDIS=127.0.0.1:6379\n  cache:\n    image: redis:7\n`, expect: [[5, 9]] },
    { compose: `services:\n  api:\n    image: app:1\n    environment:\n      DB_HOST: localhost\n      DB_PORT: "5432"\n${db}`, expect: [[5, 7]] },
    {
      compose: 'services:\n  client:\n    image: c:1\n    environment:\n      - API_URL=http://localhost:9090\n  api:\n    image: a:1\n    ports: ["9090:80"]\n',
      expect: [[5, 9]],
    },
  ],
});
