import { defineComposeRule } from '../lint-rule.ts';
import { projectConnections } from '../simulate/connections.ts';

/** `DATABASE_URL=postgres://localhost:5432/…` in a container reaches the container itself, not `db`. */
export const localhostForAnotherService = defineComposeRule({
  meta: {
    id: 'localhost-for-another-service',
    severity: 'error',
    title: '`localhost` used to reach another service',
    explanation:
      'Every container has its own network stack: inside the `api` container, `localhost` (127.0.0.1) is `api` itself. The database runs in a different container, so a connection to `localhost:5432` is refused. On your laptop it worked because everything ran on one machine. Compose puts the services on a shared network where each one is reachable by its service name.',
    suggestion: 'Use the service name and the port the service listens on inside its container: `postgres://db:5432/app`, `redis://cache:6379`, `http://api:80`.',
    examples: {
      bad: [{ compose: 'services:\n  api:\n    image: app:1\n    environment:\n      DATABASE_URL: postgres://localhost:5432/app\n  db:\n    image: postgres:16\n' }],
      good: [
        { compose: 'services:\n  api:\n    image: app:1\n    environment:\n      DATABASE_URL: postgres://db:5432/app\n  db:\n    image: postgres:16\n' },
        {
          compose: 'services:\n  client:\n    image: my-registry/myclient:1.0\n    environment:\n      - API_URL=http://api:80\n  api:\n    image: my-registry/myapi:1.0\n    ports:\n      - "9090:80"\n',
          note: 'The lecture\'s example: the client reaches the API as api:80, not localhost:9090.',
        },
      ],
    },
  },
  project(model) {
    return projectConnections(model)
      .filter((c) => c.outcome === 'localhost')
      .map((c) => ({ loc: c.loc, message: c.message }));
  },
});
