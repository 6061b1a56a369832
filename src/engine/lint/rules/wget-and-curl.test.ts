import { describeRule } from '../testing/rule-table.ts';
import { wgetAndCurl } from './wget-and-curl.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(wgetAndCurl, {
  valid: [
    'FROM node as foo\nRUN wget my.xyz\n\n',
    'FROM node as foo\nRUN wget my.xyz\nFROM scratch\nRUN curl localhost\n\n',
  ],
  invalid: [
    { dockerfile: 'FROM node as foo\nRUN wget my.xyz\nRUN curl localhost\n\n', expect: [['DL4001', 3]] },
    { dockerfile: 'FROM node as foo\nRUN wget my.xyz && curl localhost\n\n', expect: [['DL4001', 2]] },
    { dockerfile: 'FROM node as foo\nRUN wget my.xyz\nRUN curl localhost\nFROM scratch\nRUN curl localhost\n\n', expect: [['DL4001', 3]] },
    { dockerfile: 'FROM node as foo\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\n\n', expect: [['DL4001', 3]] },
    { dockerfile: 'FROM node as foo\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\nRUN wget foo.com\n\n', expect: [['DL4001', 3], ['DL4001', 5]] },
  ],
});
