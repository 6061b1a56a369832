import { describeRule } from '../testing/rule-table.ts';
import { yumVersionUnpinned } from './yum-version-unpinned.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(yumVersionUnpinned, {
  valid: [
    'RUN yum install -y tomcat-9.2 && yum clean all\n',
    'RUN bash -c `# not even a yum command`\n',
    'RUN yum install -y openssl-1:1.1.1k\n',
    'RUN yum install -y rpm-sign-4.16.1.3\n',
    'RUN yum install -y gcc-c++-1.1.1\n',
    'RUN yum module install -y tomcat:9 && yum clean all\n',
    'ENV version=2.51.0-2.fc42\nRUN yum -y install git-core-${version}\n\n',
    'ARG version=2.51.0-2.fc42\nRUN yum -y install git-core-$version\n\n',
    'FROM fedora:fc42 AS build\nARG version=2.51.0-2.fc42\nFROM fedora:fc42\nRUN yum -y install git-core-${version}\n\n',
    'FROM fedora:fc42 AS build\nENV version=2.51.0-2.fc42\nFROM build\nRUN yum -y install git-core-${version}\n\n',
  ],
  invalid: [
    { dockerfile: 'RUN yum install -y tomcat && yum clean all\n', expect: [['DL3033', 1]] },
    { dockerfile: 'RUN yum module install -y tomcat && yum clean all\n', expect: [['DL3033', 1]] },
    { dockerfile: 'FROM fedora:fc42 AS build\nENV version=2.51.0-2.fc42\nFROM fedora:fc42\nRUN yum -y install git-core-${version}\n\n', expect: [['DL3033', 4]] },
  ],
});
