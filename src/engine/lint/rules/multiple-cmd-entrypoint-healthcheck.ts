import type { Instruction } from '../../dockerfile/index.ts';
import { buildCheck, defineRule } from '../rule.ts';

const hadolintCode = { cmd: 'DL4003', entrypoint: 'DL4004', healthcheck: 'DL3012' } as const;
type Kind = keyof typeof hadolintCode;

/** The last CMD / ENTRYPOINT / HEALTHCHECK seen in the current stage. */
interface State {
  last: Partial<Record<Kind, Instruction>>;
}

/** Only the last CMD (ENTRYPOINT, HEALTHCHECK) of a stage counts; earlier ones are dead code. */
export const multipleCmdEntrypointHealthcheck = defineRule<State>({
  meta: {
    id: 'multiple-cmd-entrypoint-healthcheck',
    severity: 'warning',
    sources: [
      { tool: 'hadolint', code: 'DL4003', severity: 'warning' },
      { tool: 'hadolint', code: 'DL4004', severity: 'error' },
      { tool: 'hadolint', code: 'DL3012', severity: 'error' },
      { tool: 'buildkit', code: 'MultipleInstructionsDisallowed' },
    ],
    title: 'More than one CMD, ENTRYPOINT or HEALTHCHECK in a stage',
    explanation:
      'An image has one command, one entrypoint and one health check. Each CMD, ENTRYPOINT or HEALTHCHECK replaces the previous one, so only the last of each in a stage has any effect. The earlier ones mislead readers into thinking they run.',
    suggestion: 'Keep only the last one; to run several commands, write a script and make it the single CMD or ENTRYPOINT.',
    examples: {
      bad: [{ dockerfile: 'FROM node:22-slim\nCMD ["node", "migrate.js"]\nCMD ["node", "server.js"]\n' }],
      good: [{ dockerfile: 'FROM node:22-slim\nCMD ["node", "server.js"]\n' }],
    },
  },
  init: () => ({ last: {} }),
  step(state, instruction) {
    if (instruction.kind === 'from') {
      state.last = {};
      return undefined;
    }
    if (instruction.kind !== 'cmd' && instruction.kind !== 'entrypoint' && instruction.kind !== 'healthcheck') return undefined;
    const kind = instruction.kind;
    const previous = state.last[kind];
    state.last[kind] = instruction;
    if (!previous) return undefined;
    const name = kind.toUpperCase();
    return [
      {
        // The editor marks the instruction that has no effect; hadolint reports the later one, BuildKit the earlier.
        range: previous.range,
        message: `This ${name} is replaced by the ${name} on line ${instruction.startLine}; only the last one counts.`,
        codes: [
          { code: hadolintCode[kind], line: instruction.startLine },
          buildCheck(
            'MultipleInstructionsDisallowed',
            `Multiple ${instruction.keyword} instructions should not be used in the same stage because only the last one will be used`,
            previous.startLine,
          ),
        ],
        fix: { title: `Remove this ${name}`, edits: [{ range: previous.range, text: '' }] },
      },
    ];
  },
});
