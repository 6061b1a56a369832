import { describeRule } from '../testing/rule-table.ts';
import { gemVersionUnpinned } from './gem-version-unpinned.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(gemVersionUnpinned, {
  valid: [
    'RUN gem i bundler:1\n',
    'RUN gem i bunlder:1 nokogirii:1\n',
    'RUN gem install bundler:1\n',
    'RUN gem install bundler -v \'2.0.1\'\n',
    'RUN gem install bundler --version \'2.0.1\'\n',
    'RUN gem install bundler --version=\'2.0.1\'\n',
    'RUN gem install bundler:2.0.1 -- --use-system-libraries=true\n',
    'RUN gem install bundler:2.0.1 -- --use-system-libraries true\n',
    'RUN gem install bundler:2.0.1 --use-system-libraries true\n',
    'RUN gem install bundler:2.0.1 --use-system-libraries=true\n',
  ],
  invalid: [
    { dockerfile: 'RUN gem i bundler\n', expect: [['DL3028', 1]] },
    { dockerfile: 'RUN gem i bunlder:1 nokogiri\n', expect: [['DL3028', 1]] },
    { dockerfile: 'RUN gem install bundler\n', expect: [['DL3028', 1]] },
  ],
});
