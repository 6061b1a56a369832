import { describeRule } from '../testing/rule-table.ts';
import { duplicateStageName } from './duplicate-stage-name.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only) and BuildKit's frontend/dockerfile/dockerfile_check_test.go (Apache-2.0), and our own.
describeRule(duplicateStageName, {
  valid: [
    'FROM scratch as build\nRUN foo\nFROM node as run\nRUN baz\n\n',
    '\nFROM scratch AS b1\nFROM scratch AS b2\n',
  ],
  invalid: [
    { dockerfile: 'FROM node as foo\nRUN something\nFROM scratch as foo\nRUN something\n\n', expect: [['DL3024', 3], ['DuplicateStageName', 3]] },
    { dockerfile: '\nFROM scratch AS b\nFROM scratch AS b\n', expect: [['DL3024', 3], ['DuplicateStageName', 3]] },
    { dockerfile: 'FROM alpine:3.20 AS Base\nFROM alpine:3.20 AS base\n', expect: [['DL3024', 2], ['DuplicateStageName', 2]] },
  ],
});
