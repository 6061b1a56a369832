import { describeComposeRule } from '../testing/compose-rule-table.ts';
import { imageWithoutTag } from './image-without-tag.ts';

describeComposeRule(imageWithoutTag, {
  valid: [
    'services:\n  a:\n    image: redis:7\n',
    'services:\n  a:\n    image: redis@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n',
    'services:\n  a:\n    image: myapp\n    build: .\n',
    'services:\n  a:\n    image: localhost:5000/app:2\n',
  ],
  invalid: [
    { compose: 'services:\n  a:\n    image: redis\n', expect: [[3, 12]] },
    { compose: 'services:\n  a:\n    image: localhost:5000/app\n', expect: [[3, 12]] },
    { compose: 'services:\n  api:\n    image: myapp\n    command: ["node", "server.js"]\n  worker:\n    image: myapp\n', expect: [[3, 12], [6, 12]] },
  ],
});
