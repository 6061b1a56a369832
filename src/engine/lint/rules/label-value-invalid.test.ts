import { describeRule } from '../testing/rule-table.ts';
import { labelValueInvalid } from './label-value-invalid.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(labelValueInvalid, {
  valid: [
    { dockerfile: 'LABEL emptylabel="foo"\n', config: { labelSchema: { emptylabel: 'text' } } },
    { dockerfile: 'LABEL other=""\n', config: { labelSchema: { emptylabel: 'text' } } },
    { dockerfile: 'LABEL urllabel="http://example.com"\n', config: { labelSchema: { urllabel: 'url' } } },
    { dockerfile: 'LABEL other="foo"\n', config: { labelSchema: { urllabel: 'url' } } },
    { dockerfile: 'LABEL datelabel="2021-03-10T10:26:33.564595127+01:00"\n', config: { labelSchema: { datelabel: 'rfc3339' } } },
    { dockerfile: 'LABEL other="doo"\n', config: { labelSchema: { datelabel: 'rfc3339' } } },
    { dockerfile: 'LABEL spdxlabel="BSD-3-Clause"\n', config: { labelSchema: { spdxlabel: 'spdx' } } },
    { dockerfile: 'LABEL other="fooo"\n', config: { labelSchema: { spdxlabel: 'spdx' } } },
    { dockerfile: 'LABEL githash="2dbfae9"\n', config: { labelSchema: { githash: 'hash' } } },
    { dockerfile: 'LABEL githash="43c572f1272b6b3171dd1db9e41b7027128ce080"\n', config: { labelSchema: { githash: 'hash' } } },
    { dockerfile: 'LABEL other="foo"\n', config: { labelSchema: { githash: 'hash' } } },
    { dockerfile: 'LABEL semver="1.0.0"\n', config: { labelSchema: { semver: 'semver' } } },
    { dockerfile: 'LABEL other="foo"\n', config: { labelSchema: { semver: 'semver' } } },
    { dockerfile: 'LABEL maintainer="abcd@google.com"\n', config: { labelSchema: { maintainer: 'email' } } },
    { dockerfile: 'LABEL other="doo"\n', config: { labelSchema: { maintainer: 'email' } } },
  ],
  invalid: [
    { dockerfile: 'LABEL emptylabel=""\n', expect: [['DL3051', 1]], config: { labelSchema: { emptylabel: 'text' } } },
    { dockerfile: 'LABEL urllabel="not-url"\n', expect: [['DL3052', 1]], config: { labelSchema: { urllabel: 'url' } } },
    { dockerfile: 'LABEL datelabel="not-date"\n', expect: [['DL3053', 1]], config: { labelSchema: { datelabel: 'rfc3339' } } },
    { dockerfile: 'LABEL spdxlabel="not-spdx"\n', expect: [['DL3054', 1]], config: { labelSchema: { spdxlabel: 'spdx' } } },
    { dockerfile: 'LABEL githash="not-git-hash"\n', expect: [['DL3055', 1]], config: { labelSchema: { githash: 'hash' } } },
    { dockerfile: 'LABEL semver="not-sem-ver"\n', expect: [['DL3056', 1]], config: { labelSchema: { semver: 'semver' } } },
    { dockerfile: 'LABEL maintainer="not-email"\n', expect: [['DL3058', 1]], config: { labelSchema: { maintainer: 'email' } } },
  ],
});
