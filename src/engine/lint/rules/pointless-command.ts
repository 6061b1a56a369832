import { defineRule } from '../rule.ts';
import { commandName, commandsOf, runScript } from '../shell-queries.ts';

// Interactive or host-management tools that do nothing useful while an image is built (hadolint's list).
const pointless = new Set(['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim']);

/** `RUN service nginx start` starts nothing that survives the RUN. */
export const pointlessCommand = defineRule({
  meta: {
    id: 'pointless-command',
    severity: 'info',
    sources: [{ tool: 'hadolint', code: 'DL3001' }],
    title: 'Command that makes no sense in a build',
    explanation:
      'A RUN is a throwaway process that only leaves files behind. A service started there is gone when the RUN ends, `top`, `ps`, `free` and `vim` need a person watching, and `mount`, `kill` or `shutdown` act on a build container that is about to be discarded anyway.',
    suggestion: 'Start long-running processes with CMD or ENTRYPOINT; inspect a running container with `docker exec`.',
    examples: {
      bad: [{ dockerfile: 'FROM nginx:1.27\nRUN service nginx start\n' }],
      good: [{ dockerfile: 'FROM nginx:1.27\nCMD ["nginx", "-g", "daemon off;"]\n' }],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    if (!script) return undefined;
    return commandsOf(script)
      .filter((cmd) => pointless.has(commandName(cmd) ?? ''))
      .map((cmd) => ({ range: cmd.range, message: `\`${commandName(cmd)}\` does nothing lasting in a build step.` }));
  },
});
