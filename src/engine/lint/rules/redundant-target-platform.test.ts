import { describeRule } from '../testing/rule-table.ts';
import { redundantTargetPlatform } from './redundant-target-platform.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only) and BuildKit's frontend/dockerfile/dockerfile_check_test.go (Apache-2.0), and our own.
describeRule(redundantTargetPlatform, {
  valid: [
    'FROM alpine:3.24\n',
    'FROM --platform=$FOOBAR alpine:3.24\n',
    'FROM --platform=foobar alpine:3.24\n',
    'FROM --platform=foobar/arm64 alpine:3.24\n',
  ],
  invalid: [
    { dockerfile: 'FROM --platform=$TARGETPLATFORM alpine:3.24\n', expect: [['DL3065', 1], ['RedundantTargetPlatform', 1]] },
    { dockerfile: 'FROM --platform=${TARGETPLATFORM} alpine:3.24\n', expect: [['DL3065', 1], ['RedundantTargetPlatform', 1]] },
    { dockerfile: '\nFROM --platform=$TARGETPLATFORM scratch\n', expect: [['DL3065', 2], ['RedundantTargetPlatform', 2]] },
    { dockerfile: '\nFROM --platform=${TARGETPLATFORM} scratch\n', expect: [['DL3065', 2], ['RedundantTargetPlatform', 2]] },
    { dockerfile: '\n# check=skip=RedundantTargetPlatform\nFROM --platform=$TARGETPLATFORM scratch\n', expect: [['DL3065', 3]] },
  ],
  fixes: [
    { dockerfile: 'FROM --platform=$TARGETPLATFORM alpine:3.20\n', fixed: 'FROM alpine:3.20\n' },
  ],
});
