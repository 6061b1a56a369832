import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { after, commandsCalled, hasAnyFlag, runScript, wordText } from '../shell-queries.ts';

const verbs = ['install', 'groupinstall', 'localinstall'];

/** dnf asks "Is this ok [y/N]" before a transaction; a build cannot answer. */
export const dnfMissingYes = defineRule({
  meta: {
    id: 'dnf-missing-yes',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3038' }],
    title: '`dnf install` without `-y`',
    explanation:
      '`dnf install` (and `microdnf install`) shows the transaction and asks "Is this ok [y/N]". A build has no one to answer, so dnf treats end-of-input as "no" and the RUN fails.',
    suggestion: 'Add `-y` (`--assumeyes`): `dnf install -y httpd`.',
    examples: {
      bad: [{ dockerfile: 'FROM fedora:40\nRUN dnf install httpd-2.4.62 && dnf clean all\n' }],
      good: [{ dockerfile: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n' }],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    if (!script) return undefined;
    const reports: Report[] = [];
    for (const cmd of commandsCalled(script, ['dnf', 'microdnf'], verbs)) {
      if (hasAnyFlag(cmd, 'y', 'assumeyes')) continue;
      const verb = cmd.args.find((a) => verbs.includes(wordText(a)))!;
      reports.push({
        range: cmd.range,
        message: `\`${cmd.name?.value ?? 'dnf'}\` will wait for a confirmation nobody gives; add \`-y\`.`,
        fix: { title: 'Add -y', edits: [{ range: after(verb.range), text: ' -y' }] },
      });
    }
    return reports;
  },
});
