import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { after, argWord, commandsCalled, hasAnyFlag, hasArg, runScript } from '../shell-queries.ts';

/** Recommended packages are installed by default and often double the size of what was asked for. */
export const aptGetInstallRecommends = defineRule({
  meta: {
    id: 'apt-get-install-recommends',
    severity: 'info',
    sources: [{ tool: 'hadolint', code: 'DL3015' }],
    title: '`apt-get install` also installs recommended packages',
    explanation:
      'By default apt installs every package the ones you named merely *recommend*: documentation, extra tools, sometimes a whole X11 stack. None of it is needed to run your app, all of it ends up in the layer, and each extra package is one more thing for a security scanner to flag.',
    suggestion: 'Add `--no-install-recommends` to `apt-get install`, and add back by name anything you really need.',
    examples: {
      bad: [{ dockerfile: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y python3\n' }],
      good: [{ dockerfile: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends python3\n' }],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    if (!script) return undefined;
    const reports: Report[] = [];
    for (const cmd of commandsCalled(script, ['apt-get'], ['install'])) {
      if (hasAnyFlag(cmd, 'no-install-recommends') || hasArg(cmd, 'APT::Install-Recommends=false')) continue;
      const install = argWord(cmd, 'install')!;
      reports.push({
        range: cmd.range,
        message: 'This `apt-get install` pulls in recommended packages too; add `--no-install-recommends`.',
        fix: { title: 'Add --no-install-recommends', edits: [{ range: after(install.range), text: ' --no-install-recommends' }] },
      });
    }
    return reports;
  },
});
