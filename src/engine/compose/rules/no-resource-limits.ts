import { defineComposeRule } from '../lint-rule.ts';

/** A service with no memory limit can take the whole host down with it. */
export const noResourceLimits = defineComposeRule({
  meta: {
    id: 'no-resource-limits',
    severity: 'warning',
    title: 'The service has no memory limit',
    explanation:
      'Without a limit a container may use all of the host\'s memory and CPU. One leaking or busy service then slows or starves every other one, and when the host runs out of memory the kernel kills whichever process it picks — maybe your database. With a limit, only the container that went over is killed (exit 137) and its restart policy can bring it back.',
    suggestion:
      'Measure what the service needs under load (`docker stats`) and set `deploy.resources.limits.memory` (and `cpus`) a little above it; `docker compose up` applies these.',
    examples: {
      bad: [{ compose: 'services:\n  api:\n    image: mycompany/api-gateway:1.8.4\n' }],
      good: [
        {
          compose:
            "services:\n  api:\n    image: mycompany/api-gateway:1.8.4\n    deploy:\n      resources:\n        limits:\n          cpus: '0.30'\n          memory: 250M\n",
          note: 'The limits from the deployment article: 250 MiB and 30 % of one CPU.',
        },
        { compose: 'services:\n  api:\n    image: mycompany/api-gateway:1.8.4\n    mem_limit: 250m\n', note: 'The service-level key works too.' },
      ],
    },
  },
  service(service) {
    if (!service.active || service.resources.memoryBytes) return undefined;
    const cpus = service.resources.cpus ? '' : ' or CPU';
    return [{ loc: service.loc, message: `${service.name} has no memory${cpus} limit: it can use as much of the host as it likes.` }];
  },
});
