import { defineRule } from '../rule.ts';
import { dropQuotes } from '../path-text.ts';

/** With `strict-labels`, only the labels of the schema are allowed. */
export const labelNotInSchema = defineRule({
  meta: {
    id: 'label-not-in-schema',
    severity: 'info',
    sources: [{ tool: 'hadolint', code: 'DL3050' }],
    title: 'Label outside the label schema',
    explanation:
      'The lint configuration sets `strict-labels`, so images may only carry the labels listed in its `label-schema`. A label outside it is often a typo of a required one, or metadata nobody agreed to publish.',
    suggestion: 'Remove the label, fix its name, or add it to `label-schema` in the configuration.',
    examples: {
      bad: [{ dockerfile: 'FROM alpine:3.20\nLABEL org.opencontainers.image.sorce="https://github.com/acme/app"\n', note: 'With `strict-labels: true`.', config: { strictLabels: true, labelSchema: { 'org.opencontainers.image.source': 'url' } } }],
      good: [{ dockerfile: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/acme/app"\n', config: { strictLabels: true, labelSchema: { 'org.opencontainers.image.source': 'url' } } }],
    },
  },
  step(_state, instruction, { config }) {
    if (!config.strictLabels || instruction.kind !== 'label') return undefined;
    const extra = instruction.pairs.filter((p) => !(dropQuotes(p.key) in config.labelSchema));
    if (extra.length === 0) return undefined;
    return [{ range: instruction.range, message: `Not in the label schema: ${extra.map((p) => `\`${dropQuotes(p.key)}\``).join(', ')}.` }];
  },
});
