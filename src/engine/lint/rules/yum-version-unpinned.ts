import { defineRule } from '../rule.ts';
import type { DeclaredVariables } from '../declared-variables.ts';
import { newDeclaredVariables } from '../declared-variables.ts';
import { unpinnedRpmInstalls } from '../rpm-install-pins.ts';

/** `yum install tomcat` installs whatever the repository has today. */
export const yumVersionUnpinned = defineRule<DeclaredVariables>({
  meta: {
    id: 'yum-version-unpinned',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3033' }],
    title: '`yum install` without package versions',
    explanation:
      'Without a version `yum install` takes the newest package in the repositories on build day, so rebuilding the same Dockerfile later can give a different image. Naming `package-version` (or `module:stream` for modules) makes rebuilds repeatable.',
    suggestion: 'Pin each package as `name-version`: `yum install -y httpd-2.4.6`; for modules, `yum module install -y nodejs:20`.',
    examples: {
      bad: [{ dockerfile: 'FROM centos:7\nRUN yum install -y httpd && yum clean all\n' }],
      good: [
        { dockerfile: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n' },
        { dockerfile: 'FROM fedora:40\nARG GIT_VERSION=2.45.2-1.fc40\nRUN yum -y install git-core-${GIT_VERSION} && yum clean all\n' },
      ],
    },
  },
  init: newDeclaredVariables,
  step: (state, instruction, { facts }) => unpinnedRpmInstalls(state, instruction, facts, { commands: ['yum'], skipGroups: false }),
});
