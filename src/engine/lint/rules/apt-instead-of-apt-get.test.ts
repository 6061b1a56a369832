import { describeRule } from '../testing/rule-table.ts';
import { aptInsteadOfAptGet } from './apt-instead-of-apt-get.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(aptInsteadOfAptGet, {
  valid: [
    'FROM ubuntu:24.04\nRUN apt-get update && apt-cache policy curl\n',
  ],
  invalid: [
    { dockerfile: 'FROM ubuntu\nRUN apt install python\n\n', expect: [['DL3027', 2]] },
    { dockerfile: 'FROM ubuntu:24.04\nRUN apt search curl\n', expect: [['DL3027', 2]] },
  ],
  fixes: [
    { dockerfile: 'FROM ubuntu:24.04\nRUN apt install -y curl\n', fixed: 'FROM ubuntu:24.04\nRUN apt-get install -y curl\n' },
    { dockerfile: 'FROM ubuntu:24.04\nRUN apt show curl\n', fixed: 'FROM ubuntu:24.04\nRUN apt-cache show curl\n' },
  ],
});
