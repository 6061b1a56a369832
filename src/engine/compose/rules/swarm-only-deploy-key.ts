import { defineComposeRule } from '../lint-rule.ts';

/** `deploy.placement` and friends do nothing under `docker compose up`. */
export const swarmOnlyDeployKey = defineComposeRule({
  meta: {
    id: 'swarm-only-deploy-key',
    severity: 'warning',
    title: 'A `deploy:` key that only Swarm reads',
    explanation:
      '`docker compose up` applies `deploy.resources` limits, `deploy.replicas` and part of `deploy.restart_policy`, and silently skips the rest: `placement`, `update_config`, `rollback_config`, `mode`, `endpoint_mode`, `labels`, `restart_policy.delay`/`window` and CPU reservations are read only by `docker stack deploy` on a Swarm. On a single server they promise behaviour you do not get.',
    suggestion: 'Drop the key if you deploy with `docker compose`, or deploy the stack to a Swarm (`docker stack deploy -c compose.yaml <name>`) if you need it.',
    examples: {
      bad: [{ compose: 'services:\n  api:\n    image: a:1\n    deploy:\n      placement:\n        constraints: [node.role == manager]\n' }],
      good: [{ compose: 'services:\n  api:\n    image: a:1\n    deploy:\n      replicas: 2\n      resources:\n        limits:\n          memory: 256M\n' }],
    },
  },
  service(service) {
    if (!service.active) return undefined;
    return (service.deploy?.keys ?? [])
      .filter((k) => k.support === 'swarm-only')
      .map((k) => ({ loc: k.loc, message: `deploy.${k.key} is ignored by docker compose up; only Swarm (docker stack deploy) reads it.` }));
  },
});
