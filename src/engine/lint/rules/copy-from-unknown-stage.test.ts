import { describeRule } from '../testing/rule-table.ts';
import { copyFromUnknownStage } from './copy-from-unknown-stage.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(copyFromUnknownStage, {
  valid: [
    'FROM scratch as build\nRUN foo\nFROM node\nCOPY --from=build foo .\nRUN baz\n\n',
    'COPY --from=haskell:latest bar .\n',
    'FROM scratch as build\nRUN foo\nFROM node\nCOPY --from=0 foo .\n\n',
    'FROM scratch\nRUN foo\nFROM node\nCOPY --from=0 foo .\n\n',
    'FROM node:22 AS Build\nFROM alpine:3.20\nCOPY --from=BUILD /a /b\n',
    'COPY --from=$STAGE /a /b\n',
  ],
  invalid: [
    { dockerfile: 'COPY --from=foo bar .\n', expect: [['DL3022', 1]] },
    { dockerfile: 'FROM scratch\nCOPY --from=build foo .\nFROM node as build\nRUN baz\n\n', expect: [['DL3022', 2]] },
    { dockerfile: 'COPY --from=0 bar .\n', expect: [['DL3022', 1]] },
  ],
});
