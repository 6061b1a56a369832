import { buildCheck, defineRule } from '../rule.ts';

// BuildKit's reserved names (dockerfile2llb/validations.go reservedStageNames).
const reserved = new Set(['scratch', 'context']);

/** `AS scratch` / `AS context` shadow names BuildKit gives a meaning of its own. */
export const reservedStageName = defineRule({
  meta: {
    id: 'reserved-stage-name',
    severity: 'warning',
    sources: [
      { tool: 'hadolint', code: 'DL3063' },
      { tool: 'buildkit', code: 'ReservedStageName' },
    ],
    title: 'Stage named `scratch` or `context`',
    explanation:
      '`scratch` is the empty image and `context` is how BuildKit names the build context (`--build-context`). A stage with one of those names makes `FROM scratch` or `COPY --from=context` mean something other than what every reader expects.',
    suggestion: 'Rename the stage, e.g. `AS base` or `AS build`.',
    examples: {
      bad: [{ dockerfile: 'FROM alpine:3.20 AS scratch\nRUN echo hi\n' }],
      good: [{ dockerfile: 'FROM alpine:3.20 AS base\nRUN echo hi\n' }],
    },
  },
  step(_state, instruction) {
    if (instruction.kind !== 'from' || !instruction.alias) return undefined;
    const name = instruction.alias.value.toLowerCase();
    if (!reserved.has(name)) return undefined;
    const codes = [buildCheck('ReservedStageName', `Stage name should not use the same name as reserved stage ${JSON.stringify(name)}`)];
    // hadolint compares the name as written.
    if (reserved.has(instruction.alias.value)) codes.unshift({ code: 'DL3063' });
    return [{ range: instruction.alias.range, message: `\`${name}\` is a name BuildKit reserves; choose another stage name.`, codes }];
  },
});
