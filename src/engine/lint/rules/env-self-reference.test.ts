import { describeRule } from '../testing/rule-table.ts';
import { envSelfReference } from './env-self-reference.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(envSelfReference, {
  valid: [
    'ENV BLA="blubb"\nENV BLUBB="${BLA}/blubb"\n',
    'ENV BLA="blubb" BLUBB="${FOOBLA}/blubb"\n',
    'ENV BLA="blubb" BLUBB="${BLAFOO}/blubb"\n',
    'ENV BLA="blubb" BLUBB="$FOOBLA/blubb"\n',
    'ENV BLA="blubb" BLUBB="$BLAFOO/blubb"\n',
    'ENV BLA="blubb" BLUBB="BLA/$BLAFOO/BLA"\n',
    'ARG BLA\nENV BLA=${BLA}\n',
    'ENV BLA blubb\nENV BLA=${BLA}\n',
    'ENV PATH=/bla:${PATH}\n',
    'ENV PATH=/bla:${PATH}\nENV PATH=/blubb:${PATH}\n',
  ],
  invalid: [
    { dockerfile: 'ENV BLA="blubb" BLUBB="$BLA/$BLAFOO/blubb"\n', expect: [['DL3044', 1]] },
    { dockerfile: 'ENV PATH=/bla:${PATH} PATH=/blubb:${PATH}\n', expect: [['DL3044', 1]] },
    { dockerfile: 'ENV BLA="blubb" BLUBB="${BLA}/blubb"\n', expect: [['DL3044', 1]] },
    { dockerfile: 'ENV BLA="blubb" BLUBB="$BLA/blubb"\n', expect: [['DL3044', 1]] },
    { dockerfile: 'ENV BLA="blubb" BLUBB="$BLA"\n', expect: [['DL3044', 1]] },
    { dockerfile: 'ENV BLA="blubb" BLUBB="${BLA}"\n', expect: [['DL3044', 1]] },
  ],
});
