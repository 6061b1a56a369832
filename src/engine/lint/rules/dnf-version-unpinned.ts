import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { commandsCalled, hasArg, isFlag, runScript, wordText } from '../shell-queries.ts';
import type { DeclaredVariables } from '../declared-variables.ts';
import { isDeclared, newDeclaredVariables, trackDeclarations, wordVariables } from '../declared-variables.ts';
import { rpmPinned } from '../rpm-versions.ts';

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
  step(state, instruction, { facts }) {
    trackDeclarations(state, instruction, facts);
    const script = runScript(instruction);
    if (!script) return undefined;
    const reports: Report[] = [];
    for (const cmd of commandsCalled(script, ['dnf', 'microdnf'], ['install'])) {
      // Groups (`dnf group install "Development Tools"`) have no versions to pin.
      if (hasArg(cmd, 'group')) continue;
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
