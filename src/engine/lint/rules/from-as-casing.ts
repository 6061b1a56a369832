import { buildCheck, defineRule } from '../rule.ts';
import { inCaseOf } from '../keyword-case.ts';

/** `FROM image as name`: the AS keyword should be written like FROM. */
export const fromAsCasing = defineRule({
  meta: {
    id: 'from-as-casing',
    severity: 'warning',
    sources: [{ tool: 'buildkit', code: 'FromAsCasing' }],
    title: '`AS` written in a different case from `FROM`',
    explanation:
      'Docker accepts `as` in any case, but mixing `FROM … as …` makes the keyword look like part of the image name at a glance. Writing AS in the same case as FROM keeps the stage name easy to spot.',
    suggestion: 'Match the case: `FROM node:22 AS build` or `from node:22 as build`.',
    examples: {
      bad: [{ dockerfile: 'FROM node:22-slim as build\n' }],
      good: [{ dockerfile: 'FROM node:22-slim AS build\n' }],
    },
  },
  step(_state, instruction) {
    if (instruction.kind !== 'from' || !instruction.asKeyword || instruction.args.length < 3) return undefined;
    const from = instruction.keyword;
    const as = instruction.asKeyword.value;
    // Mixed-case FROM is ConsistentInstructionCasing's business.
    if (from !== from.toLowerCase() && from !== from.toUpperCase()) return undefined;
    const wanted = inCaseOf('AS', from);
    if (as === wanted) return undefined;
    return [
      {
        range: instruction.asKeyword.range,
        message: `Write \`${wanted}\` to match \`${from}\`.`,
        codes: [buildCheck('FromAsCasing', `'${as}' and '${from}' keywords' casing do not match`)],
        fix: { title: `Write ${wanted}`, edits: [{ range: instruction.asKeyword.range, text: wanted }] },
      },
    ];
  },
});
