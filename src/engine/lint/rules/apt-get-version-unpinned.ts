import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { commandsCalled, operands, runScript, wordText } from '../shell-queries.ts';

/** `apt-get install curl` installs whatever version the mirror has today. */
export const aptGetVersionUnpinned = defineRule({
  meta: {
    id: 'apt-get-version-unpinned',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3008' }],
    title: '`apt-get install` without package versions',
    explanation:
      'Without a version, `apt-get install curl` installs whatever the mirror serves on the day of the build. Two builds of the same Dockerfile a week apart can contain different versions, and a rebuild to fix something unrelated can quietly bring in a breaking change.',
    suggestion: 'Pin each package: `apt-get install -y curl=7.88.1-10+deb12u5` (see `apt-cache policy curl` for the exact string).',
    examples: {
      bad: [{ dockerfile: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl\n' }],
      good: [{ dockerfile: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u5\n' }],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    if (!script) return undefined;
    const reports: Report[] = [];
    for (const cmd of commandsCalled(script, ['apt-get'], ['install'])) {
      // `-t bookworm-backports` names a release, not a package; a path or a .deb file is a fixed file.
      const unpinned = operands(cmd, ['t', 'target-release'])
        .map(wordText)
        .filter((p) => p !== 'install' && !p.includes('=') && !p.includes('/') && !p.endsWith('.deb'));
      if (unpinned.length === 0) continue;
      reports.push({ range: cmd.range, message: `No version given for ${unpinned.map((p) => `\`${p}\``).join(', ')}; pin with \`name=version\`.` });
    }
    return reports;
  },
});
