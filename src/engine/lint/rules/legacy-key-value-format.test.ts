import { describeRule } from '../testing/rule-table.ts';
import { legacyKeyValueFormat } from './legacy-key-value-format.ts';

// Cases from BuildKit's frontend/dockerfile/dockerfile_check_test.go (Apache-2.0), and our own.
describeRule(legacyKeyValueFormat, {
  valid: [
    '\nFROM scratch\nENV testkey=value\nLABEL key=value\n',
    '\nFROM scratch\n# check=skip=LegacyKeyValueFormat\nENV testkey value\n# check=skip=LegacyKeyValueFormat\nLABEL key value\n',
    'FROM alpine:3.20\nENV A=1 B=2\n',
  ],
  invalid: [
    { dockerfile: '\nFROM scratch\nENV testkey value\nLABEL key value\n', expect: [['LegacyKeyValueFormat', 3], ['LegacyKeyValueFormat', 4]] },
    { dockerfile: '\nFROM scratch AS a\n\nFROM a AS b\nENV testkey value\nLABEL key value\n\nFROM a AS c\n', expect: [['LegacyKeyValueFormat', 5], ['LegacyKeyValueFormat', 6]] },
  ],
  fixes: [
    { dockerfile: 'FROM alpine:3.20\nENV APP_HOME /app\n', fixed: 'FROM alpine:3.20\nENV APP_HOME=/app\n' },
    { dockerfile: 'FROM alpine:3.20\nLABEL description a small image\n', fixed: 'FROM alpine:3.20\nLABEL description="a small image"\n' },
  ],
});
