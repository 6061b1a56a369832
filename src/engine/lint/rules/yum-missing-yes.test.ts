import { describeRule } from '../testing/rule-table.ts';
import { yumMissingYes } from './yum-missing-yes.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(yumMissingYes, {
  valid: [
    'RUN yum install -y httpd-2.4.24 && yum clean all\n',
    'RUN bash -c `# not even a yum command`\n',
  ],
  invalid: [
    { dockerfile: 'RUN yum install httpd-2.4.24 && yum clean all\n', expect: [['DL3030', 1]] },
  ],
  fixes: [
    { dockerfile: 'FROM centos:7\nRUN yum install httpd-2.4.6\n', fixed: 'FROM centos:7\nRUN yum install -y httpd-2.4.6\n' },
  ],
});
