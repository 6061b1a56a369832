import { describeRule } from '../testing/rule-table.ts';
import { copySeveralSourcesToFile } from './copy-several-sources-to-file.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(copySeveralSourcesToFile, {
  valid: [
    'COPY foo bar\n',
    'COPY foo bar baz/\n',
    'COPY foo bar "baz/"\n',
    'FROM node:22\nCOPY ["a", "b", "c/"]\n',
  ],
  invalid: [
    { dockerfile: 'COPY foo bar baz\n', expect: [['DL3021', 1]] },
    { dockerfile: 'COPY foo bar "baz"\n', expect: [['DL3021', 1]] },
  ],
  fixes: [
    { dockerfile: 'FROM node:22\nCOPY a b dest\n', fixed: 'FROM node:22\nCOPY a b dest/\n' },
    { dockerfile: 'FROM node:22\nCOPY a b "dest"\n', fixed: 'FROM node:22\nCOPY a b "dest/"\n' },
  ],
});
