import { describe, expect, test } from 'vitest';
import { describeRule } from '../testing/rule-table.ts';
import { secretFileInImage, secretKind } from './secret-file-in-image.ts';

const CODE = 'secret-file-in-image';
const app = { path: 'server.js', content: 'require("http").createServer().listen(3000);\n' };
const env = { path: '.env', content: 'DATABASE_URL=postgres://app:s3cret@db/app\n' };
const key = { path: 'deploy/id_rsa', content: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn…\n-----END OPENSSH PRIVATE KEY-----\n' };
const cert = { path: 'certs/ca.pem', content: '-----BEGIN CERTIFICATE-----\nMIIB…\n-----END CERTIFICATE-----\n' };
const npmrcToken = { path: '.npmrc', content: '//registry.npmjs.org/:_authToken=npm_abc123\n' };
const npmrcPlain = { path: '.npmrc', content: 'registry=https://registry.npmjs.org/\n' };
const aws = { path: 'home/.aws/credentials', content: '[default]\naws_access_key_id = AKIA…\n' };

describeRule(secretFileInImage, {
  valid: [
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\n', context: [app, env], dockerignore: '.env\n' },
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY server.js .\n', context: [app, env] },
    // Public certificates and a token-less .npmrc are not secrets.
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\n', context: [app, cert, npmrcPlain] },
    // Copied into a build stage whose files do not reach the final image.
    { dockerfile: 'FROM node:22-slim AS build\nWORKDIR /app\nCOPY . .\nFROM node:22-slim\nCOPY --from=build /app/server.js /app/\n', context: [app, env] },
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\n', context: [app, { path: '.env.example', content: 'DATABASE_URL=\n' }] },
  ],
  invalid: [
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n', context: [app, env], expect: [[CODE, 3]] },
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\n', context: [app, key, npmrcToken, aws], expect: [[CODE, 3]] },
    // Named on purpose: still baked into the image.
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY server.js .env ./\n', context: [app, env], expect: [[CODE, 3]] },
    // Deleted later: the layer keeps it.
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN rm .env\n', context: [app, env], expect: [[CODE, 3]] },
    // A .dockerignore that misses it.
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\n', context: [app, env], dockerignore: 'node_modules\n', expect: [[CODE, 3]] },
  ],
});

describe('secretKind', () => {
  test.each([
    ['/app/.env', 'X=1', 'environment file'],
    ['/app/.env.production', 'X=1', 'environment file'],
    ['/app/.env.example', 'X=', undefined],
    ['/root/.ssh/id_ed25519', undefined, 'SSH private key'],
    ['/root/.ssh/id_ed25519.pub', 'ssh-ed25519 AAAA', undefined],
    ['/app/tls.key', '-----BEGIN PRIVATE KEY-----', 'private key'],
    ['/app/big.pem', undefined, 'possible private key'],
    ['/app/ca.pem', '-----BEGIN CERTIFICATE-----', undefined],
    ['/app/.npmrc', '//r/:_authToken=x', 'npm token'],
    ['/app/.npmrc', 'registry=https://r/', undefined],
    ['/home/app/.aws/credentials', '[default]', 'AWS credentials'],
    ['/app/store.p12', undefined, 'key store'],
    ['/app/server.js', 'x', undefined],
  ] as const)('%s', (path, text, kind) => {
    expect(secretKind(path, () => text)).toBe(kind);
  });
});
