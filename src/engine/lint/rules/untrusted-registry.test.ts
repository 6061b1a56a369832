import { describeRule } from '../testing/rule-table.ts';
import { untrustedRegistry } from './untrusted-registry.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(untrustedRegistry, {
  valid: [
    'FROM random.com/debian\n\n',
    { dockerfile: 'FROM random.com/debian\n\n', config: { trustedRegistries: ['x.com', 'random.com'] } },
    { dockerfile: 'FROM scratch\n\n', config: { trustedRegistries: ['x.com', 'random.com'] } },
    { dockerfile: 'FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3\n\n', config: { trustedRegistries: ['docker.io'] } },
    { dockerfile: 'FROM random.com/foo AS builder1\nFROM builder1 AS builder2\n\n', config: { trustedRegistries: ['random.com'] } },
    { dockerfile: 'FROM foo.random.com/debian\n\n', config: { trustedRegistries: ['x.com', '*.random.com'] } },
    { dockerfile: 'FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3\n\n', config: { trustedRegistries: ['*'] } },
    { dockerfile: 'COPY --from=trusted.com/repo/image:tag /foo /bar\n\n', config: { trustedRegistries: ['trusted.com'] } },
    { dockerfile: 'RUN --mount=type=bind,from=trusted.com/repo/image:tag,target=/foo foobar\n\n', config: { trustedRegistries: ['trusted.com'] } },
    { dockerfile: 'RUN --mount=type=cache,from=trusted.com/repo/image:tag,target=/foo foobar\n\n', config: { trustedRegistries: ['trusted.com'] } },
    { dockerfile: 'FROM localhost:5000/app:1\n', config: { trustedRegistries: ['localhost:5000'] } },
  ],
  invalid: [
    { dockerfile: 'FROM random.com/debian\n\n', expect: [['DL3026', 1]], config: { trustedRegistries: ['docker.io'] } },
    { dockerfile: 'FROM x.com/debian\n\n', expect: [['DL3026', 1]], config: { trustedRegistries: ['*.random.com'] } },
    { dockerfile: 'COPY --from=untrusted.com/repo/image:tag /foo /bar\n\n', expect: [['DL3026', 1]], config: { trustedRegistries: ['trusted.com'] } },
    { dockerfile: 'RUN --mount=type=bind,from=untrusted.com/repo/image:tag,target=/foo foobar\n\n', expect: [['DL3026', 1]], config: { trustedRegistries: ['trusted.com'] } },
    { dockerfile: 'RUN --mount=type=cache,from=untrusted.com/repo/image:tag,target=/foo foobar\n\n', expect: [['DL3026', 1]], config: { trustedRegistries: ['trusted.com'] } },
    { dockerfile: 'FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3\n\n', expect: [['DL3026', 1], ['DL3026', 2], ['DL3026', 3]], config: { trustedRegistries: ['trusted.com'] } },
    { dockerfile: 'FROM ghcr.io/acme/app:1\n', expect: [['DL3026', 1]], config: { trustedRegistries: ['docker.io'] } },
  ],
});
