import { describeRule } from '../testing/rule-table.ts';
import { sudoInRun } from './sudo-in-run.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(sudoInRun, {
  valid: [
    'RUN apt-get install sudo\n',
  ],
  invalid: [
    { dockerfile: 'RUN sudo apt-get update\n', expect: [['DL3004', 1]] },
    { dockerfile: 'RUN apt-get update && sudo apt-get install\n', expect: [['DL3004', 1]] },
  ],
});
