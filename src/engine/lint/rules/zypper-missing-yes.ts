import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { after, commandsCalled, hasAnyFlag, runScript, wordText } from '../shell-queries.ts';

// zypper subcommands that ask for confirmation (zypper(8)), with their short forms.
const verbs = ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'];

/** zypper asks "Continue? [y/n/v/...]" before changing packages; a build cannot answer. */
export const zypperMissingYes = defineRule({
  meta: {
    id: 'zypper-missing-yes',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3034' }],
    title: '`zypper` without a non-interactive switch',
    explanation:
      '`zypper install` and friends show what they will do and ask "Continue?". A build has no terminal to answer from, so the RUN fails or hangs.',
    suggestion: 'Use `zypper --non-interactive install …` (`-n`), or `zypper install -y …`.',
    examples: {
      bad: [{ dockerfile: 'FROM opensuse/leap:15.6\nRUN zypper install httpd=2.4.58 && zypper clean\n' }],
      good: [{ dockerfile: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive install httpd=2.4.58 && zypper clean\n' }],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    if (!script) return undefined;
    const reports: Report[] = [];
    for (const cmd of commandsCalled(script, ['zypper'], verbs)) {
      if (hasAnyFlag(cmd, 'non-interactive', 'n', 'no-confirm', 'y')) continue;
      const verb = cmd.args.find((a) => verbs.includes(wordText(a)))!;
      reports.push({
        range: cmd.range,
        message: '`zypper` will wait for a confirmation nobody gives; add `-y` (or `--non-interactive`).',
        fix: { title: 'Add -y', edits: [{ range: after(verb.range), text: ' -y' }] },
      });
    }
    return reports;
  },
});
