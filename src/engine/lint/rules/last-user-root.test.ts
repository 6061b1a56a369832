import { describeRule } from '../testing/rule-table.ts';
import { lastUserRoot } from './last-user-root.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(lastUserRoot, {
  valid: [
    'FROM scratch\nUSER foo\n\n',
    'FROM scratch\nUSER root\nRUN something\nUSER foo\n\n',
    'FROM debian as base\nUSER root\nRUN something\nFROM scratch\nUSER foo\nRUN something else\n\n',
    'FROM debian as base\nUSER root\nRUN something\nUSER foo\nFROM scratch\nRUN something else\n\n',
    'USER root\n',
  ],
  invalid: [
    { dockerfile: 'FROM scratch\nUSER root\n\n', expect: [['DL3002', 2]] },
    { dockerfile: 'FROM scratch\nUSER 0\n\n', expect: [['DL3002', 2]] },
    { dockerfile: 'FROM scratch\nUSER root:root\n\n', expect: [['DL3002', 2]] },
    { dockerfile: 'FROM scratch\nUSER 0:0\n\n', expect: [['DL3002', 2]] },
    { dockerfile: 'FROM debian as base\nUSER root\nRUN something\nFROM base\nRUN something else\n\n', expect: [['DL3002', 2]] },
    { dockerfile: 'FROM alpine:3.20 AS base\nUSER 0:0\nFROM base AS app\nRUN true\n', expect: [['DL3002', 2]] },
  ],
});
