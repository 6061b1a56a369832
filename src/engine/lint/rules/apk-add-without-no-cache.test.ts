import { describeRule } from '../testing/rule-table.ts';
import { apkAddWithoutNoCache } from './apk-add-without-no-cache.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(apkAddWithoutNoCache, {
  valid: [
    'RUN apk add --no-cache flex=2.6.4-r1\n',
    'RUN --mount=type=cache,target=/var/cache/apk apk add -U curl=7.77.0\n',
    'RUN --mount=type=tmpfs,target=/var/cache/apk apk add -U curl=7.77.0\n',
    'RUN --mount=type=cache,target=/var/cache/foo apk add --no-cache -U curl=7.77.0\n',
  ],
  invalid: [
    { dockerfile: 'RUN apk add flex=2.6.4-r1\n', expect: [['DL3019', 1]] },
    { dockerfile: 'RUN --mount=type=cache,target=/var/cache/foo apk add -U curl=7.77.0\n', expect: [['DL3019', 1]] },
    { dockerfile: 'RUN --mount=type=tmpfs,target=/var/cache/foo apk add -U curl=7.77.0\n', expect: [['DL3019', 1]] },
  ],
  fixes: [
    { dockerfile: 'FROM alpine:3.20\nRUN apk add curl=8.9.1-r2\n', fixed: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2\n' },
  ],
});
