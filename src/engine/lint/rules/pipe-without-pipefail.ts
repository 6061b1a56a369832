import { defineRule } from '../rule.ts';
import { runScript } from '../shell-queries.ts';
import { setsPipefail, shellSetting } from '../shell-instruction.ts';

/** Whether the current stage's SHELL makes a failing pipe fail the RUN. */
interface State {
  pipefail: boolean;
}

/** `/bin/sh -c 'curl … | tar x'` succeeds when curl fails, as long as tar exits 0. */
export const pipeWithoutPipefail = defineRule<State>({
  meta: {
    id: 'pipe-without-pipefail',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL4006' }],
    title: 'Pipe in RUN without `pipefail`',
    explanation:
      'A pipeline reports the exit status of its last command only. In `RUN curl -fsSL $URL | tar -xz`, a failed download still "succeeds" if tar exits 0, and the build carries on with a broken image. `set -o pipefail` (bash, zsh, ash) makes the pipeline fail when any part fails; POSIX sh (dash on Debian) has no such option, hence the SHELL instruction.',
    suggestion: 'Before the RUN, add `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (on Alpine: `["/bin/ash", "-o", "pipefail", "-c"]`).',
    examples: {
      bad: [{ dockerfile: 'FROM debian:bookworm-slim\nRUN curl -fsSL https://example.com/app.tgz | tar -xz\n' }],
      good: [
        { dockerfile: 'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/app.tgz | tar -xz\n' },
      ],
    },
  },
  init: () => ({ pipefail: false }),
  step(state, instruction) {
    if (instruction.kind === 'from') state.pipefail = false;
    else if (instruction.kind === 'shell') {
      const shell = shellSetting(instruction);
      state.pipefail = shell.nonPosix || setsPipefail(shell);
    } else if (!state.pipefail) {
      const script = runScript(instruction);
      if (script?.commands.some((c) => c.context.inPipeline)) {
        return [{ range: instruction.range, message: 'A failure before the last `|` goes unnoticed here; set `-o pipefail` with SHELL.' }];
      }
    }
    return undefined;
  },
});
