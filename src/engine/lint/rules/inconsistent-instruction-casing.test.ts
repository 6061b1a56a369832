import { describeRule } from '../testing/rule-table.ts';
import { inconsistentInstructionCasing } from './inconsistent-instruction-casing.ts';

// Cases from BuildKit's frontend/dockerfile/dockerfile_check_test.go (Apache-2.0), and our own.
describeRule(inconsistentInstructionCasing, {
  valid: [
    '#check=skip=all\nFROM scratch as base\ncopy Dockerfile .\n',
    '#check=skip=all;error=true\nFROM scratch as base\ncopy Dockerfile .\n',
    '#check=skip=ConsistentInstructionCasing,FromAsCasing\nFROM scratch as base\ncopy Dockerfile .\n',
    '#check=skip=ConsistentInstructionCasing,FromAsCasing;error=true\nFROM scratch as base\ncopy Dockerfile .\n',
    '#check=skip=ConsistentInstructionCasing\nFROM scratch as base\ncopy Dockerfile .\n',
    '#check=skip=ConsistentInstructionCasing;error=true\nFROM scratch as base\ncopy Dockerfile .\n',
    { dockerfile: '#check=skip=all\nFROM scratch as base\ncopy Dockerfile .\n', checkOptions: 'skip=ConsistentInstructionCasing;error=true' },
    { dockerfile: '#check=error=true\nFROM scratch as base\ncopy Dockerfile .\n', checkOptions: 'skip=all' },
    '\nfrom scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\n',
    '\nFROM scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\n',
    '\nFROM alpine\nRUN <<\'EOT\'\nenv\nEOT\n',
  ],
  invalid: [
    { dockerfile: '\n# warning: \'FROM\' should be either lowercased or uppercased\n#\nFrom scratch as base\nFROM scratch AS base2\n', expect: [['ConsistentInstructionCasing', 4]] },
    { dockerfile: '\nFROM scratch\n# warning: \'copy\' should match command majority\'s casing (uppercase)\ncopy Dockerfile /foo\nCOPY Dockerfile /bar\n', expect: [['ConsistentInstructionCasing', 4]] },
    { dockerfile: '\n# warning: \'frOM\' should be either lowercased or uppercased\n#\nfrOM scratch as base\nfrom scratch as base2\n', expect: [['ConsistentInstructionCasing', 4]] },
    { dockerfile: '\nfrom scratch\n# warning: \'COPY\' should match command majority\'s casing (lowercase)\nCOPY Dockerfile /foo\ncopy Dockerfile /bar\n', expect: [['ConsistentInstructionCasing', 4]] },
    { dockerfile: '\n# warning: \'from\' should match command majority\'s casing (uppercase)\n#\nfrom scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\nCOPY Dockerfile /baz\n', expect: [['ConsistentInstructionCasing', 4]] },
    { dockerfile: '\n# warning: \'FROM\' should match command majority\'s casing (lowercase)\n#\nFROM scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\ncopy Dockerfile /baz\n', expect: [['ConsistentInstructionCasing', 4]] },
  ],
  fixes: [
    { dockerfile: 'FROM alpine:3.20\ncopy a /a\nRUN true\n', fixed: 'FROM alpine:3.20\nCOPY a /a\nRUN true\n' },
  ],
});
