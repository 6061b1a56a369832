import { describeComposeRule } from '../testing/compose-rule-table.ts';
import { serviceNameUnreachable } from './service-name-unreachable.ts';

describeComposeRule(serviceNameUnreachable, {
  valid: [
    'services:\n  api:\n    image: a:1\n    environment:\n      MONGO_URI: mongodb://mongo:27017/app\n  mongo:\n    image: mongo:7\n',
    'services:\n  api:\n    image: a:1\n    environment:\n      URL: https://api.stripe.com/v1\n',
    'services:\n  api:\n    image: a:1\n    environment:\n      DB: postgres://database:5432/x\n  db:\n    image: postgres:16\n    networks:\n      default:\n        aliases: [database]\n',
  ],
  invalid: [
    { compose: 'services:\n  api:\n    image: a:1\n    environment:\n      MONGO_URI: mongodb://mongodb:27017/app\n  mongo:\n    image: mongo:7\n', expect: [[5, 7]] },
    {
      compose: 'services:\n  api:\n    image: a:1\n    networks: [front]\n    environment:\n      - CACHE=redis://cache:6379\n  cache:\n    image: redis:7\n    networks: [back]\nnetworks:\n  front:\n  back:\n',
      expect: [[6, 9]],
    },
    { compose: 'services:\n  api:\n    image: a:1\n    environment:\n      - MAIL=smtp://mail:25\n  mail:\n    image: mailpit:1\n    profiles: [dev]\n', expect: [[5, 9]] },
  ],
});
