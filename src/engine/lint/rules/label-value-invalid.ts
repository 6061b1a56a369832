import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { labelTypeCode, labelTypeName, matchesLabelType } from '../label-formats.ts';
import { dropQuotes } from '../path-text.ts';

/** A label from the schema with an empty value, or one that is not of the declared type. */
export const labelValueInvalid = defineRule({
  meta: {
    id: 'label-value-invalid',
    severity: 'warning',
    sources: [
      { tool: 'hadolint', code: 'DL3051' },
      { tool: 'hadolint', code: 'DL3052' },
      { tool: 'hadolint', code: 'DL3053' },
      { tool: 'hadolint', code: 'DL3054' },
      { tool: 'hadolint', code: 'DL3055' },
      { tool: 'hadolint', code: 'DL3056' },
      { tool: 'hadolint', code: 'DL3058' },
    ],
    title: 'Label value does not match the label schema',
    explanation:
      'The lint configuration\'s `label-schema` says what each label must hold — a URL, a date, a version, a license id, a commit hash, an email address. Tools that read these labels (registries, SBOM generators, dashboards) expect that format, and an empty value is as good as no label.',
    suggestion: 'Give the label a value of the declared type, e.g. `org.opencontainers.image.created="2024-05-01T12:00:00Z"`.',
    examples: {
      bad: [{ dockerfile: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source=""\n', note: 'With `label-schema: {org.opencontainers.image.source: url}`.', config: { labelSchema: { 'org.opencontainers.image.source': 'url' } } }],
      good: [{ dockerfile: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/acme/app"\n', config: { labelSchema: { 'org.opencontainers.image.source': 'url' } } }],
    },
  },
  step(_state, instruction, { config }) {
    if (instruction.kind !== 'label') return undefined;
    const reports: Report[] = [];
    for (const pair of instruction.pairs) {
      const key = dropQuotes(pair.key);
      const type = config.labelSchema[key];
      if (type === undefined) continue;
      const value = dropQuotes(pair.value ?? '');
      const range = pair.valueRange ?? pair.range;
      if (value === '') reports.push({ range, message: `Label \`${key}\` is empty.`, codes: ['DL3051'] });
      else if (type !== 'text' && !matchesLabelType(type, value)) {
        reports.push({ range, message: `Label \`${key}\` should be ${labelTypeName[type]}, not \`${value}\`.`, codes: [labelTypeCode[type]] });
      }
    }
    return reports;
  },
});
