import { describeComposeRule } from '../testing/compose-rule-table.ts';
import { publishedPortInsideNetwork } from './published-port-inside-network.ts';

const api = '  api:\n    image: a:1\n    ports:\n      - "9090:80"\n';

describeComposeRule(publishedPortInsideNetwork, {
  valid: [
    `services:\n  client:\n    image: c:1\n    environment:\n      - API_URL=http://api:80\n${api}`,
    `services:\n  client:\n    image: c:1\n    environment:\n      - API_URL=http://api\n${api}`,
  ],
  invalid: [
    { compose: `services:\n  client:\n    image: c:1\n    environment:\n      - API_URL=http://api:9090/v1\n${api}`, expect: [[5, 9]] },
    { compose: `services:\n  client:\n    image: c:1\n    environment:\n      API: api:9090\n${api}`, expect: [[5, 7]] },
  ],
});
