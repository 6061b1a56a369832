import { describeRule } from '../testing/rule-table.ts';
import { inlineIgnorePragma } from './inline-ignore-pragma.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(inlineIgnorePragma, {
  valid: [
    '# hadolint shell=powershell\nRUN foo bar\n\n',
    '# foobar\nRUN foo bar\n\n',
    'FROM debian\nRUN foo bar\n\n',
    '# hadolint global ignore=DL3008\nFROM debian:12\n',
  ],
  invalid: [
    { dockerfile: '# hadolint ignore=DL3003\nRUN foo bar\n\n', expect: [['DL1001', 1]] },
  ],
});
