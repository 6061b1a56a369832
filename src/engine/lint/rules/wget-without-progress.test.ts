import { describeRule } from '../testing/rule-table.ts';
import { wgetWithoutProgress } from './wget-without-progress.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(wgetWithoutProgress, {
  valid: [
    'FROM node as foo\nRUN wget --progress=dot:giga my.xyz\n\n',
    'FROM node as foo\nRUN wget -q my.xyz\n\n',
    'FROM node as foo\nRUN wget --quiet my.xyz\n\n',
    'FROM node as foo\nRUN wget -nv my.xyz\n\n',
    'FROM node as foo\nRUN wget --no-verbose my.xyz\n\n',
    'FROM node as foo\nRUN wget --output-file=/tmp/wget.log my.xyz\n\n',
    'FROM node as foo\nRUN wget -o /tmp/wget.log my.xyz\n\n',
    'FROM node as foo\nRUN wget --append-output=/tmp/wget.log my.xyz\n\n',
    'FROM node as foo\nRUN wget -a /tmp/wget.log my.xyz\n\n',
  ],
  invalid: [
    { dockerfile: 'FROM node as foo\nRUN wget my.xyz\n\n', expect: [['DL3047', 2]] },
  ],
  fixes: [
    { dockerfile: 'FROM debian:12\nRUN wget https://example.com/a\n', fixed: 'FROM debian:12\nRUN wget --progress=dot:giga https://example.com/a\n' },
  ],
});
