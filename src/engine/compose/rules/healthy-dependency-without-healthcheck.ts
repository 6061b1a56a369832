import { defineComposeRule } from '../lint-rule.ts';
import type { ComposeReport } from '../lint-rule.ts';
import { imageFacts } from '../simulate/image-facts.ts';

/** `condition: service_healthy` on a service that never reports health: `up` fails. */
export const healthyDependencyWithoutHealthcheck = defineComposeRule({
  meta: {
    id: 'healthy-dependency-without-healthcheck',
    severity: 'error',
    title: '`service_healthy` waits for a service that has no healthcheck',
    explanation:
      'Compose waits for `condition: service_healthy` by reading the dependency\'s health status, which only exists when a healthcheck is defined — in the compose file or in the image. Official images such as postgres, mysql and redis define none, so `docker compose up` stops with `dependency failed to start: container … has no healthcheck configured`.',
    suggestion:
      'Give the dependency a `healthcheck:` that tests real readiness (`pg_isready`, `mysqladmin ping`, `redis-cli ping`), or wait for `service_started` instead and let the app retry its connection.',
    examples: {
      bad: [{ compose: 'services:\n  api:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n' }],
      good: [
        {
          compose:
            'services:\n  api:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U postgres"]\n      interval: 5s\n',
        },
      ],
    },
  },
  service(service, model, facts) {
    if (!service.active) return undefined;
    const reports: ComposeReport[] = [];
    for (const dep of service.dependsOn) {
      if (dep.condition !== 'service_healthy') continue;
      const target = model.services.find((s) => s.name === dep.service);
      if (!target) continue;
      const hc = target.healthcheck;
      if (hc?.disabled) {
        reports.push({ loc: dep.loc, message: `${service.name} waits for ${dep.service} to be healthy, but its healthcheck is disabled: up fails with "container … has no healthcheck configured".` });
        continue;
      }
      if (hc?.test !== undefined) continue;
      const known = imageFacts(target.image?.name);
      // The image itself, when the simulation has it (the catalog's, or the one built here from the Dockerfile).
      const declares = facts.health().get(target.name)?.imageHealthcheck;
      if (known?.healthcheck || declares === true || target.behaviour?.value['image-healthcheck'] === true) continue;
      if ((known && !target.build) || declares === false) {
        reports.push({
          loc: dep.loc,
          message: `${service.name} waits for ${dep.service} to be healthy, but it defines no healthcheck and ${target.image?.name ?? 'its image'} declares none: up fails with "container … has no healthcheck configured".`,
        });
      } else {
        // An image we know nothing about may declare a HEALTHCHECK in its Dockerfile.
        reports.push({
          loc: dep.loc,
          severity: 'warning',
          message: `${service.name} waits for ${dep.service} to be healthy, but ${dep.service} defines no healthcheck: unless its image declares a HEALTHCHECK, up fails with "container … has no healthcheck configured".`,
        });
      }
    }
    return reports;
  },
});
