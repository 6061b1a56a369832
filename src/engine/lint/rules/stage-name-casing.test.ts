import { describeRule } from '../testing/rule-table.ts';
import { stageNameCasing } from './stage-name-casing.ts';

// Cases from BuildKit's frontend/dockerfile/dockerfile_check_test.go (Apache-2.0), and our own.
describeRule(stageNameCasing, {
  valid: [
    '\n# warning: \'AS\' should match \'from\' cmd casing.\n#\nfrom scratch AS base\n\nfrom scratch as base2\n',
  ],
  invalid: [
    { dockerfile: '\n# warning: stage name should be lowercase\n#\nFROM scratch AS BadStageName\n\n# warning: \'as\' should match \'FROM\' cmd casing.\n#\nFROM scratch as base2\n\nFROM scratch AS base3\n', expect: [['StageNameCasing', 4]] },
    { dockerfile: '\nFROM scratch AS BadStageName\nMAINTAINER me@example.org\nBADCMD\n', expect: [['StageNameCasing', 2]] },
  ],
  fixes: [
    { dockerfile: 'FROM golang:1.23 AS Builder\n', fixed: 'FROM golang:1.23 AS builder\n' },
  ],
});
