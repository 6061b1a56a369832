import { describeRule } from '../testing/rule-table.ts';
import { dnfMissingYes } from './dnf-missing-yes.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(dnfMissingYes, {
  valid: [
    'RUN dnf install -y httpd-2.4.24 && dnf clean all\n',
    'RUN microdnf install -y httpd-2.4.24 && microdnf clean all\n',
    'RUN notdnf install httpd\n',
  ],
  invalid: [
    { dockerfile: 'RUN dnf install httpd-2.4.24 && dnf clean all\n', expect: [['DL3038', 1]] },
    { dockerfile: 'RUN microdnf install httpd-2.4.24 && microdnf clean all\n', expect: [['DL3038', 1]] },
  ],
  fixes: [
    { dockerfile: 'FROM fedora:40\nRUN dnf install curl-8.6.0\n', fixed: 'FROM fedora:40\nRUN dnf install -y curl-8.6.0\n' },
  ],
});
