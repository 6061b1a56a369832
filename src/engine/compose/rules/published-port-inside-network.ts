import { defineComposeRule } from '../lint-rule.ts';
import { projectConnections } from '../simulate/connections.ts';

/** `http://api:9090` where api publishes `9090:80`: inside the network the port is 80. */
export const publishedPortInsideNetwork = defineComposeRule({
  meta: {
    id: 'published-port-inside-network',
    severity: 'error',
    title: 'A published host port used between services',
    explanation:
      '`ports: ["9090:80"]` opens port 9090 on the host and forwards it to port 80 in the container. Other containers do not go through the host: on the project network they reach the service directly, on the port its server listens on inside the container. `api:9090` is refused; `api:80` works.',
    suggestion: 'Between services use the service name and the container port (the number after the colon in `ports`).',
    examples: {
      bad: [{ compose: 'services:\n  client:\n    image: c:1\n    environment:\n      - API_URL=http://api:9090\n  api:\n    image: a:1\n    ports:\n      - "9090:80"\n' }],
      good: [{ compose: 'services:\n  client:\n    image: c:1\n    environment:\n      - API_URL=http://api:80\n  api:\n    image: a:1\n    ports:\n      - "9090:80"\n' }],
    },
  },
  project(model) {
    return projectConnections(model)
      .filter((c) => c.outcome === 'host-port')
      .map((c) => ({ loc: c.loc, message: c.message }));
  },
});
