import { defineRule } from '../rule.ts';
import { commandsCalled, runScript } from '../shell-queries.ts';

/** `zypper dist-upgrade` moves the whole system to a new distribution state inside a build. */
export const zypperDistUpgrade = defineRule({
  meta: {
    id: 'zypper-dist-upgrade',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3035' }],
    title: '`zypper dist-upgrade` in a build',
    explanation:
      '`zypper dist-upgrade` (`dup`) may replace, downgrade or remove packages of the base image to reach a new distribution state. The result depends on the day of the build, it can be large, and it undoes the point of choosing a specific base image tag.',
    suggestion: 'Use a newer base image tag instead, and install only the packages you need (`zypper -n install …`).',
    examples: {
      bad: [{ dockerfile: 'FROM opensuse/leap:15.6\nRUN zypper -n dist-upgrade\n' }],
      good: [{ dockerfile: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0 && zypper clean\n' }],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    if (!script) return undefined;
    return commandsCalled(script, ['zypper'], ['dist-upgrade', 'dup']).map((cmd) => ({
      range: cmd.range,
      message: '`zypper dist-upgrade` changes the base image to whatever the repositories hold today; pick a newer base tag instead.',
    }));
  },
});
