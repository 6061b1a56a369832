import { describeRule } from '../testing/rule-table.ts';
import { instructionBeforeFrom } from './instruction-before-from.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(instructionBeforeFrom, {
  valid: [
    'FROM foo\nLABEL foo=bar\n',
    'ARG A=B\nFROM foo\nLABEL foo=bar\n',
    '# syntax = docker/dockerfile:1.0-experimental\nFROM node:16-alpine3.13\n',
    'FROM foo\nARG A=B\nRUN echo bla\n',
  ],
  invalid: [
    { dockerfile: 'LABEL foo=bar\nFROM foo\n', expect: [['DL3061', 1]] },
  ],
});
