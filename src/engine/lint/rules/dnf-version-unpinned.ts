import { defineRule } from '../rule.ts';
import type { DeclaredVariables } from '../declared-variables.ts';
import { newDeclaredVariables } from '../declared-variables.ts';
import { unpinnedRpmInstalls } from '../rpm-install-pins.ts';

/** `dnf install tomcat` installs whatever the repository has today. */
export const dnfVersionUnpinned = defineRule<DeclaredVariables>({
  meta: {
    id: 'dnf-version-unpinned',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3041' }],
    title: '`dnf install` without package versions',
    explanation:
      'Without a version `dnf install` takes the newest package in the repositories on build day, so the same Dockerfile builds different images over time. Naming `package-version` (or `module:stream` for modules) makes rebuilds repeatable.',
    suggestion: 'Pin each package as `name-version`: `dnf install -y httpd-2.4.62`; for modules, `dnf module install -y nodejs:20`.',
    examples: {
      bad: [{ dockerfile: 'FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\n' }],
      good: [{ dockerfile: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n' }],
    },
  },
  init: newDeclaredVariables,
  step: (state, instruction, { facts }) => unpinnedRpmInstalls(state, instruction, facts, { commands: ['dnf', 'microdnf'], skipGroups: true }),
});
