import { describeRule } from '../testing/rule-table.ts';
import { fromPlatformConstant } from './from-platform-constant.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only) and BuildKit's frontend/dockerfile/dockerfile_check_test.go (Apache-2.0), and our own.
describeRule(fromPlatformConstant, {
  valid: [
    'FROM debian:jessie\n',
    'FROM --platform=$BUILDPLATFORM debian:jessie\n',
    'FROM --platform="$BUILDPLATFORM" debian:jessie\n',
    'FROM --platform=${BUILDPLATFORM} debian:jessie\n',
    'FROM --platform=${BUILDPLATFORM:-} debian:jessie\n',
    'FROM --platform="${BUILDPLATFORM:-}" debian:jessie\n',
    'FROM --platform=$TARGETPLATFORM debian:jessie\n',
  ],
  invalid: [
    { dockerfile: 'FROM --platform=linux debian:jessie\n', expect: [['DL3029', 1], ['FromPlatformFlagConstDisallowed', 1]] },
    { dockerfile: '\nFROM --platform=linux/amd64 scratch\n', expect: [['DL3029', 2], ['FromPlatformFlagConstDisallowed', 2]] },
    { dockerfile: '\nFROM --platform=linux/amd64 scratch AS my_amd64_stage\n', expect: [['DL3029', 2]] },
    { dockerfile: '\nFROM --platform=linux/amd64 scratch AS linux\n', expect: [['DL3029', 2]] },
  ],
});
