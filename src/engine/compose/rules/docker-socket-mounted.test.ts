import { describeComposeRule } from '../testing/compose-rule-table.ts';
import { dockerSocketMounted } from './docker-socket-mounted.ts';

describeComposeRule(dockerSocketMounted, {
  valid: [
    'services:\n  a:\n    image: a:1\n    volumes:\n      - ./data:/data\n',
    'services:\n  a:\n    image: a:1\n    volumes:\n      - docker-sock:/var/run/docker.sock\nvolumes:\n  docker-sock:\n',
  ],
  invalid: [
    { compose: 'services:\n  a:\n    image: a:1\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n', expect: [[5, 9]] },
    { compose: 'services:\n  a:\n    image: a:1\n    volumes:\n      - type: bind\n        source: /run/docker.sock\n        target: /var/run/docker.sock\n        read_only: true\n', expect: [[5, 9]] },
  ],
});
