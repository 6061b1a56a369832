import { defineComposeRule } from '../lint-rule.ts';
import { projectConnections } from '../simulate/connections.ts';

/** A service name that does not resolve from where it is used: no shared network, an inactive profile, a typo. */
export const serviceNameUnreachable = defineComposeRule({
  meta: {
    id: 'service-name-unreachable',
    severity: 'error',
    title: 'A service name that does not resolve from this service',
    explanation:
      'Docker\'s built-in DNS answers a service name only to containers on a network that service has joined. A service on another network, one whose profile is not active, or a name no service has (a typo: `mongo` for `mongodb`) gives "name not found" and the connection fails.',
    suggestion:
      'Put both services on a common network (or leave both on the default one), activate the profile, or fix the name so it matches the service key or one of its `aliases`.',
    examples: {
      bad: [
        {
          compose:
            'services:\n  api:\n    image: a:1\n    networks: [front]\n    environment:\n      MONGO_URI: mongodb://mongo:27017/app\n  mongo:\n    image: mongo:7\n    networks: [back]\nnetworks:\n  front:\n  back:\n',
        },
      ],
      good: [
        {
          compose:
            'services:\n  api:\n    image: a:1\n    networks: [front, back]\n    environment:\n      MONGO_URI: mongodb://mongo:27017/app\n  mongo:\n    image: mongo:7\n    networks: [back]\nnetworks:\n  front:\n  back:\n',
        },
      ],
    },
  },
  project(model) {
    return projectConnections(model)
      .filter((c) => c.outcome === 'not-shared' || c.outcome === 'inactive' || c.outcome === 'unresolvable')
      .map((c) => ({ loc: c.loc, message: c.message }));
  },
});
