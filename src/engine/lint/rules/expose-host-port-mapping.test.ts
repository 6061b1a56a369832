import { describeRule } from '../testing/rule-table.ts';
import { exposeHostPortMapping } from './expose-host-port-mapping.ts';

// Cases from BuildKit's frontend/dockerfile/dockerfile_check_test.go (Apache-2.0), and our own.
describeRule(exposeHostPortMapping, {
  valid: [
    'FROM alpine:3.20\nEXPOSE ${PORT}\n',
  ],
  invalid: [
    { dockerfile: '\nFROM scratch\nEXPOSE 127.0.0.1:80:80 [::1]:8080:8080 5000:5000 8000\n', expect: [['ExposeInvalidFormat', 3], ['ExposeInvalidFormat', 3], ['ExposeInvalidFormat', 3]] },
  ],
  fixes: [
    { dockerfile: 'FROM alpine:3.20\nEXPOSE 8080:80/tcp\n', fixed: 'FROM alpine:3.20\nEXPOSE 80/tcp\n' },
  ],
});
