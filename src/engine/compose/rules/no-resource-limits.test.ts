import { describeComposeRule } from '../testing/compose-rule-table.ts';
import { noResourceLimits } from './no-resource-limits.ts';

describeComposeRule(noResourceLimits, {
  valid: [
    'services:\n  api:\n    image: a:1\n    mem_limit: 512m\n',
    'services:\n  api:\n    image: a:1\n    deploy:\n      resources:\n        limits:\n          memory: 1G\n',
    'services:\n  api:\n    image: a:1\n    profiles: [debug]\n',
  ],
  invalid: [
    { compose: 'services:\n  api:\n    image: a:1\n', expect: [[2, 3]] },
    { compose: 'services:\n  api:\n    image: a:1\n    cpus: 0.5\n  db:\n    image: postgres:16\n', expect: [[2, 3], [5, 3]] },
    { compose: 'services:\n  api:\n    image: a:1\n    deploy:\n      resources:\n        reservations:\n          memory: 1G\n', expect: [[2, 3]] },
  ],
});
