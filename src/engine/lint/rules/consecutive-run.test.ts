import { describeRule } from '../testing/rule-table.ts';
import { consecutiveRun } from './consecutive-run.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(consecutiveRun, {
  valid: [
    'FROM debian:10\n',
    'RUN /foo.sh\n',
    'RUN /foo.sh\nWORKDIR /\nRUN /bar.sh\n',
    '# a comment\nRUN /foo.sh\n',
    'RUN --mount=type=secret,id=foo /foo.sh\nRUN /bar.sh\n',
    'RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=bar /bar.sh\n\n',
    'RUN foo && bar\nRUN foobar\n\n',
    'RUN foo; bar\nRUN foobar\n\n',
    'RUN foobar\nRUN foo && bar\n\n',
    'RUN foobar\nRUN foo; bar\n\n',
    'RUN foo && bar\nRUN foo; bar\n\n',
    'FROM debian:12\nRUN --network=none true\nRUN true\n',
    'FROM debian:12\nRUN ["true"]\nRUN ["true"]\n',
  ],
  invalid: [
    { dockerfile: 'RUN /foo.sh\nRUN /bar.sh\n', expect: [['DL3059', 2]] },
    { dockerfile: 'RUN /foo.sh\n# a comment\nRUN /bar.sh\n', expect: [['DL3059', 3]] },
    { dockerfile: 'RUN /foo.sh\n# a comment\n# another comment\nRUN /bar.sh\n', expect: [['DL3059', 4]] },
    { dockerfile: 'RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=foo /bar.sh\n\n', expect: [['DL3059', 2]] },
    { dockerfile: 'RUN foo && bar\nRUN foo\nRUN bar\n\n', expect: [['DL3059', 3]] },
  ],
  fixes: [
    { dockerfile: 'FROM debian:12\nRUN mkdir /app\nRUN chown 10001 /app\n', fixed: 'FROM debian:12\nRUN mkdir /app \\\n && chown 10001 /app\n' },
  ],
});
