import { describeRule } from '../testing/rule-table.ts';
import { aptGetInstallRecommends } from './apt-get-install-recommends.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(aptGetInstallRecommends, {
  valid: [
    'RUN apt-get install --no-install-recommends python\n',
    'RUN apt-get -o APT::Install-Recommends=false install python\n',
  ],
  invalid: [
    { dockerfile: 'RUN apt-get install python\n', expect: [['DL3015', 1]] },
    { dockerfile: 'RUN apt-get -y install python\n', expect: [['DL3015', 1]] },
  ],
  fixes: [
    { dockerfile: 'FROM debian:12\nRUN apt-get install -y curl\n', fixed: 'FROM debian:12\nRUN apt-get install --no-install-recommends -y curl\n' },
  ],
});
