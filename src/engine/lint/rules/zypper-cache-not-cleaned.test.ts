import { describeRule } from '../testing/rule-table.ts';
import { zypperCacheNotCleaned } from './zypper-cache-not-cleaned.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(zypperCacheNotCleaned, {
  valid: [
    'RUN zypper install -y mariadb=10.4 && zypper clean\n',
    'RUN zypper install -y mariadb=10.4 && zypper cc\n',
    'RUN --mount=type=cache,target=/var/cache/zypp zypper install -y mariadb\n',
    'RUN --mount=type=tmpfs,target=/var/cache/zypp zypper install -y mariadb\n',
  ],
  invalid: [
    { dockerfile: 'RUN zypper install -y mariadb=10.4\n', expect: [['DL3036', 1]] },
    { dockerfile: 'RUN zypper clean && zypper install -y mariadb=10.4\n', expect: [['DL3036', 1]] },
  ],
  fixes: [
    { dockerfile: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0\n', fixed: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0 \\\n && zypper clean\n' },
  ],
});
