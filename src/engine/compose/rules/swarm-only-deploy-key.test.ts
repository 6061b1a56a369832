import { describeComposeRule } from '../testing/compose-rule-table.ts';
import { swarmOnlyDeployKey } from './swarm-only-deploy-key.ts';

const svc = (deploy: string) => `services:\n  api:\n    image: a:1\n    deploy:\n${deploy}`;

describeComposeRule(swarmOnlyDeployKey, {
  valid: [
    svc('      replicas: 2\n      resources:\n        limits:\n          cpus: "0.5"\n          memory: 256M\n        reservations:\n          memory: 128M\n'),
    svc('      restart_policy:\n        condition: on-failure\n        max_attempts: 3\n'),
  ],
  invalid: [
    { compose: svc('      placement:\n        constraints: [node.role == manager]\n'), expect: [[5, 7]] },
    { compose: svc('      update_config:\n        parallelism: 1\n      restart_policy:\n        condition: any\n        delay: 5s\n'), expect: [[5, 7], [9, 9]] },
    { compose: svc('      resources:\n        reservations:\n          cpus: "0.25"\n'), expect: [[7, 11]] },
  ],
});
