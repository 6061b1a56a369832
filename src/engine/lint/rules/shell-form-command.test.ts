import { describeRule } from '../testing/rule-table.ts';
import { shellFormCommand } from './shell-form-command.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only) and BuildKit's frontend/dockerfile/dockerfile_check_test.go (Apache-2.0), and our own.
describeRule(shellFormCommand, {
  valid: [
    'FROM scratch as build\nENTRYPOINT ["foo", "bar"]\n\n',
    'FROM scratch as build\nCMD ["foo", "bar"]\nCMD [ "foo", "bar" ]\n\n',
    'HEALTHCHECK CMD [ "foobar" ]\n\n',
    'CMD [ "/bin/sh", "-c", \\\n      "echo foo && \\\n       echo bar" \\\n    ]\n\n',
    '\nFROM scratch\nMAINTAINER me@example.org\n',
    '\nFROM scratch\nLABEL org.opencontainers.image.authors="me@example.org"\n',
    '\nFROM scratch\n# check=skip=MaintainerDeprecated\nMAINTAINER me@example.org\n',
    'FROM node:22\nHEALTHCHECK NONE\n',
  ],
  invalid: [
    { dockerfile: 'FROM node as foo\nENTRYPOINT something\n\n', expect: [['DL3025', 2], ['JSONArgsRecommended', 2]] },
    { dockerfile: 'FROM node as foo\nCMD something\n\n', expect: [['DL3025', 2], ['JSONArgsRecommended', 2]] },
    { dockerfile: 'HEALTHCHECK CMD foobar\n\n', expect: [['DL3025', 1]] },
    { dockerfile: '\nFROM scratch\nCMD mycommand\n', expect: [['DL3025', 3], ['JSONArgsRecommended', 3]] },
    { dockerfile: '\nFROM scratch\nENTRYPOINT mycommand\n', expect: [['DL3025', 3], ['JSONArgsRecommended', 3]] },
    { dockerfile: '\nFROM scratch\nSHELL ["/usr/bin/customshell"]\nCMD mycommand\n', expect: [['DL3025', 4]] },
    { dockerfile: '\nFROM scratch\nSHELL ["/usr/bin/customshell"]\nENTRYPOINT mycommand\n', expect: [['DL3025', 4]] },
    { dockerfile: '\nFROM scratch AS base\nSHELL ["/usr/bin/customshell"]\n\nFROM base\nCMD mycommand\n', expect: [['DL3025', 6]] },
    { dockerfile: '\nFROM scratch AS base\nSHELL ["/usr/bin/customshell"]\n\nFROM base\nENTRYPOINT mycommand\n', expect: [['DL3025', 6]] },
    { dockerfile: '\nFROM scratch\n# check=skip=JSONArgsRecommended\nCMD mycommand\n', expect: [['DL3025', 4]] },
    { dockerfile: '\nFROM scratch\n# check=skip=JSONArgsRecommended\nENTRYPOINT mycommand\n', expect: [['DL3025', 4]] },
    { dockerfile: 'FROM node:22\nCMD node server.js && echo done\n', expect: [['DL3025', 2], ['JSONArgsRecommended', 2]] },
  ],
  fixes: [
    { dockerfile: 'FROM node:22\nCMD node server.js\n', fixed: 'FROM node:22\nCMD ["node", "server.js"]\n' },
    { dockerfile: 'FROM node:22\nENTRYPOINT [\'node\', \'server.js\']\n', fixed: 'FROM node:22\nENTRYPOINT ["node", "server.js"]\n' },
  ],
});
