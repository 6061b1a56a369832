import { describeRule } from '../testing/rule-table.ts';
import { labelRequiredMissing } from './label-required-missing.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(labelRequiredMissing, {
  valid: [
    { dockerfile: 'FROM baseimage\nLABEL foo="bar"\n', config: { labelSchema: { foo: 'text' } } },
    { dockerfile: 'FROM baseimage as base\nFROM base\nLABEL foo="bar"\n\n', config: { labelSchema: { foo: 'text' } } },
    { dockerfile: 'FROM baseimage as base\nFROM anotherimage\nLABEL foo="bar"\nCOPY --from=base /bar /baz\n\n', config: { labelSchema: { foo: 'text' } } },
    { dockerfile: 'FROM baseimage as base\nLABEL foo="bar"\nFROM base\n\n', config: { labelSchema: { foo: 'text' } } },
  ],
  invalid: [
    { dockerfile: 'FROM baseimage\n', expect: [['DL3049', 1]], config: { labelSchema: { foo: 'text' } } },
    { dockerfile: 'FROM baseimage\nLABEL bar="baz"\n', expect: [['DL3049', 1]], config: { labelSchema: { foo: 'text' } } },
    { dockerfile: 'FROM stage1\nFROM stage2\n\n', expect: [['DL3049', 1], ['DL3049', 2]], config: { labelSchema: { foo: 'text' } } },
    { dockerfile: 'FROM stage1\nLABEL bar="baz"\nFROM stage2\nLABEL buzz="fuzz"\n\n', expect: [['DL3049', 1], ['DL3049', 3]], config: { labelSchema: { foo: 'text' } } },
    { dockerfile: 'FROM baseimage\nLABEL foo="bar"\nFROM newimage\n\n', expect: [['DL3049', 3]], config: { labelSchema: { foo: 'text' } } },
    { dockerfile: 'FROM baseimage\nFROM newimage\nLABEL foo="bar"\n\n', expect: [['DL3049', 1]], config: { labelSchema: { foo: 'text' } } },
    { dockerfile: 'FROM baseimage\nLABEL baz="bar"\nFROM newimage\nLABEL foo="bar"\n\n', expect: [['DL3049', 1]], config: { labelSchema: { foo: 'text' } } },
    { dockerfile: 'FROM baseimage as base\nFROM base\n\n', expect: [['DL3049', 2]], config: { labelSchema: { foo: 'text' } } },
    { dockerfile: 'FROM baseimage as base\nFROM anotherimage\nLABEL foo="bar"\n\n', expect: [['DL3049', 1]], config: { labelSchema: { foo: 'text' } } },
    { dockerfile: 'FROM baseimage as base\nFROM newimage\nLABEL foo="bar"\nCOPY --from=base /bar /baz\n\nFROM newimage\nCOPY --from=base /bar /baz\n\n', expect: [['DL3049', 6]], config: { labelSchema: { foo: 'text' } } },
    { dockerfile: 'FROM baseimage as base\nFROM base\nLABEL foo="bar"\n\nFROM base\n\n', expect: [['DL3049', 5]], config: { labelSchema: { foo: 'text' } } },
    { dockerfile: 'FROM baseimage as base\nFROM base\n\nFROM base\nLABEL foo="bar"\n\n', expect: [['DL3049', 2]], config: { labelSchema: { foo: 'text' } } },
  ],
});
