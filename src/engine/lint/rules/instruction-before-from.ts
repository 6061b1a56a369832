import { defineRule } from '../rule.ts';

/** Only ARG (and comments / parser directives) may come before the first FROM. */
export const instructionBeforeFrom = defineRule<{ seenFrom: boolean }>({
  meta: {
    id: 'instruction-before-from',
    severity: 'error',
    sources: [{ tool: 'hadolint', code: 'DL3061' }],
    title: 'Instruction before the first FROM',
    explanation:
      'A Dockerfile builds on top of an image, so it must start with FROM. The only instruction allowed before it is ARG, to declare values that FROM lines can use. Anything else there has no image to act on; Docker rejects the file.',
    suggestion: 'Move the instruction below FROM; only ARG may come before it.',
    examples: {
      bad: [{ dockerfile: 'LABEL maintainer="me@example.org"\nFROM alpine:3.20\n' }],
      good: [{ dockerfile: 'ARG ALPINE_VERSION=3.20\nFROM alpine:${ALPINE_VERSION}\nLABEL maintainer="me@example.org"\n' }],
    },
  },
  init: () => ({ seenFrom: false }),
  step(state, instruction) {
    if (instruction.kind === 'from') state.seenFrom = true;
    if (state.seenFrom || instruction.kind === 'arg' || instruction.kind === 'from') return undefined;
    return [{ range: instruction.keywordRange, message: `${instruction.keyword.toUpperCase()} comes before any FROM; only ARG may.` }];
  },
});
