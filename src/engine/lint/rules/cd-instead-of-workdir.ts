import { defineRule } from '../rule.ts';
import { commandsCalled, runScript } from '../shell-queries.ts';

/** A `cd` lasts only until the end of its RUN; WORKDIR lasts for the rest of the stage. */
export const cdInsteadOfWorkdir = defineRule({
  meta: {
    id: 'cd-instead-of-workdir',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3003' }],
    title: '`cd` in RUN instead of WORKDIR',
    explanation:
      'Every RUN starts a new shell in the working directory set by WORKDIR; a `cd` ends with its RUN. Chains like `cd /app && make` hide where the next instruction runs, and a forgotten `cd` in the next RUN quietly works in the wrong directory. WORKDIR states it once, for all later RUN, COPY, CMD and ENTRYPOINT.',
    suggestion: 'Use `WORKDIR /app` before the commands instead of `cd /app &&` inside them.',
    examples: {
      bad: [{ dockerfile: 'FROM node:22-slim\nCOPY . /app\nRUN cd /app && npm ci\n' }],
      good: [{ dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\n' }],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    if (!script) return undefined;
    return commandsCalled(script, ['cd']).map((cmd) => ({
      range: cmd.range,
      message: 'This `cd` only lasts until the end of the RUN; set the directory with WORKDIR.',
    }));
  },
});
