import { describeRule } from '../testing/rule-table.ts';
import { useraddHighUid } from './useradd-high-uid.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(useraddHighUid, {
  valid: [
    'RUN useradd luser\n',
    'RUN useradd -u 12345 luser\n',
    'RUN useradd -l -u 123456 luser\n',
    'RUN useradd -l luser\n',
  ],
  invalid: [
    { dockerfile: 'RUN useradd -u 123456 luser\n', expect: [['DL3046', 1]] },
    { dockerfile: 'FROM debian:12\nRUN useradd --uid 1234567 app\n', expect: [['DL3046', 2]] },
  ],
  fixes: [
    { dockerfile: 'FROM debian:12\nRUN useradd -u 123456 app\n', fixed: 'FROM debian:12\nRUN useradd -l -u 123456 app\n' },
  ],
});
