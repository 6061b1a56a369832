import { describeRule } from '../testing/rule-table.ts';
import { undefinedVariable } from './undefined-variable.ts';

// Cases from BuildKit's frontend/dockerfile/dockerfile_check_test.go (Apache-2.0), and our own.
describeRule(undefinedVariable, {
  valid: [
    '\nFROM scratch\nARG foo\nCOPY Dockerfile${foo} .\n',
    '\nFROM alpine AS base\nARG foo=Dockerfile\n\nFROM base\nCOPY $foo .\n',
    '\nFROM alpine\nRUN echo $PATH\n',
    'ARG VERSION=1\nFROM alpine:3.20\nARG VERSION\nCOPY app-$VERSION /app\n',
    'FROM alpine:3.20\nRUN echo $UNDEFINED\n',
  ],
  invalid: [
    { dockerfile: '\nFROM scratch AS first\nCOPY $foo .\n\nFROM scratch AS second\nCOPY $bar .\n', expect: [['UndefinedVar', 3], ['UndefinedVar', 6]] },
    { dockerfile: '\nFROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n', expect: [['UndefinedVar', 3]] },
    { dockerfile: '\nFROM alpine\nARG DIR_BINARIES=binaries/\nARG DIR_ASSETS=assets/\nARG DIR_CONFIG=config/\nCOPY $DIR_ASSET .\n\t', expect: [['UndefinedVar', 6]] },
    { dockerfile: '\nFROM alpine\nENV PATH=$PAHT:/tmp/bin\n\t\t', expect: [['UndefinedVar', 3]] },
    { dockerfile: 'ARG VERSION=1\nFROM alpine:3.20\nCOPY app-$VERSION /app\n', expect: [['UndefinedVar', 3]] },
  ],
});
