import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { commandsCalled, hasArg, isFlag, runScript, wordText } from '../shell-queries.ts';
import type { DeclaredVariables } from '../declared-variables.ts';
import { isDeclared, newDeclaredVariables, trackDeclarations, wordVariables } from '../declared-variables.ts';
import { rpmPinned } from '../rpm-versions.ts';

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
  step(state, instruction, { facts }) {
    trackDeclarations(state, instruction, facts);
    const script = runScript(instruction);
    if (!script) return undefined;
    const reports: Report[] = [];
    for (const cmd of commandsCalled(script, ['yum'], ['install'])) {
      const isModule = hasArg(cmd, 'module');
      const unpinned = cmd.args
        .filter((w) => !isFlag(w) && !['install', 'module'].includes(wordText(w)))
        .filter((w) => {
          const text = wordText(w);
          if (isModule) return !text.includes(':');
          return !rpmPinned(text, wordVariables(w), (v) => isDeclared(state, instruction.stageIndex, v));
        })
        .map(wordText);
      if (unpinned.length === 0) continue;
      reports.push({
        range: cmd.range,
        message: `No version given for ${unpinned.map((p) => `\`${p}\``).join(', ')}; name \`${isModule ? 'module:stream' : 'package-version'}\`.`,
      });
    }
    return reports;
  },
});
