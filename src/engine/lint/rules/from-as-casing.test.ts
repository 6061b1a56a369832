import { describeRule } from '../testing/rule-table.ts';
import { fromAsCasing } from './from-as-casing.ts';

// Cases from BuildKit's frontend/dockerfile/dockerfile_check_test.go (Apache-2.0), and our own.
describeRule(fromAsCasing, {
  valid: [
    '#check=skip=all\nFROM scratch as base\ncopy Dockerfile .\n',
    '#check=skip=all;error=true\nFROM scratch as base\ncopy Dockerfile .\n',
    '#check=skip=ConsistentInstructionCasing,FromAsCasing\nFROM scratch as base\ncopy Dockerfile .\n',
    '#check=skip=ConsistentInstructionCasing,FromAsCasing;error=true\nFROM scratch as base\ncopy Dockerfile .\n',
    { dockerfile: '#check=error=true\nFROM scratch as base\ncopy Dockerfile .\n', checkOptions: 'skip=all' },
  ],
  invalid: [
    { dockerfile: '#check=skip=ConsistentInstructionCasing\nFROM scratch as base\ncopy Dockerfile .\n', expect: [['FromAsCasing', 2]] },
    { dockerfile: '#check=skip=ConsistentInstructionCasing;error=true\nFROM scratch as base\ncopy Dockerfile .\n', expect: [['FromAsCasing', 2]] },
    { dockerfile: '#check=skip=all\nFROM scratch as base\ncopy Dockerfile .\n', expect: [['FromAsCasing', 2]], checkOptions: 'skip=ConsistentInstructionCasing;error=true' },
    { dockerfile: '\n# warning: stage name should be lowercase\n#\nFROM scratch AS BadStageName\n\n# warning: \'as\' should match \'FROM\' cmd casing.\n#\nFROM scratch as base2\n\nFROM scratch AS base3\n', expect: [['FromAsCasing', 8]] },
    { dockerfile: '\n# warning: \'AS\' should match \'from\' cmd casing.\n#\nfrom scratch AS base\n\nfrom scratch as base2\n', expect: [['FromAsCasing', 4]] },
  ],
  fixes: [
    { dockerfile: 'from node:22 AS build\n', fixed: 'from node:22 as build\n' },
  ],
});
