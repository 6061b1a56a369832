import { describeRule } from '../testing/rule-table.ts';
import { undefinedArgInFrom } from './undefined-arg-in-from.ts';

// Cases from BuildKit's frontend/dockerfile/dockerfile_check_test.go (Apache-2.0), and our own.
describeRule(undefinedArgInFrom, {
  valid: [
    '\nARG base=scratch\nFROM $base\nCOPY Dockerfile .\n',
    '\nARG BUILDPLATFORM=linux/amd64\nFROM --platform=$BUILDPLATFORM scratch\nCOPY Dockerfile .\n',
    '\nFROM --platform=$BUILDPLATFORM scratch\nCOPY Dockerfile .\n',
    '\nARG DEBUG\nFROM scratch${DEBUG}\nCOPY Dockerfile .\n',
    '\nARG DEBUG\nFROM scra${DEBUG:-tch}\nCOPY Dockerfile .\n',
    '\nARG DEBUG=""\nFROM scratch${DEBUG-@bogus}\nCOPY Dockerfile .\n',
  ],
  invalid: [
    { dockerfile: '\nFROM --platform=$BULIDPLATFORM scratch\nCOPY Dockerfile .\n', expect: [['UndefinedArgInFrom', 2]] },
    { dockerfile: '\nARG MY_OS=linux\nARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox\nCOPY Dockerfile .\n\t', expect: [['UndefinedArgInFrom', 4]] },
    { dockerfile: '\nARG tag=latest\nFROM busybox:${tag}${version} AS b\nCOPY Dockerfile .\n', expect: [['UndefinedArgInFrom', 3]] },
  ],
});
