import { describeComposeRule } from '../testing/compose-rule-table.ts';
import { versionObsolete } from './version-obsolete.ts';

describeComposeRule(versionObsolete, {
  valid: ['services:\n  web:\n    image: nginx:1.27\n', 'name: shop\nservices:\n  web:\n    image: nginx:1.27\n'],
  invalid: [
    { compose: 'version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n', expect: [[1, 1]] },
    { compose: 'services:\n  web:\n    image: nginx:1.27\nversion: \'2\'\n', expect: [[4, 1]] },
  ],
});
