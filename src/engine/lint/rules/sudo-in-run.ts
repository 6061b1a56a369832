import { defineRule } from '../rule.ts';
import { commandsCalled, runScript } from '../shell-queries.ts';

/** RUN already runs as the current USER; sudo adds a setuid binary, a TTY quirk and a password prompt risk. */
export const sudoInRun = defineRule({
  meta: {
    id: 'sudo-in-run',
    severity: 'error',
    sources: [{ tool: 'hadolint', code: 'DL3004' }],
    title: '`sudo` in RUN',
    explanation:
      'Each RUN executes as the user set by the last USER instruction (root by default), so `sudo` is not needed to get root. It can fail outright (no sudo in the image, or a password prompt with no terminal), and installing it leaves a setuid-root binary in the image that an attacker can use later.',
    suggestion: 'Switch users with `USER root` before the command and `USER app` after it; at run time, use a tool like `gosu` or `su-exec` to drop privileges.',
    examples: {
      bad: [{ dockerfile: 'FROM debian:bookworm-slim\nUSER app\nRUN sudo apt-get update\n' }],
      good: [{ dockerfile: 'FROM debian:bookworm-slim\nUSER root\nRUN apt-get update && rm -rf /var/lib/apt/lists/*\nUSER app\n' }],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    if (!script) return undefined;
    return commandsCalled(script, ['sudo']).map((cmd) => ({
      range: cmd.name!.range,
      message: '`sudo` in a build; use USER to change who runs the command.',
    }));
  },
});
