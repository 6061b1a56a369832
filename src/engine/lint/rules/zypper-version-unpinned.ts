import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { commandsCalled, isFlag, runScript, wordText } from '../shell-queries.ts';

/** `zypper install tomcat` installs whatever the repository has today. */
export const zypperVersionUnpinned = defineRule({
  meta: {
    id: 'zypper-version-unpinned',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3037' }],
    title: '`zypper install` without package versions',
    explanation:
      'Without a version constraint zypper installs the newest package available on build day, so the same Dockerfile builds different images over time. `name=version` (or `>=`, `<` …, escaped from the shell) makes rebuilds repeatable.',
    suggestion: 'Pin each package: `zypper -n install tomcat=9.0.39` (quote or escape `>`/`<` constraints).',
    examples: {
      bad: [{ dockerfile: 'FROM opensuse/leap:15.6\nRUN zypper -n install tomcat && zypper clean\n' }],
      good: [{ dockerfile: 'FROM opensuse/leap:15.6\nRUN zypper -n install tomcat=9.0.39 && zypper clean\n' }],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    if (!script) return undefined;
    const reports: Report[] = [];
    for (const cmd of commandsCalled(script, ['zypper'], ['install', 'in'])) {
      const unpinned = cmd.args
        .filter((w) => !isFlag(w))
        .map(wordText)
        .filter((p) => p !== 'install' && p !== 'in' && !/[=<>]/.test(p) && !p.endsWith('.rpm'));
      if (unpinned.length === 0) continue;
      reports.push({ range: cmd.range, message: `No version given for ${unpinned.map((p) => `\`${p}\``).join(', ')}; pin with \`name=version\`.` });
    }
    return reports;
  },
});
