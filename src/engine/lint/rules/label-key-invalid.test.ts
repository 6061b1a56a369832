import { describeRule } from '../testing/rule-table.ts';
import { labelKeyInvalid } from './label-key-invalid.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(labelKeyInvalid, {
  valid: [
    'LABEL org.valid-key.label3="foo"\n',
    'LABEL validlabel="foo"\n',
    'FROM alpine:3.20\nLABEL "org.example.ok"="yes"\n',
  ],
  invalid: [
    { dockerfile: 'LABEL com.docker.label="foo"\n', expect: [['DL3048', 1]] },
    { dockerfile: 'LABEL io.docker.label="foo"\n', expect: [['DL3048', 1]] },
    { dockerfile: 'LABEL org.dockerproject.label="foo"\n', expect: [['DL3048', 1]] },
    { dockerfile: 'LABEL invalid$character="foo"\n', expect: [['DL3048', 1]] },
    { dockerfile: 'LABEL .invalid ="foo"\n', expect: [['DL3048', 1]] },
    { dockerfile: 'LABEL -invalid ="foo"\n', expect: [['DL3048', 1]] },
    { dockerfile: 'LABEL 1invalid ="foo"\n', expect: [['DL3048', 1]] },
    { dockerfile: 'LABEL invalid..character="foo"\n', expect: [['DL3048', 1]] },
    { dockerfile: 'LABEL invalid--character="foo"\n', expect: [['DL3048', 1]] },
  ],
});
