import { defineRule } from '../rule.ts';
import { dropQuotes } from '../path-text.ts';

/** `COPY a b dest` needs `dest/`: several sources cannot go into one file. */
export const copySeveralSourcesToFile = defineRule({
  meta: {
    id: 'copy-several-sources-to-file',
    severity: 'error',
    sources: [{ tool: 'hadolint', code: 'DL3021' }],
    title: 'COPY of several sources to a destination without a trailing `/`',
    explanation:
      'With more than one source, COPY can only put them into a directory, and Docker requires the destination to say so with a trailing slash. Without it the build fails ("When using COPY with more than one source file, the destination must be a directory and end with a /").',
    suggestion: 'End the destination with `/`: `COPY package.json package-lock.json ./`.',
    examples: {
      bad: [{ dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json .\n' }],
      good: [{ dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\n' }],
    },
  },
  step(_state, instruction) {
    if (instruction.kind !== 'copy' || instruction.sources.length < 2 || !instruction.dest) return undefined;
    const dest = instruction.dest;
    if (dropQuotes(dest.value).endsWith('/')) return undefined;
    const quoted = !instruction.json && /^["']/.test(dest.value) && dest.value.length > 1;
    const end = quoted ? { ...dest.range.end, column: dest.range.end.column - 1, offset: dest.range.end.offset - 1 } : dest.range.end;
    return [
      {
        range: dest.range,
        message: `Several sources go into \`${dropQuotes(dest.value)}\`; it must end with \`/\`.`,
        ...(!instruction.json && { fix: { title: 'Add a trailing /', edits: [{ range: { start: end, end }, text: '/' }] } }),
      },
    ];
  },
});
