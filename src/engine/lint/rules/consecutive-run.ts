import type { RunInstruction } from '../../dockerfile/index.ts';
import { defineRule } from '../rule.ts';
import { commandsOf, unanalysed } from '../shell-queries.ts';

/** The previous instruction, when it was a RUN of a single command (comments in between do not count). */
interface State {
  previous: RunInstruction | undefined;
}

function singleCommand(run: RunInstruction): boolean {
  return run.command?.kind === 'shell' && !unanalysed(run.command.script) && commandsOf(run.command.script).length <= 1;
}

const flagsOf = (run: RunInstruction) => run.flags.map((f) => f.raw).sort().join(' ');

/** Each RUN is a layer and a cache step; a row of one-command RUNs is usually one step written out long. */
export const consecutiveRun = defineRule<State>({
  meta: {
    id: 'consecutive-run',
    severity: 'info',
    sources: [{ tool: 'hadolint', code: 'DL3059' }],
    title: 'Consecutive single-command RUNs',
    explanation:
      'Every RUN creates a layer and a cache entry. Two RUNs in a row that each run one command can usually be one RUN joined with `&&`: fewer layers, and files a later command deletes never get stored. Keep them apart only when you want separate cache steps — for example an expensive download that rarely changes before a cheap step that often does.',
    suggestion: 'Join them: `RUN first-command && second-command`.',
    examples: {
      bad: [{ dockerfile: 'FROM debian:bookworm-slim\nRUN mkdir -p /app\nRUN chown 10001 /app\n' }],
      good: [{ dockerfile: 'FROM debian:bookworm-slim\nRUN mkdir -p /app && chown 10001 /app\n' }],
    },
  },
  init: () => ({ previous: undefined }),
  step(state, instruction) {
    if (instruction.kind !== 'run') {
      state.previous = undefined;
      return undefined;
    }
    const previous = state.previous;
    state.previous = singleCommand(instruction) ? instruction : undefined;
    if (!previous || !state.previous || flagsOf(previous) !== flagsOf(instruction)) return undefined;
    const mergeable = previous.command && instruction.command && previous.heredocs.length === 0 && previous.endLine + 1 === instruction.startLine;
    return [
      {
        range: instruction.range,
        message: `This RUN and the one on line ${previous.startLine} run one command each; join them into one RUN.`,
        ...(mergeable && {
          fix: { title: 'Join with the RUN above', edits: [{ range: { start: previous.command!.range.end, end: instruction.command!.range.start }, text: ' \\\n && ' }] },
        }),
      },
    ];
  },
});
