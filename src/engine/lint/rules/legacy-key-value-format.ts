import { buildCheck, defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';

/** `ENV key value` (no `=`): one pair per line, with the value running to the end of the line. */
export const legacyKeyValueFormat = defineRule({
  meta: {
    id: 'legacy-key-value-format',
    severity: 'warning',
    sources: [{ tool: 'buildkit', code: 'LegacyKeyValueFormat' }],
    title: '`ENV key value` / `LABEL key value` without `=`',
    explanation:
      'The old space-separated form takes everything after the first space as the value: `ENV PATH /opt/bin:$PATH FOO=bar` sets PATH to "/opt/bin:… FOO=bar". The `key=value` form reads clearly, allows several pairs per instruction, and is the only form Docker documents today.',
    suggestion: 'Write `ENV key=value` (quote the value if it contains spaces: `ENV GREETING="hello world"`).',
    examples: {
      bad: [{ dockerfile: 'FROM alpine:3.20\nENV APP_HOME /app\n' }],
      good: [{ dockerfile: 'FROM alpine:3.20\nENV APP_HOME=/app\n' }],
    },
  },
  step(_state, instruction) {
    if (instruction.kind !== 'env' && instruction.kind !== 'label') return undefined;
    const reports: Report[] = [];
    for (const pair of instruction.pairs) {
      if (!pair.legacy) continue;
      const value = pair.value ?? '';
      // Quote values with spaces; leave values that already have quotes or escapes to a person.
      const plain = !/["'\\]/.test(value);
      const text = /\s/.test(value) ? `="${value}"` : `=${value}`;
      reports.push({
        range: pair.range,
        message: `Write \`${pair.key}=…\`; the space-separated form is legacy.`,
        codes: [buildCheck('LegacyKeyValueFormat', `"${instruction.keyword} key=value" should be used instead of legacy "${instruction.keyword} key value" format`)],
        ...(plain &&
          pair.valueRange && { fix: { title: 'Use key=value', edits: [{ range: { start: pair.keyRange.end, end: pair.valueRange.end }, text }] } }),
      });
    }
    return reports;
  },
});
