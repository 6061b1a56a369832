import { defineRule } from '../rule.ts';
import { after, commandsOf, hasArg, indexOfCommand, isCommand, operands, runOf, runScript, wordText } from '../shell-queries.ts';
import type { SimpleCommand } from '../../shell/index.ts';

const isInstall = (cmd: SimpleCommand) => isCommand(cmd, ['yum'], ['install']);
const isClean = (cmd: SimpleCommand) =>
  (isCommand(cmd, ['yum']) && hasArg(cmd, 'clean')) ||
  (isCommand(cmd, ['rm']) && operands(cmd).some((w) => wordText(w).startsWith('/var/cache/yum')));

/** yum keeps downloaded packages and metadata in /var/cache/yum unless told to clean up. */
export const yumCacheNotCleaned = defineRule({
  meta: {
    id: 'yum-cache-not-cleaned',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3032' }],
    title: '`yum install` without `yum clean all`',
    explanation:
      'yum caches repository metadata and downloaded packages under /var/cache/yum — easily 100 MB. Unless the same RUN cleans it after installing, the cache is written into the layer and ships with every copy of the image.',
    suggestion: 'End the RUN with `&& yum clean all` (after the last `yum install`).',
    examples: {
      bad: [{ dockerfile: 'FROM centos:7\nRUN yum install -y httpd-2.4.6\n' }],
      good: [{ dockerfile: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n' }],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    const run = runOf(instruction);
    if (!script || !run) return undefined;
    const install = indexOfCommand(script, isInstall);
    if (install < 0) return undefined;
    const clean = indexOfCommand(script, isClean);
    if (clean > install) return undefined;
    const command = run.command!;
    return [
      {
        range: commandsOf(script)[install]!.range,
        message: 'The yum cache written by this install stays in the layer; run `yum clean all` after it in the same RUN.',
        ...(run.heredocs.length === 0 && {
          fix: { title: 'Add yum clean all', edits: [{ range: after(command.range), text: ' \\\n && yum clean all' }] },
        }),
      },
    ];
  },
});
