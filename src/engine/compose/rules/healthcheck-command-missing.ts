import { defineComposeRule } from '../lint-rule.ts';
import type { ComposeReport } from '../lint-rule.ts';

/**
 * A healthcheck whose program is not in the service's image: every probe fails, the container turns `unhealthy`
 * after `retries`, and a `service_healthy` dependant is never started. Decided by the same probe `docker run` and the
 * `up` simulation use (simulate/service-images.ts), so the three never disagree.
 */
export const healthcheckCommandMissing = defineComposeRule({
  meta: {
    id: 'healthcheck-command-missing',
    severity: 'error',
    title: 'The healthcheck calls a program the image does not have',
    explanation:
      'Docker runs the healthcheck inside the container, with the programs of the service\'s image. Official server and slim images leave out curl and wget (postgres, redis, python:*-slim, node:*-slim), and distroless images have no shell for `CMD-SHELL`. Then every probe fails — the shell exits 127 (`curl: not found`), or the exec itself fails (`executable file not found in $PATH`) — the container becomes `unhealthy` after `retries` failures, and a service that waits for it with `condition: service_healthy` is never started: `dependency failed to start: container … is unhealthy`.',
    suggestion:
      'Probe with a program the image has: the server\'s own client (`pg_isready`, `redis-cli ping`, `mysqladmin ping`), the language runtime (`python -c "import urllib.request; …"`, `node healthcheck.js`), or BusyBox `wget` on Alpine.',
    examples: {
      bad: [
        { compose: 'services:\n  db:\n    image: postgres:16\n    healthcheck:\n      test: ["CMD-SHELL", "curl -f http://localhost:5432/ || exit 1"]\n', note: 'The postgres image has neither curl nor wget.' },
        { compose: 'services:\n  api:\n    image: python:3.12-slim\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:8000/health"]\n' },
      ],
      good: [
        { compose: 'services:\n  db:\n    image: postgres:16\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U postgres"]\n' },
        { compose: 'services:\n  cache:\n    image: redis:7-alpine\n    healthcheck:\n      test: ["CMD", "redis-cli", "ping"]\n' },
      ],
    },
  },
  service(service, _model, facts) {
    const hc = service.healthcheck;
    if (!service.active || hc?.test === undefined || hc.disabled) return undefined;
    const health = facts.health().get(service.name);
    if (health === undefined || health.canPass || health.probe === undefined || health.probe.toolFound) return undefined;
    const report: ComposeReport = {
      loc: health.testLoc ?? hc.loc,
      message: `${service.name}'s healthcheck cannot run: ${health.failure ?? `${health.probe.tool ?? 'its program'} is not in ${health.image.label}`}; after ${hc.retries} failures the container is unhealthy.`,
    };
    return [report];
  },
});
