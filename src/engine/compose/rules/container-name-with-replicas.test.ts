import { describeComposeRule } from '../testing/compose-rule-table.ts';
import { containerNameWithReplicas } from './container-name-with-replicas.ts';

describeComposeRule(containerNameWithReplicas, {
  valid: [
    'services:\n  w:\n    image: w:1\n    container_name: worker\n',
    'services:\n  w:\n    image: w:1\n    deploy:\n      replicas: 3\n',
    'services:\n  w:\n    image: w:1\n    container_name: worker\n    scale: 1\n',
  ],
  invalid: [
    { compose: 'services:\n  w:\n    image: w:1\n    container_name: worker\n    deploy:\n      replicas: 3\n', expect: [[4, 5]] },
    { compose: 'services:\n  w:\n    image: w:1\n    container_name: worker\n    scale: 2\n', expect: [[4, 5]] },
  ],
});
