import { defineRule } from '../rule.ts';

/** Stage names and indexes seen so far. */
interface State {
  readonly names: Set<string>;
  count: number;
}

/** `COPY --from=build` where no earlier stage is called `build`: Docker pulls an image named `build` instead. */
export const copyFromUnknownStage = defineRule<State>({
  meta: {
    id: 'copy-from-unknown-stage',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3022' }],
    title: '`COPY --from` names no earlier stage',
    explanation:
      '`COPY --from=NAME` copies from the stage called NAME — or, if there is none, from an *image* called NAME, which Docker will try to pull from Docker Hub. A typo in a stage name therefore fails late with "pull access denied", or, worse, copies files out of a stranger\'s image.',
    suggestion: 'Name a stage defined above (`FROM golang:1.23 AS build` … `COPY --from=build`), or give an image reference with its tag (`--from=nginx:1.27`).',
    examples: {
      bad: [{ dockerfile: 'FROM golang:1.23 AS builder\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app\n' }],
      good: [{ dockerfile: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app\n' }],
    },
  },
  init: () => ({ names: new Set(), count: 0 }),
  step(state, instruction) {
    if (instruction.kind === 'from') {
      state.count++;
      if (instruction.alias) state.names.add(instruction.alias.value.toLowerCase());
      return undefined;
    }
    if (instruction.kind !== 'copy') return undefined;
    const from = instruction.options.from;
    const value = from?.value;
    if (!from || value === undefined || value.includes(':') || value.includes('$')) return undefined;
    if (state.names.has(value.toLowerCase())) return undefined;
    if (/^\d+$/.test(value) && Number(value) < state.count) return undefined;
    return [
      {
        range: from.range,
        message: `No stage called \`${value}\` is defined above; Docker will look for an image of that name.`,
      },
    ];
  },
});
