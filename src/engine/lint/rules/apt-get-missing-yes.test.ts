import { describeRule } from '../testing/rule-table.ts';
import { aptGetMissingYes } from './apt-get-missing-yes.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(aptGetMissingYes, {
  valid: [
    'RUN apt-get install -yq python\n',
    'RUN apt-get install -y python\n',
    'RUN apt-get -y install python\n',
    'RUN apt-get --yes install python\n',
    'RUN apt-get --assume-yes install python\n',
    'RUN apt-get install -qq python\n',
    'RUN apt-get install -q -q python\n',
    'RUN apt-get install -q=2 python\n',
    'RUN apt-get install --quiet --quiet python\n',
    'FROM debian:12\nRUN apt-get --yes remove curl\n',
  ],
  invalid: [
    { dockerfile: 'RUN apt-get install python\n', expect: [['DL3014', 1]] },
    { dockerfile: 'RUN apt-get install -q python\n', expect: [['DL3014', 1]] },
    { dockerfile: 'RUN apt-get install --quiet python\n', expect: [['DL3014', 1]] },
    { dockerfile: 'FROM debian:12\nRUN /usr/bin/apt-get install curl\n', expect: [['DL3014', 2]] },
    { dockerfile: 'FROM debian:12\nONBUILD RUN apt-get install curl\n', expect: [['DL3014', 2]] },
    { dockerfile: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install curl\nEOF\n', expect: [['DL3014', 4]] },
  ],
  fixes: [
    { dockerfile: 'FROM debian:12\nRUN apt-get update && apt-get install curl\n', fixed: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n' },
  ],
});
