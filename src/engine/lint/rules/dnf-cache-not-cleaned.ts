import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { after, commandName, commandsOf, hasArg, hasCacheOrTmpfsMount, isCommand, operands, runOf, runScript, wordText } from '../shell-queries.ts';
import type { SimpleCommand } from '../../shell/index.ts';

// Subcommands that download packages into the cache (dnf(8) and their short aliases).
const installVerbs = ['install', 'in', 'upgrade', 'up', 'upgrade-minimal', 'up-min', 'reinstall', 'rei'];
// Cache directories of dnf 5 (/var/cache/libdnf5), dnf 4 (/var/cache/dnf) and the yum-era path.
const cacheDirs = ['/var/cache/libdnf5', '/var/cache/dnf', '/var/cache/yum'];

const removesCache = (cmd: SimpleCommand) =>
  isCommand(cmd, ['rm']) && operands(cmd).some((w) => cacheDirs.some((d) => wordText(w).startsWith(d)));

/** dnf keeps metadata and downloaded packages in its cache directory unless cleaned in the same RUN. */
export const dnfCacheNotCleaned = defineRule({
  meta: {
    id: 'dnf-cache-not-cleaned',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3040' }],
    title: '`dnf install` without `dnf clean all`',
    explanation:
      'dnf (and microdnf) cache repository metadata and downloaded packages under /var/cache — often well over 100 MB. Unless the same RUN cleans up after installing, the cache is written into the layer and every pull of the image downloads it again.',
    suggestion: 'End the RUN with `&& dnf clean all` (or `microdnf clean all`), or mount a cache at /var/cache/libdnf5.',
    examples: {
      bad: [{ dockerfile: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62\n' }],
      good: [
        { dockerfile: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n' },
        { dockerfile: 'FROM fedora:41\nRUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y httpd-2.4.62\n' },
      ],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    const run = runOf(instruction);
    if (!script || !run) return undefined;
    if (hasCacheOrTmpfsMount(run, '/var/cache/libdnf5') || hasCacheOrTmpfsMount(run, '.cache/libdnf5')) return undefined;
    const commands = commandsOf(script);
    const reports: Report[] = [];
    for (const tool of ['dnf', 'microdnf']) {
      const install = commands.findIndex((c) => commandName(c) === tool && hasArg(c, ...installVerbs));
      if (install < 0) continue;
      const clean = commands.findIndex((c) => (commandName(c) === tool && hasArg(c, 'clean')) || removesCache(c));
      if (clean > install) continue;
      reports.push({
        range: commands[install]!.range,
        message: `The ${tool} cache written here stays in the layer; run \`${tool} clean all\` after it in the same RUN.`,
        ...(run.heredocs.length === 0 &&
          run.command && { fix: { title: `Add ${tool} clean all`, edits: [{ range: after(run.command.range), text: ` \\\n && ${tool} clean all` }] } }),
      });
    }
    return reports;
  },
});
