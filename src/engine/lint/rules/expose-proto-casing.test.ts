import { describeRule } from '../testing/rule-table.ts';
import { exposeProtoCasing } from './expose-proto-casing.ts';

// Cases from BuildKit's frontend/dockerfile/dockerfile_check_test.go (Apache-2.0), and our own.
describeRule(exposeProtoCasing, {
  valid: [
    'FROM alpine:3.20\nEXPOSE 80/tcp 53/udp 80\n',
  ],
  invalid: [
    { dockerfile: '\nFROM scratch\nEXPOSE 80/TcP 8080/TCP 8080/udp\n', expect: [['ExposeProtoCasing', 3], ['ExposeProtoCasing', 3]] },
  ],
  fixes: [
    { dockerfile: 'FROM alpine:3.20\nEXPOSE 53/UDP\n', fixed: 'FROM alpine:3.20\nEXPOSE 53/udp\n' },
  ],
});
