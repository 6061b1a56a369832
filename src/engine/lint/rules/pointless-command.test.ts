import { describeRule } from '../testing/rule-table.ts';
import { pointlessCommand } from './pointless-command.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(pointlessCommand, {
  valid: [
    'RUN apt-get install ssh\n',
  ],
  invalid: [
    { dockerfile: 'RUN top\n', expect: [['DL3001', 1]] },
  ],
});
