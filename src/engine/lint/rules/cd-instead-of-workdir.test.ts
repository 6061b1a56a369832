import { describeRule } from '../testing/rule-table.ts';
import { cdInsteadOfWorkdir } from './cd-instead-of-workdir.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(cdInsteadOfWorkdir, {
  valid: [
    'WORKDIR /opt\n',
    'FROM debian:12\nRUN echo cd\n',
  ],
  invalid: [
    { dockerfile: 'RUN cd /opt\n', expect: [['DL3003', 1]] },
  ],
});
