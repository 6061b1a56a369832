import { defineRule } from '../rule.ts';
import { after, commandsOf, hasCacheOrTmpfsMount, indexOfCommand, isCommand, runOf, runScript } from '../shell-queries.ts';

/** zypper keeps repository metadata and packages in /var/cache/zypp. */
export const zypperCacheNotCleaned = defineRule({
  meta: {
    id: 'zypper-cache-not-cleaned',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3036' }],
    title: '`zypper install` without `zypper clean`',
    explanation:
      'zypper caches repository metadata and downloaded packages under /var/cache/zypp. Unless the same RUN cleans it after installing, the cache is baked into the layer.',
    suggestion: 'End the RUN with `&& zypper clean` (`zypper cc`), or mount a cache at /var/cache/zypp.',
    examples: {
      bad: [{ dockerfile: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0\n' }],
      good: [{ dockerfile: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0 && zypper clean\n' }],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    const run = runOf(instruction);
    if (!script || !run || hasCacheOrTmpfsMount(run, '/var/cache/zypp')) return undefined;
    const install = indexOfCommand(script, (c) => isCommand(c, ['zypper'], ['install', 'in']));
    if (install < 0) return undefined;
    if (indexOfCommand(script, (c) => isCommand(c, ['zypper'], ['clean', 'cc'])) > install) return undefined;
    return [
      {
        range: commandsOf(script)[install]!.range,
        message: 'The zypper cache written by this install stays in the layer; run `zypper clean` after it in the same RUN.',
        ...(run.heredocs.length === 0 &&
          run.command && { fix: { title: 'Add zypper clean', edits: [{ range: after(run.command.range), text: ' \\\n && zypper clean' }] } }),
      },
    ];
  },
});
