import { describeRule } from '../testing/rule-table.ts';
import { userNotNumeric } from './user-not-numeric.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(userNotNumeric, {
  valid: [
    'USER 12345\n',
    'USER 1234:5678\n',
    'ARG APP_UID\nFROM foobar:barfoo\nUSER ${APP_UID}\n\n',
    'ARG UID=10001\nFROM alpine:3.20\nUSER ${UID}:${UID}\n',
  ],
  invalid: [
    { dockerfile: 'USER foobar\n', expect: [['DL3066', 1]] },
    { dockerfile: 'USER foobar:barfoo\n', expect: [['DL3066', 1]] },
  ],
});
