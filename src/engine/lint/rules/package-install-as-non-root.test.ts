import { describe, expect, test } from 'vitest';
import { describeRule, lintOptionsFor } from '../testing/rule-table.ts';
import { packageInstallAsNonRoot } from './package-install-as-non-root.ts';
import { parseDockerfile } from '../../dockerfile/index.ts';
import { build } from '../../build/index.ts';
import { runLint } from '../run-lint.ts';

const CODE = 'package-install-as-non-root';

describeRule(packageInstallAsNonRoot, {
  valid: [
    'FROM node:22-slim\nRUN apt-get update && apt-get install -y curl\nUSER node\n',
    'FROM node:22-slim\nUSER node\nUSER root\nRUN apt-get update\nUSER node\n',
    'FROM node:22-slim\nUSER 0\nRUN apt-get update\n',
    'FROM node:22-slim\nUSER root:staff\nRUN apt-get update\n',
    // Reading the package database is fine as any user.
    'FROM debian:bookworm-slim\nUSER nobody\nRUN apt-cache policy curl && dpkg -l\n',
    // A variable: not known here.
    'FROM node:22-slim\nARG U=node\nUSER $U\nRUN apt-get update\n',
    // The next stage starts from its own base image's user.
    'FROM node:22-slim AS a\nUSER node\nFROM debian:bookworm-slim\nRUN apt-get update\n',
    // Not a package manager write.
    'FROM node:22-slim\nUSER node\nRUN npm ci\n',
  ],
  invalid: [
    { dockerfile: 'FROM node:22-slim\nUSER node\nRUN apt-get update && apt-get install -y curl\n', expect: [[CODE, 3]] },
    { dockerfile: 'FROM alpine:3.21\nRUN adduser -D app\nUSER app\nRUN apk add --no-cache curl\n', expect: [[CODE, 4]] },
    { dockerfile: 'FROM debian:bookworm-slim\nUSER 1000:1000\nRUN dpkg -i /tmp/x.deb\n', expect: [[CODE, 3]] },
    { dockerfile: 'FROM fedora:40\nUSER 1001\nRUN dnf -y install git\n', expect: [[CODE, 3]] },
    // A stage built FROM a stage that switched users starts as that user.
    { dockerfile: 'FROM node:22-slim AS base\nUSER node\nFROM base\nRUN apt-get -y install curl\n', expect: [[CODE, 4]] },
  ],
  fixes: [
    {
      dockerfile: 'FROM node:22-slim\nUSER node\nRUN apt-get update\nCMD ["node"]\n',
      fixed: 'FROM node:22-slim\nUSER node\nUSER root\nRUN apt-get update\nUSER node\nCMD ["node"]\n',
    },
  ],
});

describe('package-install-as-non-root with the simulated build', () => {
  test('quotes what Docker prints when the step fails', () => {
    const dockerfile = 'FROM node:22-slim\nUSER node\nRUN apt-get update && apt-get install -y curl\n';
    const tree = parseDockerfile(dockerfile);
    const built = build({ dockerfile: tree });
    expect(built.ok).toBe(false);
    const [finding] = runLint(tree, { ...lintOptionsFor(packageInstallAsNonRoot, tree), build: built });
    expect(finding?.message).toMatch(/runs as `node` \(USER on line 2\)\. Docker stops here: "E: Could not open lock file/);
  });
});
