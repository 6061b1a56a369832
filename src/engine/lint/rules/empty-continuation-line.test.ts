import { describeRule } from '../testing/rule-table.ts';
import { emptyContinuationLine } from './empty-continuation-line.ts';

// Cases from BuildKit's frontend/dockerfile/dockerfile_check_test.go (Apache-2.0), and our own.
describeRule(emptyContinuationLine, {
  valid: [

  ],
  invalid: [
    { dockerfile: '\nFROM scratch\n# warning: empty continuation line\nCOPY Dockerfile \\\n\n.\nCOPY Dockerfile \\\n.\n', expect: [['NoEmptyContinuation', 6]] },
    { dockerfile: 'FROM alpine:3.20\nRUN echo a \\\n\n   \\\n  b\n', expect: [['NoEmptyContinuation', 5]] },
  ],
  fixes: [
    { dockerfile: 'FROM alpine:3.20\nRUN echo a \\\n\n  b\n', fixed: 'FROM alpine:3.20\nRUN echo a \\\n  b\n' },
  ],
});
