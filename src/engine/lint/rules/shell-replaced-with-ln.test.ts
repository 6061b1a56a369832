import { describeRule } from '../testing/rule-table.ts';
import { shellReplacedWithLn } from './shell-replaced-with-ln.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(shellReplacedWithLn, {
  valid: [
    'RUN ln -sf /bin/true /sbin/initctl\n',
    'RUN ln -s foo bar && unrelated && something_with /bin/sh\n',
  ],
  invalid: [
    { dockerfile: 'RUN ln -sfv /bin/bash /bin/sh\n', expect: [['DL4005', 1]] },
  ],
});
