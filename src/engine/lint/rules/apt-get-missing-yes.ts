import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { after, argWord, commandsCalled, countFlag, hasAnyFlag, hasArg, runScript } from '../shell-queries.ts';

/** `apt-get install` without `-y` waits for a "Do you want to continue?" answer that never comes in a build. */
export const aptGetMissingYes = defineRule({
  meta: {
    id: 'apt-get-missing-yes',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3014' }],
    title: '`apt-get install` without `-y`',
    explanation:
      'A build has no keyboard. Without `-y`, `apt-get install` asks "Do you want to continue? [Y/n]" as soon as it needs more than the named packages, reads end-of-input, and aborts — so the RUN fails, often only after a base-image update pulls in a new dependency.',
    suggestion: 'Add `-y` (or `--yes`, `--assume-yes`) right after `install`: `apt-get install -y curl`.',
    examples: {
      bad: [{ dockerfile: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install curl\n' }],
      good: [{ dockerfile: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl\n' }],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    if (!script) return undefined;
    const reports: Report[] = [];
    for (const cmd of commandsCalled(script, ['apt-get'], ['install'])) {
      // `-qq` implies `-y` (apt-get(8)); so do two `-q`s and `-q=2`.
      const answered =
        hasAnyFlag(cmd, 'y', 'yes', 'qq', 'assume-yes') || countFlag(cmd, 'q') >= 2 || countFlag(cmd, 'quiet') >= 2 || hasArg(cmd, '-q=2');
      if (answered) continue;
      const install = argWord(cmd, 'install')!;
      reports.push({
        range: cmd.range,
        message: '`apt-get install` will stop at its confirmation prompt; add `-y`.',
        fix: { title: 'Add -y', edits: [{ range: after(install.range), text: ' -y' }] },
      });
    }
    return reports;
  },
});
