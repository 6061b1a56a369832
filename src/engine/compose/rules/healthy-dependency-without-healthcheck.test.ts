import { describeComposeRule } from '../testing/compose-rule-table.ts';
import { healthyDependencyWithoutHealthcheck } from './healthy-dependency-without-healthcheck.ts';

const dependent = 'services:\n  api:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_healthy\n';

describeComposeRule(healthyDependencyWithoutHealthcheck, {
  valid: [
    `${dependent}  db:\n    image: postgres:16\n    healthcheck:\n      test: pg_isready\n`,
    'services:\n  api:\n    image: app:1\n    depends_on: [db]\n  db:\n    image: postgres:16\n',
    'services:\n  api:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_started\n  db:\n    image: postgres:16\n',
  ],
  invalid: [
    { compose: `${dependent}  db:\n    image: postgres:16\n`, expect: [[5, 7]] },
    { compose: `${dependent}  db:\n    image: postgres:16\n    healthcheck:\n      disable: true\n`, expect: [[5, 7]] },
    { compose: `${dependent}  db:\n    image: postgres:16\n    healthcheck:\n      interval: 5s\n`, expect: [[5, 7]] },
  ],
});
