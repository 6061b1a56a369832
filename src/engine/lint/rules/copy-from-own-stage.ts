import { defineRule } from '../rule.ts';

/** `COPY --from=` the stage being built: BuildKit rejects the circular dependency. */
export const copyFromOwnStage = defineRule<{ current: string | undefined }>({
  meta: {
    id: 'copy-from-own-stage',
    severity: 'error',
    sources: [{ tool: 'hadolint', code: 'DL3023' }],
    title: '`COPY --from` names its own stage',
    explanation:
      'A stage cannot copy from itself: its files do not exist until the stage is finished. BuildKit stops with "circular dependency detected on stage".',
    suggestion: 'Copy from an earlier stage, or refer to the file through the build context instead.',
    examples: {
      bad: [{ dockerfile: 'FROM node:22-slim AS app\nCOPY --from=app /app/dist /srv\n' }],
      good: [{ dockerfile: 'FROM node:22-slim AS build\nRUN npm run build\nFROM nginx:1.27 AS app\nCOPY --from=build /app/dist /usr/share/nginx/html\n' }],
    },
  },
  init: () => ({ current: undefined }),
  step(state, instruction) {
    if (instruction.kind === 'from') {
      state.current = instruction.alias?.value.toLowerCase();
      return undefined;
    }
    if (instruction.kind !== 'copy' || !instruction.options.from || state.current === undefined) return undefined;
    const from = instruction.options.from;
    if (from.value?.toLowerCase() !== state.current) return undefined;
    return [{ range: from.range, message: `Stage \`${from.value}\` cannot copy from itself.` }];
  },
});
