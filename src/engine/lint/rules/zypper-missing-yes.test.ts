import { describeRule } from '../testing/rule-table.ts';
import { zypperMissingYes } from './zypper-missing-yes.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(zypperMissingYes, {
  valid: [
    'RUN zypper install -n httpd=2.4.24 && zypper clean\n',
    'RUN zypper install --non-interactive httpd=2.4.24 && zypper clean\n',
    'RUN zypper install -y httpd=2.4.24 && zypper clean\n',
    'RUN zypper install --no-confirm httpd=2.4.24 && zypper clean\n',
  ],
  invalid: [
    { dockerfile: 'RUN zypper install httpd=2.4.24 && zypper clean\n', expect: [['DL3034', 1]] },
  ],
  fixes: [
    { dockerfile: 'FROM opensuse/leap:15.6\nRUN zypper install curl=8.6.0\n', fixed: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0\n' },
  ],
});
