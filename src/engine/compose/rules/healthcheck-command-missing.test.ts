import { describeComposeRule } from '../testing/compose-rule-table.ts';
import { healthcheckCommandMissing } from './healthcheck-command-missing.ts';

const hc = (image: string, test: string) => `services:\n  s:\n    image: ${image}\n    healthcheck:\n      test: ${test}\n`;

describeComposeRule(healthcheckCommandMissing, {
  valid: [
    hc('postgres:16', '["CMD-SHELL", "pg_isready -U postgres"]'),
    hc('postgres:16-alpine', '["CMD-SHELL", "wget -q --spider http://localhost:8080/ || exit 1"]'),
    hc('redis:7', '["CMD", "redis-cli", "ping"]'),
    hc('mysql:8.4', '["CMD", "curl", "-f", "http://localhost:8080/"]'),
    hc('python:3.12-slim', '["CMD", "python", "-c", "import urllib.request"]'),
    hc('python:3.12', 'curl -f http://localhost:8000/'),
    hc('alpine:3.20', 'wget -qO- http://localhost/'),
    // An image the catalog does not know: its programs are assumed present.
    hc('ghcr.io/acme/api:1.4.2', '["CMD", "curl", "-f", "http://localhost:3000/health"]'),
    // Turned off: nothing runs.
    'services:\n  s:\n    image: postgres:16\n    healthcheck:\n      test: ["CMD", "curl", "x"]\n      disable: true\n',
    // A service in an inactive profile is not started.
    'services:\n  s:\n    image: postgres:16\n    profiles: [debug]\n    healthcheck:\n      test: curl -f http://localhost/\n',
  ],
  invalid: [
    { compose: hc('postgres:16', '["CMD-SHELL", "curl -f http://localhost/ || exit 1"]'), expect: [[5, 13]] },
    { compose: hc('postgres:16', '["CMD", "wget", "-q", "http://localhost/"]'), expect: [[5, 13]] },
    { compose: hc('redis:7.4', 'curl -f http://localhost/'), expect: [[5, 13]] },
    { compose: hc('postgres:16-alpine', 'curl -f http://localhost/'), expect: [[5, 13]] },
    { compose: hc('python:3.12-slim', '["CMD", "curl", "-f", "http://localhost:8000/health"]'), expect: [[5, 13]] },
    { compose: hc('node:22-slim', '["CMD-SHELL", "wget -qO- http://localhost:3000/ || exit 1"]'), expect: [[5, 13]] },
    // No shell for CMD-SHELL in a distroless image.
    { compose: hc('gcr.io/distroless/static-debian12', '["CMD-SHELL", "/app healthcheck"]'), expect: [[5, 13]] },
  ],
});
