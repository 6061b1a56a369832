import { defineRule } from '../rule.ts';
import { dropQuotes, isAbsolutePath } from '../path-text.ts';

/** Stages (by index; `undefined` before the first FROM) in which a WORKDIR is in effect. */
interface State {
  readonly workdir: Map<number | undefined, boolean>;
}

/** `COPY app.py app.py` lands wherever the base image's working directory happens to be. */
export const copyRelativeDestWithoutWorkdir = defineRule<State>({
  meta: {
    id: 'copy-relative-dest-without-workdir',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3045' }],
    title: 'COPY to a relative path with no WORKDIR set',
    explanation:
      'A relative COPY destination is resolved against the working directory. If this Dockerfile never set one, that is whatever the base image chose — `/` for most, something else for some — and it can change when the base image is updated. Setting WORKDIR first makes the destination explicit.',
    suggestion: 'Add `WORKDIR /app` before the COPY, or give an absolute destination.',
    examples: {
      bad: [{ dockerfile: 'FROM python:3.12-slim\nCOPY app.py app.py\n' }],
      good: [{ dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py app.py\n' }],
    },
  },
  init: () => ({ workdir: new Map() }),
  step(state, instruction, { facts }) {
    if (instruction.kind === 'from') {
      const base = facts.stageOf(instruction)?.baseStage;
      state.workdir.set(instruction.stageIndex, base !== undefined && (state.workdir.get(base) ?? false));
    } else if (instruction.kind === 'workdir') {
      state.workdir.set(instruction.stageIndex, true);
    } else if (instruction.kind === 'copy' && instruction.dest && !state.workdir.get(instruction.stageIndex)) {
      const dest = dropQuotes(instruction.dest.value);
      if (!isAbsolutePath(dest) && !dest.startsWith('$')) {
        return [{ range: instruction.dest.range, message: `\`${dest}\` is relative to a working directory this Dockerfile never set; add WORKDIR.` }];
      }
    }
    return undefined;
  },
});
