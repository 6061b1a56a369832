import { describeRule } from '../testing/rule-table.ts';
import { yumCacheNotCleaned } from './yum-cache-not-cleaned.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(yumCacheNotCleaned, {
  valid: [
    'RUN yum install -y mariadb-10.4 && yum clean all\n',
    'RUN bash -c `# not even a yum command`\n',
    'RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*\n',
  ],
  invalid: [
    { dockerfile: 'RUN yum install -y mariadb-10.4\n', expect: [['DL3032', 1]] },
    { dockerfile: 'RUN yum clean all && yum install -y\n', expect: [['DL3032', 1]] },
  ],
  fixes: [
    { dockerfile: 'FROM centos:7\nRUN yum install -y httpd-2.4.6\n', fixed: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 \\\n && yum clean all\n' },
  ],
});
