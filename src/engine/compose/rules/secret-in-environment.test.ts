import { describeComposeRule } from '../testing/compose-rule-table.ts';
import { secretInEnvironment } from './secret-in-environment.ts';

const svc = (env: string) => `services:\n  app:\n    image: a:1\n    environment:\n${env}`;

describeComposeRule(secretInEnvironment, {
  valid: [
    svc('      DB_PASSWORD: ${DB_PASSWORD}\n'),
    svc('      - API_KEY=$API_KEY\n'),
    svc('      MYSQL_ALLOW_EMPTY_PASSWORD: "yes"\n'),
    svc('      POSTGRES_PASSWORD_FILE: /run/secrets/pw\n'),
    svc('      - TOKEN\n'),
    svc('      LOG_LEVEL: debug\n      KEYBOARD: us\n'),
    svc('      DATABASE_URL: postgres://app:${DB_PASSWORD}@db/app\n'),
  ],
  invalid: [
    { compose: svc('      POSTGRES_PASSWORD: hunter2\n'), expect: [[5, 7]] },
    { compose: svc('      - DOPPLER_TOKEN=xxx\n      - MONGO_URI=mongodb://mongo:27017/mydb\n'), expect: [[5, 9]] },
    { compose: svc('      - AWS_ACCESS_KEY_ID=xxx\n      - AWS_SECRET_ACCESS_KEY=xxx\n'), expect: [[5, 9], [6, 9]] },
    { compose: svc('      DATABASE_URL: postgres://app:hunter2@db:5432/app\n'), expect: [[5, 7]] },
    { compose: svc('      STRIPE_API_KEY: sk_live_123\n      JWT_SECRET: abc\n'), expect: [[5, 7], [6, 7]] },
  ],
});
