import { describeRule } from '../testing/rule-table.ts';
import { zypperVersionUnpinned } from './zypper-version-unpinned.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(zypperVersionUnpinned, {
  valid: [
    'RUN zypper install -y tomcat=9.0.39 && zypper clean\n',
    'RUN zypper install -y tomcat\\>=9.0 && zypper clean\n',
    'RUN zypper install -y tomcat\\>9.0 && zypper clean\n',
    'RUN zypper install -y tomcat\\<=9.0 && zypper clean\n',
    'RUN zypper install -y tomcat\\<9.0 && zypper clean\n',
    'RUN zypper install -y tomcat-9.0.39-1.rpm && zypper clean\n',
  ],
  invalid: [
    { dockerfile: 'RUN zypper install -y tomcat && zypper clean\n', expect: [['DL3037', 1]] },
  ],
});
