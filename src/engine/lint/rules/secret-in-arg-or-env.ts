import type { KeyValue } from '../../dockerfile/index.ts';
import { buildCheck, defineRule } from '../rule.ts';
import type { CodeReport, Report } from '../rule.ts';

// BuildKit (dockerfile2llb/validations.go getSecretsRegex): a secret word as the whole name or as its first or
// last `_`-separated part, unless an allow word says it is a public key, a file name or a version.
const buildkitDeny = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const buildkitAllow = /(?:_|^)(?:public|file|version)(?:_|$)/i;

// hadolint (DL3064): well-known secret variable names, and words that suggest one anywhere in the name.
const hadolintNames = new Set([
  'ACCESS_TOKEN', 'APPLICATION_KEY', 'APP_SECRET', 'AUTH_TOKEN', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY',
  'BITTREX_API_KEY', 'BITTREX_API_SECRET', 'CF_PASSWORD', 'CF_USERNAME', 'CIRCLE_TOKEN', 'CI_DEPLOY_PASSWORD',
  'CI_DEPLOY_USER', 'DOCKERHUB_PASSWORD', 'DOCKER_EMAIL', 'DOCKER_PASSWORD', 'DOCKER_USERNAME', 'FACEBOOK_ACCESS_TOKEN',
  'FACEBOOK_APP_ID', 'FACEBOOK_APP_SECRET', 'FIREBASE_API_TOKEN', 'FIREBASE_TOKEN', 'FOSSA_API_KEY', 'GH_ENTERPRISE_TOKEN',
  'GH_TOKEN', 'GITHUB_ENTERPRISE_TOKEN', 'GITHUB_TOKEN', 'HEROKU_API_KEY', 'HEROKU_API_USER', 'NPM_AUTH_TOKEN', 'NPM_TOKEN',
  'OKTA_AUTHN_GROUPID', 'OKTA_CLIENT_ORGURL', 'OKTA_CLIENT_TOKEN', 'OKTA_OAUTH2_CLIENTID', 'OKTA_OAUTH2_CLIENTSECRET',
  'OPENAI_API_KEY', 'OS_PASSWORD', 'OS_USERNAME', 'POSTGRES_PASSWORD', 'SLACK_TOKEN', 'STRIPE_API_KEY',
  'STRIPE_DEVICE_NAME', 'TRAVIS_OS_NAME', 'TRAVIS_SECURE_ENV_VARS', 'TRAVIS_SUDO', 'VAULT_CLIENT_KEY', 'VAULT_TOKEN',
]);
const hadolintWords = ['api_key', 'client_key', 'password', 'private', 'secret', 'token', 'username'];

/** ARG and ENV values end up in the image (ENV) or its build history (ARG) for anyone who pulls it. */
export const secretInArgOrEnv = defineRule({
  meta: {
    id: 'secret-in-arg-or-env',
    severity: 'warning',
    sources: [
      { tool: 'hadolint', code: 'DL3064' },
      { tool: 'buildkit', code: 'SecretsUsedInArgOrEnv' },
    ],
    title: 'Secret passed through ARG or ENV',
    explanation:
      'ENV values are stored in the image configuration, and ARG values in the build history: anyone who can pull the image can read them with `docker history` or `docker inspect`. Passwords, tokens and keys given this way leak with every copy of the image, even if a later instruction unsets them.',
    suggestion:
      'Pass secrets to the build with a secret mount: `RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci`, and give them to containers at run time.',
    examples: {
      bad: [{ dockerfile: 'FROM node:22-slim\nARG NPM_TOKEN\nRUN npm ci\n' }],
      good: [{ dockerfile: 'FROM node:22-slim\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci\n' }],
    },
  },
  step(_state, instruction) {
    if (instruction.kind !== 'arg' && instruction.kind !== 'env') return undefined;
    const name = instruction.kind.toUpperCase();
    const reports: Report[] = [];
    instruction.pairs.forEach((pair: KeyValue) => {
      const key = pair.key;
      const codes: (string | CodeReport)[] = [];
      if (hadolintNames.has(key.toUpperCase()) || hadolintWords.some((w) => key.toLowerCase().includes(w))) codes.push('DL3064');
      if (buildkitDeny.test(key) && !buildkitAllow.test(key)) {
        codes.push(buildCheck('SecretsUsedInArgOrEnv', `Do not use ARG or ENV instructions for sensitive data (${name} ${JSON.stringify(key)})`));
      }
      if (codes.length > 0) reports.push({ range: pair.keyRange, message: `\`${key}\` looks like a secret; ${name} values can be read from the image.`, codes });
    });
    return reports;
  },
});
