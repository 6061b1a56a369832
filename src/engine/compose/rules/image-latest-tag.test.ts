import { describeComposeRule } from '../testing/compose-rule-table.ts';
import { imageLatestTag } from './image-latest-tag.ts';

describeComposeRule(imageLatestTag, {
  valid: [
    'services:\n  a:\n    image: redis:7-alpine\n',
    'services:\n  a:\n    image: redis:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n',
    'services:\n  a:\n    image: localhost:5000/app\n',
  ],
  invalid: [
    { compose: 'services:\n  a:\n    image: redis:latest\n', expect: [[3, 12]] },
    { compose: 'services:\n  a:\n    image: "my-registry:5000/team/app:latest"\n', expect: [[3, 12]] },
    { compose: 'services:\n  a:\n    image: app:${TAG:-latest}\n', expect: [[3, 12]] },
  ],
});
