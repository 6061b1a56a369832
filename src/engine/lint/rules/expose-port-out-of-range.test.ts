import { describeRule } from '../testing/rule-table.ts';
import { exposePortOutOfRange } from './expose-port-out-of-range.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(exposePortOutOfRange, {
  valid: [
    'EXPOSE 60000\n',
    'EXPOSE ${FOOBAR}\n',
    'EXPOSE 40000-60000/tcp\n',
    'EXPOSE 40000-${FOOBAR}\n',
  ],
  invalid: [
    { dockerfile: 'EXPOSE 80000\n', expect: [['DL3011', 1]] },
    { dockerfile: 'EXPOSE 40000-80000/tcp\n', expect: [['DL3011', 1]] },
  ],
});
