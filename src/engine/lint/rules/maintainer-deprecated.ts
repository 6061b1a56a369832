import { buildCheck, defineRule } from '../rule.ts';
import { inCaseOf } from '../keyword-case.ts';

/** MAINTAINER was deprecated in Docker 1.13; a label carries the same information in a standard key. */
export const maintainerDeprecated = defineRule({
  meta: {
    id: 'maintainer-deprecated',
    severity: 'error',
    sources: [
      { tool: 'hadolint', code: 'DL4000' },
      { tool: 'buildkit', code: 'MaintainerDeprecated' },
    ],
    title: 'MAINTAINER is deprecated',
    explanation:
      'MAINTAINER sets a field of the image configuration that tools no longer read. Labels do the same job in a form every registry and scanner understands; the OCI standard key for the author is `org.opencontainers.image.authors`.',
    suggestion: 'Replace it with `LABEL org.opencontainers.image.authors="you@example.org"`.',
    examples: {
      bad: [{ dockerfile: 'FROM alpine:3.20\nMAINTAINER me@example.org\n' }],
      good: [{ dockerfile: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="me@example.org"\n' }],
    },
  },
  step(_state, instruction) {
    if (instruction.kind !== 'maintainer') return undefined;
    const author = instruction.args.map((a) => a.value).join(' ').replace(/^"(.*)"$/, '$1');
    const label = `${inCaseOf('LABEL', instruction.keyword)} org.opencontainers.image.authors=${JSON.stringify(author)}`;
    return [
      {
        range: instruction.range,
        message: 'MAINTAINER is deprecated; use the label org.opencontainers.image.authors.',
        codes: ['DL4000', buildCheck('MaintainerDeprecated', 'Maintainer instruction is deprecated in favor of using label')],
        fix: { title: 'Replace with a LABEL', edits: [{ range: instruction.range, text: label }] },
      },
    ];
  },
});
