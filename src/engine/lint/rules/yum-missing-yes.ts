import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { after, commandsCalled, hasAnyFlag, runScript } from '../shell-queries.ts';

const verbs = ['install', 'groupinstall', 'localinstall'];

/** yum asks "Is this ok [y/N]" before installing; a build cannot answer. */
export const yumMissingYes = defineRule({
  meta: {
    id: 'yum-missing-yes',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3030' }],
    title: '`yum install` without `-y`',
    explanation:
      '`yum install` shows the transaction and asks "Is this ok [y/N]". In a build nobody answers, yum reads end-of-input as "no" and the RUN fails.',
    suggestion: 'Add `-y` (`--assumeyes`): `yum install -y httpd`.',
    examples: {
      bad: [{ dockerfile: 'FROM centos:7\nRUN yum install httpd-2.4.6 && yum clean all\n' }],
      good: [{ dockerfile: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n' }],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    if (!script) return undefined;
    const reports: Report[] = [];
    for (const cmd of commandsCalled(script, ['yum'], verbs)) {
      if (hasAnyFlag(cmd, 'y', 'assumeyes')) continue;
      const verb = cmd.args.find((a) => verbs.includes(a.value ?? ''))!;
      reports.push({
        range: cmd.range,
        message: '`yum` will wait for a confirmation nobody gives; add `-y`.',
        fix: { title: 'Add -y', edits: [{ range: after(verb.range), text: ' -y' }] },
      });
    }
    return reports;
  },
});
