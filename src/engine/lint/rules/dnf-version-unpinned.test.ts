import { describeRule } from '../testing/rule-table.ts';
import { dnfVersionUnpinned } from './dnf-version-unpinned.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(dnfVersionUnpinned, {
  valid: [
    'RUN dnf install -y tomcat-9.0.1 && dnf clean all\n',
    'RUN microdnf install -y tomcat-9.0.1 && microdnf clean all\n',
    'RUN notdnf install openssl-1:1.1.1k\n',
    'RUN notdnf install tomcat\n',
    'RUN dnf install -y rpm-sign-4.16.1.3 && dnf clean all\n',
    'RUN microdnf install -y rpm-sign-4.16.1.3 && microdnf clean all\n',
    'RUN dnf install -y gcc-c++-1.1.1\n',
    'RUN microdnf install -y gcc-c++-1.1.1\n',
    'RUN dnf install -y openssl-1:1.1.1k\n',
    'RUN microdnf install -y openssl-1:1.1.1k\n',
    'RUN dnf module install -y tomcat:9 && dnf clean all\n',
    'RUN microdnf module install -y tomcat:9 && microdnf clean all\n',
    'RUN notdnf module install tomcat\n',
    'RUN dnf -y group install "Development Tools"\n',
    'RUN dnf -y --setopt=group_package_types="mandatory" group install "Development Tools"\n',
    'RUN dnf group install -y "Development Tools" && dnf clean all\n',
    'RUN microdnf group install -y "Development Tools" && microdnf clean all\n',
    'ENV version=2.51.0-2.fc42\nRUN dnf -y install git-core-${version}\n\n',
    'ARG version=2.51.0-2.fc42\nRUN dnf -y install git-core-$version\n\n',
    'FROM fedora:fc42 AS build\nARG version=2.51.0-2.fc42\nFROM fedora:fc42\nRUN dnf -y install git-core-${version}\n\n',
    'FROM fedora:fc42 AS build\nENV version=2.51.0-2.fc42\nFROM build\nRUN dnf -y install git-core-${version}\n\n',
  ],
  invalid: [
    { dockerfile: 'RUN dnf install -y tomcat && dnf clean all\n', expect: [['DL3041', 1]] },
    { dockerfile: 'RUN microdnf install -y tomcat && microdnf clean all\n', expect: [['DL3041', 1]] },
    { dockerfile: 'RUN dnf install -y rpm-sign && dnf clean all\n', expect: [['DL3041', 1]] },
    { dockerfile: 'RUN microdnf install -y rpm-sign && microdnf clean all\n', expect: [['DL3041', 1]] },
    { dockerfile: 'RUN dnf module install -y tomcat && dnf clean all\n', expect: [['DL3041', 1]] },
    { dockerfile: 'RUN microdnf module install -y tomcat && microdnf clean all\n', expect: [['DL3041', 1]] },
    { dockerfile: 'FROM fedora:fc42 AS build\nENV version=2.51.0-2.fc42\nFROM fedora:fc42\nRUN dnf -y install git-core-${version}\n\n', expect: [['DL3041', 4]] },
  ],
});
