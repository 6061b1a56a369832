import { defineComposeRule } from '../lint-rule.ts';

/** `container_name` fixes one name; a second replica cannot have it too. */
export const containerNameWithReplicas = defineComposeRule({
  meta: {
    id: 'container-name-with-replicas',
    severity: 'error',
    title: '`container_name` on a service with several replicas',
    explanation:
      'Container names are unique on a Docker host. With `container_name` every replica would get the same name, so Compose refuses the file: "can\'t set container_name and … as container name must be unique". Even with one replica, a fixed name stops you from scaling or running two copies of the project side by side.',
    suggestion: 'Remove `container_name`: Compose names containers `<project>-<service>-<n>`, and other services reach them by the service name anyway.',
    examples: {
      bad: [{ compose: 'services:\n  worker:\n    image: w:1\n    container_name: worker\n    deploy:\n      replicas: 3\n' }],
      good: [{ compose: 'services:\n  worker:\n    image: w:1\n    deploy:\n      replicas: 3\n' }],
    },
  },
  service(service) {
    if (!service.containerName || (service.replicas?.value ?? 1) <= 1) return undefined;
    return [{ loc: service.containerName.loc, message: `${service.name} asks for ${service.replicas!.value} replicas all named "${service.containerName.value}"; Compose refuses this.` }];
  },
});
