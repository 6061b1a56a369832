import { describeRule } from '../testing/rule-table.ts';
import { yarnCacheNotCleaned } from './yarn-cache-not-cleaned.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(yarnCacheNotCleaned, {
  valid: [
    'RUN foo\n',
    'RUN yarn install bar && yarn cache clean\n',
    'RUN --mount=type=cache,target=/root/.cache/yarn yarn install foobar\n',
    'RUN --mount=type=tmpfs,target=/root/.cache/yarn yarn install foobar\n',
    'FROM node:lts-alpine as foo\nRUN yarn install && yarn cache clean\nFROM foo\nRUN hey!\n\n',
    'FROM node:lts-alpine as foo\nRUN yarn install foo\nFROM scratch\nRUN hey!\n\n',
  ],
  invalid: [
    { dockerfile: 'RUN yarn install foo\n', expect: [['DL3060', 1]] },
    { dockerfile: 'RUN yarn cache clean && yarn install foo\n', expect: [['DL3060', 1]] },
    { dockerfile: 'RUN --mount=type=cache,target=/var/lib/foobar yarn install foobar\n', expect: [['DL3060', 1]] },
    { dockerfile: 'RUN --mount=type=tmpfs,target=/var/lib/foobar yarn install foobar\n', expect: [['DL3060', 1]] },
    { dockerfile: 'FROM node:lts-alpine as foo\nRUN hey!\nFROM scratch\nRUN yarn install\n\n', expect: [['DL3060', 4]] },
    { dockerfile: 'FROM node:lts-alpine as foo\nRUN yarn install\nFROM foo\nRUN hey!\n\n', expect: [['DL3060', 2]] },
  ],
  fixes: [
    { dockerfile: 'FROM node:22\nRUN yarn install\n', fixed: 'FROM node:22\nRUN yarn install \\\n && yarn cache clean\n' },
  ],
});
