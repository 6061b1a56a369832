import { describeRule } from '../testing/rule-table.ts';
import { labelNotInSchema } from './label-not-in-schema.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(labelNotInSchema, {
  valid: [
    { dockerfile: '\n', config: { labelSchema: { required: 'text' }, strictLabels: true } },
    { dockerfile: 'LABEL required="foo"\n', config: { labelSchema: { required: 'text' }, strictLabels: true } },
  ],
  invalid: [
    { dockerfile: 'LABEL other="bar"\n', expect: [['DL3050', 1]], config: { labelSchema: { required: 'text' }, strictLabels: true } },
    { dockerfile: 'LABEL required="foo" other="bar"\n', expect: [['DL3050', 1]], config: { labelSchema: { required: 'text' }, strictLabels: true } },
  ],
});
