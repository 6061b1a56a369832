import { defineRule } from '../rule.ts';
import { commandsCalled, hasArg, runScript } from '../shell-queries.ts';

/** Re-linking /bin/sh changes the shell for every later RUN in a way nobody reading the Dockerfile sees. */
export const shellReplacedWithLn = defineRule({
  meta: {
    id: 'shell-replaced-with-ln',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL4005' }],
    title: '`ln` over /bin/sh instead of SHELL',
    explanation:
      'Every shell-form RUN, CMD and ENTRYPOINT runs `/bin/sh -c`. Pointing /bin/sh at bash with `ln` changes that for the rest of the build *and* for every program in the image that calls /bin/sh, and nothing in the Dockerfile says so. The SHELL instruction changes the shell for later instructions only, visibly.',
    suggestion: 'Use `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` instead of re-linking /bin/sh.',
    examples: {
      bad: [{ dockerfile: 'FROM debian:bookworm-slim\nRUN ln -sf /bin/bash /bin/sh\n' }],
      good: [{ dockerfile: 'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n' }],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    if (!script) return undefined;
    return commandsCalled(script, ['ln'])
      .filter((cmd) => hasArg(cmd, '/bin/sh'))
      .map((cmd) => ({ range: cmd.range, message: 'Replacing /bin/sh changes the shell for everything after it; use SHELL instead.' }));
  },
});
