import { expect, test } from 'vitest';
import { lintCompose } from '../lint-compose.ts';
import { parseCompose } from '../parse-compose.ts';
import { describeComposeRule } from '../testing/compose-rule-table.ts';
import { portOnAllInterfaces } from './port-on-all-interfaces.ts';

describeComposeRule(portOnAllInterfaces, {
  valid: [
    'services:\n  db:\n    image: postgres:16\n    ports:\n      - "127.0.0.1:5432:5432"\n',
    'services:\n  db:\n    image: postgres:16\n    ports:\n      - target: 5432\n        published: 5432\n        host_ip: 127.0.0.1\n',
    'services:\n  db:\n    image: postgres:16\n    expose: ["5432"]\n',
    'services:\n  api:\n    image: a:1\n    ports:\n      - "80"\n',
  ],
  invalid: [
    { compose: 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n', expect: [[5, 9]] },
    { compose: 'services:\n  cache:\n    image: redis:7\n    ports:\n      - 6379\n', expect: [[5, 9]] },
    { compose: 'services:\n  api:\n    image: a:1\n    ports: ["9090:80", "0.0.0.0:9443:443"]\n', expect: [[4, 13], [4, 24]] },
  ],
});

test.each([
  ['services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n', '"127.0.0.1:5432:5432"'],
  ['services:\n  db:\n    image: postgres:16\n    ports:\n      - 5432:5432\n', '127.0.0.1:5432:5432'],
])('the fix binds the port to loopback: %j', (text, expected) => {
  const { model } = parseCompose([{ path: '/p/d/compose.yaml', text }]);
  const [finding] = lintCompose(model, { rules: [portOnAllInterfaces] });
  const edit = finding!.fix!.edits[0]!;
  const fixed = text.slice(0, edit.range.start.offset) + edit.text + text.slice(edit.range.end.offset);
  expect(fixed.split('\n')[4]!.trim()).toBe(`- ${expected}`);
  expect(finding!.severity).toBe('warning');
});
