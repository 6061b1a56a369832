import { describeRule } from '../testing/rule-table.ts';
import { reservedStageName } from './reserved-stage-name.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only) and BuildKit's frontend/dockerfile/dockerfile_check_test.go (Apache-2.0), and our own.
describeRule(reservedStageName, {
  valid: [
    'FROM foo:bar AS foobar\n',
    '\nFROM scratch\nFROM scratch AS a\n',
  ],
  invalid: [
    { dockerfile: 'FROM foo:bar AS scratch\n', expect: [['DL3063', 1], ['ReservedStageName', 1]] },
    { dockerfile: 'FROM foo:bar AS context\n', expect: [['DL3063', 1], ['ReservedStageName', 1]] },
    { dockerfile: '\nFROM scratch AS scratch\nFROM scratch AS context\n', expect: [['DL3063', 2], ['ReservedStageName', 2], ['DL3063', 3], ['ReservedStageName', 3]] },
    { dockerfile: 'FROM alpine:3.20 AS Scratch\n', expect: [['ReservedStageName', 1]] },
  ],
});
