import { describeRule } from '../testing/rule-table.ts';
import { aptListsNotCleaned } from './apt-lists-not-cleaned.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(aptListsNotCleaned, {
  valid: [
    'FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM scratch\nRUN echo hey!\n\n',
    'FROM ubuntu as foo\nRUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*\nFROM foo\nRUN hey!\n\n',
    'FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM scratch\nRUN hey!\n\n',
    'FROM scratch\nRUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*\n\n',
    'RUN --mount=type=cache,target=/var/lib/apt/lists \\    apt-get update && apt-get install python\n',
    'RUN --mount=type=cache,target=/var/lib/apt \\    --mount=type=cache,target=/var/cache/apt \\    rm -f /etc/apt/apt.conf.d/docker-clean && \\    apt-get update && apt-get install python\n',
    'RUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/cache/apt \\\n    --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install foo\n\n',
    'RUN \\\n  --mount=type=tmpfs,target=/var/cache/apt \\\n  --mount=type=tmpfs,target=/var/lib/apt \\\n  apt-get update\n\n',
    'RUN \\\n  --mount=type=tmpfs,target=/var/cache/apt \\\n  --mount=type=cache,target=/var/lib/apt \\\n  apt-get update\n\n',
    'RUN \\\n  --mount=type=cache,target=/var/cache/apt \\\n  --mount=type=tmpfs,target=/var/lib/apt \\\n  apt-get update\n\n',
    'RUN \\\n  --mount=type=cache,target=/var/cache/apt \\\n  --mount=type=cache,target=/var/lib/apt \\\n  apt-get update\n\n',
    'FROM scratch\nRUN apt update && apt install python && rm -rf /var/lib/apt/lists/*\n\n',
    'FROM scratch\nRUN aptitude update && aptitude install python && rm -rf /var/lib/apt/lists/*\n\n',
  ],
  invalid: [
    { dockerfile: 'FROM scratch\nRUN apt-get update && apt-get install python\n\n', expect: [['DL3009', 2]] },
    { dockerfile: 'FROM ubuntu as foo\nRUN hey!\nFROM scratch\nRUN apt-get update && apt-get install python\n\n', expect: [['DL3009', 4]] },
    { dockerfile: 'FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM foo\nRUN hey!\n\n', expect: [['DL3009', 2]] },
    { dockerfile: 'RUN --mount=type=cache,target=/var/cache/apt \\\n    rm -f /etc/apt/apt.conf.d/docker-clean && \\\n    apt-get update && apt-get install python\n\n', expect: [['DL3009', 3]] },
    { dockerfile: 'RUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install python\n\n', expect: [['DL3009', 3]] },
    { dockerfile: 'FROM scratch\nRUN apt update && apt install python\n\n', expect: [['DL3009', 2]] },
    { dockerfile: 'FROM scratch\nRUN aptitude update && aptitude install python\n\n', expect: [['DL3009', 2]] },
    { dockerfile: 'FROM debian:12\nRUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*\n', expect: [['DL3009', 2]] },
  ],
  fixes: [
    { dockerfile: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n', fixed: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl \\\n && rm -rf /var/lib/apt/lists/*\n' },
  ],
});
