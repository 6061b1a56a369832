import { describeRule } from '../testing/rule-table.ts';
import { copyFromOwnStage } from './copy-from-own-stage.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(copyFromOwnStage, {
  valid: [
    'FROM scratch as build\nRUN foo\nFROM node as run\nCOPY --from=build foo .\nRUN baz\n\n',
  ],
  invalid: [
    { dockerfile: 'FROM node as foo\nCOPY --from=foo bar .\n\n', expect: [['DL3023', 2]] },
    { dockerfile: 'FROM node:22 AS Build\nCOPY --from=build /a /b\n', expect: [['DL3023', 2]] },
  ],
});
