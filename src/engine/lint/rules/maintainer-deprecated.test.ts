import { describeRule } from '../testing/rule-table.ts';
import { maintainerDeprecated } from './maintainer-deprecated.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only) and BuildKit's frontend/dockerfile/dockerfile_check_test.go (Apache-2.0), and our own.
describeRule(maintainerDeprecated, {
  valid: [
    'FROM debian\n',
    '\nFROM scratch\nLABEL org.opencontainers.image.authors="me@example.org"\n',
    '\nFROM scratch\n# check=skip=JSONArgsRecommended\nCMD mycommand\n',
    '\nFROM scratch\n# check=skip=JSONArgsRecommended\nENTRYPOINT mycommand\n',
  ],
  invalid: [
    { dockerfile: 'FROM busybox\nMAINTAINER hudu@mail.com\n', expect: [['DL4000', 2], ['MaintainerDeprecated', 2]] },
    { dockerfile: 'FROM debian\nMAINTAINER Lukas\n', expect: [['DL4000', 2], ['MaintainerDeprecated', 2]] },
    { dockerfile: 'MAINTAINER Lukas\nFROM DEBIAN\n', expect: [['DL4000', 1], ['MaintainerDeprecated', 1]] },
    { dockerfile: '\nFROM scratch\nMAINTAINER me@example.org\n', expect: [['DL4000', 3], ['MaintainerDeprecated', 3]] },
    { dockerfile: '\nFROM scratch\n# check=skip=MaintainerDeprecated\nMAINTAINER me@example.org\n', expect: [['DL4000', 4]] },
    { dockerfile: '\nFROM scratch AS BadStageName\nMAINTAINER me@example.org\nBADCMD\n', expect: [['DL4000', 3], ['MaintainerDeprecated', 3]] },
  ],
  fixes: [
    { dockerfile: 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.org>\n', fixed: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.org>"\n' },
  ],
});
