import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { commandsCalled, operands, runScript, wordText } from '../shell-queries.ts';

/** `apk add curl` installs whatever the Alpine mirror has on build day. */
export const apkVersionUnpinned = defineRule({
  meta: {
    id: 'apk-version-unpinned',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3018' }],
    title: '`apk add` without package versions',
    explanation:
      'Without a version constraint `apk add` installs the newest package in the repository on the day of the build, so the same Dockerfile builds different images over time. A constraint like `curl=8.9.1-r2` (exact) or `curl~8.9` (same minor version) makes rebuilds repeatable.',
    suggestion: 'Pin each package: `apk add --no-cache curl=8.9.1-r2`, or allow patch updates with `curl~8.9`.',
    examples: {
      bad: [{ dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n' }],
      good: [{ dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2\n' }],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    if (!script) return undefined;
    const reports: Report[] = [];
    for (const cmd of commandsCalled(script, ['apk'], ['add'])) {
      // `-t/--virtual NAME` names a group, `-X/--repository URL` a repository: neither is a package.
      const unpinned = operands(cmd, ['t', 'virtual', 'repository', 'X'])
        .map(wordText)
        .filter((p) => p !== 'add' && !/[=~<>]/.test(p) && !p.endsWith('.apk'));
      if (unpinned.length === 0) continue;
      reports.push({ range: cmd.range, message: `No version given for ${unpinned.map((p) => `\`${p}\``).join(', ')}; pin with \`name=version\`.` });
    }
    return reports;
  },
});
