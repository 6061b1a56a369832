import { buildCheck, defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { cleanPath } from '../../context/index.ts';
import { dropQuotes } from '../path-text.ts';

/** `COPY config.json .` when .dockerignore excludes config.json: the file is not in the build context at all. */
export const copyIgnoredFile = defineRule({
  meta: {
    id: 'copy-ignored-file',
    severity: 'warning',
    sources: [{ tool: 'buildkit', code: 'CopyIgnoredFile' }],
    title: 'COPY or ADD of a file excluded by .dockerignore',
    explanation:
      'Files matched by .dockerignore are never sent to the builder, so COPY cannot see them: the build fails with "not found", or a wildcard silently copies less than you think. Either the file should not be ignored, or the instruction should not copy it.',
    suggestion: 'Remove the matching pattern from .dockerignore (or add a `!path` exception), or stop copying the file.',
    needs: ['dockerignore'],
    examples: {
      bad: [{ dockerfile: 'FROM alpine:3.20\nCOPY .env /app/\n', dockerignore: '.env\n' }],
      good: [{ dockerfile: 'FROM alpine:3.20\nCOPY app/ /app/\n', dockerignore: '.env\n' }],
    },
  },
  step(_state, instruction, { dockerignore }) {
    if ((instruction.kind !== 'copy' && instruction.kind !== 'add') || instruction.options.from || !dockerignore) return undefined;
    // BuildKit skips the check when a pattern starts with `!`: what a negation re-includes is too hard to know statically.
    if (dockerignore.hasExclusions) return undefined;
    const rootIgnored = dockerignore.patterns.some((p) => ['*', '**', '**/*'].includes(p.pattern));
    const verb = instruction.kind === 'add' ? 'Add' : 'Copy';
    const reports: Report[] = [];
    for (const source of instruction.sources) {
      const raw = dropQuotes(source.value);
      if (raw.startsWith('<<') || raw.includes('$') || /^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) continue;
      const src = cleanPath(raw);
      if ((src === '.' || src === '/') && !rootIgnored) continue;
      if (!dockerignore.matchesOrParentMatches(src)) continue;
      reports.push({
        range: source.range,
        message: `\`${raw}\` is excluded by .dockerignore, so it is not in the build context.`,
        codes: [buildCheck('CopyIgnoredFile', `Attempting to ${verb} file ${JSON.stringify(src)} that is excluded by .dockerignore`)],
      });
    }
    return reports;
  },
});
