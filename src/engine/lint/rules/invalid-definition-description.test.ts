import { describeRule } from '../testing/rule-table.ts';
import { invalidDefinitionDescription } from './invalid-definition-description.ts';

// Cases from BuildKit's frontend/dockerfile/dockerfile_check_test.go (Apache-2.0), and our own.
describeRule(invalidDefinitionDescription, {
  valid: [
    '# check=skip=all;experimental=InvalidDefinitionDescription\n# foo this is the foo\nARG foo=bar\n\n# base this is the base image\nFROM scratch AS base\n\n# version this is the version number\nARG version=latest\n\n# baz this is the baz\nARG foo=baz bar=qux baz=quux\n#\nARG bit=bat\n\n# comment for something other than ARG or FROM\nCOPY Dockerfile .\n',
    '# version the version to build\nARG version=1\nFROM alpine:3.20\n',
    '# not the name\n#\nARG version=1\nFROM alpine:3.20\n',
  ],
  invalid: [
    { dockerfile: '# check=experimental=InvalidDefinitionDescription\n# bar this is the bar\nARG foo=bar\n# BasE this is the BasE image\nFROM scratch AS base\n# definitely a bad comment\nARG version=latest\n# definitely a bad comment\nARG foo=baz bar=qux baz=quux\n', expect: [['InvalidDefinitionDescription', 3], ['InvalidDefinitionDescription', 5], ['InvalidDefinitionDescription', 7], ['InvalidDefinitionDescription', 9]] },
    { dockerfile: '# not the name\n\nARG version=1\nFROM alpine:3.20\n', expect: [['InvalidDefinitionDescription', 3]] },
  ],
});
