import { describeRule } from '../testing/rule-table.ts';
import { zypperDistUpgrade } from './zypper-dist-upgrade.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(zypperDistUpgrade, {
  valid: [

  ],
  invalid: [
    { dockerfile: 'RUN zypper dist-upgrade\n', expect: [['DL3035', 1]] },
    { dockerfile: 'RUN zypper dup\n', expect: [['DL3035', 1]] },
  ],
});
