import { describeRule } from '../testing/rule-table.ts';
import { healthcheckMissing } from './healthcheck-missing.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(healthcheckMissing, {
  valid: [
    'FROM scratch\nHEALTHCHECK NONE\n\n',
    'FROM scratch\nHEALTHCHECK CMD /bin/bla\n\n',
    'FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM base\n\n',
    'FROM scratch AS base1\nFROM base1 AS base2\nFROM base2 AS base3\nFROM base3 AS end\nHEALTHCHECK NONE\n\n',
  ],
  invalid: [
    { dockerfile: 'FROM scratch\n\n', expect: [['DL3057', 1]] },
    { dockerfile: 'FROM scratch AS base1\nFROM base1 AS base2\nFROM base2 AS base3.1\nFROM base2 AS base3.2\n\nFROM base3.1 AS end1\nHEALTHCHECK NONE\n\nFROM base3.2 AS end2\n\n', expect: [['DL3057', 9]] },
    { dockerfile: 'FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM scratch\n\n', expect: [['DL3057', 3]] },
  ],
});
