import { defineRule } from '../rule.ts';

const forbidden = new Set(['onbuild', 'from', 'maintainer']);

/** `ONBUILD ONBUILD …`, `ONBUILD FROM …` and `ONBUILD MAINTAINER …` are rejected by Docker. */
export const onbuildForbiddenTrigger = defineRule({
  meta: {
    id: 'onbuild-forbidden-trigger',
    severity: 'error',
    sources: [{ tool: 'hadolint', code: 'DL3043' }],
    title: 'ONBUILD with ONBUILD, FROM or MAINTAINER',
    explanation:
      'ONBUILD stores an instruction to run when another Dockerfile builds FROM this image. Chaining ONBUILD, starting a new stage with FROM, or setting MAINTAINER from there is not allowed: Docker rejects the file ("ONBUILD ONBUILD isn\'t allowed", "FROM isn\'t allowed as an ONBUILD trigger").',
    suggestion: 'Keep ONBUILD for instructions like COPY, RUN or ENV that the child image should run.',
    examples: {
      bad: [{ dockerfile: 'FROM node:22-slim\nONBUILD FROM alpine:3.20\n' }],
      good: [{ dockerfile: 'FROM node:22-slim\nONBUILD COPY . /app\n' }],
    },
  },
  step(_state, instruction) {
    if (instruction.kind !== 'onbuild' || !instruction.inner || !forbidden.has(instruction.inner.kind)) return undefined;
    const inner = instruction.inner;
    return [{ range: inner.keywordRange, message: `${inner.keyword.toUpperCase()} cannot be an ONBUILD trigger.` }];
  },
});
