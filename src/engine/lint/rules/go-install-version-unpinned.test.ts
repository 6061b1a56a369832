import { describeRule } from '../testing/rule-table.ts';
import { goInstallVersionUnpinned } from './go-install-version-unpinned.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(goInstallVersionUnpinned, {
  valid: [
    'RUN go install example.com/pkg@v1.2.3\n',
    'RUN go install /go/app/foobar\n',
    'RUN go install ./app/foobar\n',
    'RUN go install .\n',
    'RUN go get example.com/pkg@v1.2.3\n',
    'RUN go get -tool foobar@v1.2.3\n',
    'RUN go run example.com/pkg@v1.2.3\n',
    'RUN go run example.com/pkg@v1.2.3 -f\n',
    'RUN go run example.com/pkg@v1.2.3 -foobar\n',
    'RUN go run example.com/pkg@v1.2.3 --foobar\n',
    'RUN go run example.com/pkg@v1.2.3 foobar\n',
    'RUN go run example.com/pkg@v1.2.3 --foo bar\n',
    'RUN go run /go/app/foobar\n',
    'RUN go run ./app/foobar\n',
    'RUN go run .\n',
  ],
  invalid: [
    { dockerfile: 'RUN go install example.com/pkg\n', expect: [['DL3062', 1]] },
    { dockerfile: 'RUN go install example.com/pkg@latest\n', expect: [['DL3062', 1]] },
    { dockerfile: 'RUN go get example.com/pkg\n', expect: [['DL3062', 1]] },
    { dockerfile: 'RUN go get example.com/pkg@latest\n', expect: [['DL3062', 1]] },
    { dockerfile: 'RUN go get -tool foobar\n', expect: [['DL3062', 1]] },
    { dockerfile: 'RUN go get -tool foobar@latest\n', expect: [['DL3062', 1]] },
    { dockerfile: 'RUN go run example.com/pkg\n', expect: [['DL3062', 1]] },
    { dockerfile: 'RUN go run example.com/pkg@latest\n', expect: [['DL3062', 1]] },
  ],
});
