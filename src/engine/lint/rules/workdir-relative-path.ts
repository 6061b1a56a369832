import { defineRule, buildCheck } from '../rule.ts';
import type { CodeReport } from '../rule.ts';
import { dropQuotes, isAbsolutePath } from '../path-text.ts';

/** Stages (by index) that have set a WORKDIR, their own or inherited from the stage they are built FROM. */
interface State {
  readonly set: Map<number | undefined, boolean>;
}

/** `WORKDIR app` is relative to whatever directory the base image left you in. */
export const workdirRelativePath = defineRule<State>({
  meta: {
    id: 'workdir-relative-path',
    severity: 'error',
    sources: [
      { tool: 'hadolint', code: 'DL3000' },
      { tool: 'buildkit', code: 'WorkdirRelativePath' },
    ],
    title: 'Relative WORKDIR',
    explanation:
      'A relative WORKDIR is appended to the current working directory. If the Dockerfile has not set an absolute one first, that directory comes from the base image, and it can change when the base image changes — so the same Dockerfile puts files in a different place.',
    suggestion: 'Use an absolute path: `WORKDIR /app`.',
    examples: {
      bad: [{ dockerfile: 'FROM node:22-slim\nWORKDIR app\nCOPY . .\n' }],
      good: [{ dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\n' }],
    },
  },
  init: () => ({ set: new Map() }),
  step(state, instruction, { facts }) {
    if (instruction.kind === 'from') {
      const base = facts.stageOf(instruction)?.baseStage;
      state.set.set(instruction.stageIndex, base !== undefined && (state.set.get(base) ?? false));
      return undefined;
    }
    if (instruction.kind !== 'workdir' || !instruction.path) return undefined;
    const alreadySet = state.set.get(instruction.stageIndex) ?? false;
    state.set.set(instruction.stageIndex, true);
    const arg = instruction.path;
    const path = dropQuotes(arg.value);
    if (path.startsWith('$') || isAbsolutePath(path)) return undefined;
    // BuildKit warns only for the first WORKDIR of a stage: fixing that one anchors all later relative ones.
    const codes: (string | CodeReport)[] = ['DL3000'];
    if (!alreadySet) codes.push(buildCheck('WorkdirRelativePath', `Relative workdir ${JSON.stringify(path)} can have unexpected results if the base image changes`));
    const quoted = /^["']/.test(arg.value);
    const at = quoted ? { ...arg.range.start, column: arg.range.start.column + 1, offset: arg.range.start.offset + 1 } : arg.range.start;
    return [
      {
        range: arg.range,
        message: `\`${path}\` is relative to the base image's working directory; use an absolute path.`,
        codes,
        fix: { title: `Use /${path}`, edits: [{ range: { start: at, end: at }, text: '/' }] },
      },
    ];
  },
});
