import { describeRule } from '../testing/rule-table.ts';
import { apkVersionUnpinned } from './apk-version-unpinned.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(apkVersionUnpinned, {
  valid: [
    'RUN apk add flex=2.6.4-r1\n',
    'RUN apk add --no-cache git~2.52.0\n',
    'RUN apk add --no-cache git~=2.52\n',
    'RUN apk add --no-cache git=~2.52\n',
    'RUN apk add --no-cache flex=2.6.4-r1 \\\n && pip install -r requirements.txt\n\n',
    'RUN apk add --no-cache \\\nflex=2.6.4-r1 \\\nlibffi=3.2.1-r3 \\\npython2=2.7.13-r1 \\\nlibbz2=1.0.6-r5\n\n',
    'RUN apk add --no-cache \\\n  "flex>=2.6.1-r1" \\\n  "libffi~3.2.1" \\\n  "python3<3.6.12-r2" \\\n  "libbz2=~1.0.6-r4"\n\n',
    'RUN apk add \\\n--virtual build-dependencies \\\npython-dev=1.1.1 build-base=2.2.2 wget=3.3.3 \\\n&& pip install -r requirements.txt \\\n&& python setup.py install \\\n&& apk del build-dependencies\n\n',
    'RUN apk add --no-cache \\\n--repository https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0\n\n',
    'RUN apk add --no-cache \\\n--repository=https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0\n\n',
    'RUN apk add --no-cache \\\n-X https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0\n\n',
    'RUN apk add mypackage-1.1.1.apk\n',
  ],
  invalid: [
    { dockerfile: 'RUN apk add flex\n', expect: [['DL3018', 1]] },
    { dockerfile: 'RUN apk add --no-cache \\\nflex=2.6.4-r1 \\\nlibffi \\\npython2=2.7.13-r1 \\\nlibbz2=1.0.6-r5\n\n', expect: [['DL3018', 1]] },
  ],
});
