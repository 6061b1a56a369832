import { describe, expect, test } from 'vitest';
import { describeRule } from '../testing/rule-table.ts';
import { buildToolsInFinalImage } from './build-tools-in-final-image.ts';
import { parseDockerfile } from '../../dockerfile/index.ts';
import { runLint } from '../run-lint.ts';
import { lintOptionsFor } from '../testing/rule-table.ts';

const CODE = 'build-tools-in-final-image';
const goApp = [
  { path: 'main.go', content: 'package main\nfunc main() {}\n' },
  { path: 'go.mod', content: 'module app\n' },
];

describeRule(buildToolsInFinalImage, {
  valid: [
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n',
    'FROM node:22-slim\nCMD ["node"]\n',
    'FROM eclipse-temurin:21-jre\nCMD ["java", "-version"]\n',
    // Tools in a build stage only.
    { dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\nCMD ["/app"]\n', context: goApp },
    // Installed and removed in the same RUN (Alpine's virtual package).
    'FROM alpine:3.21\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && echo build && apk del .build-deps\n',
    // curl and ca-certificates are not build tools.
    'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*\n',
  ],
  invalid: [
    // The toolchain comes with the base image: reported on FROM.
    { dockerfile: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\nCMD ["/app"]\n', context: goApp, expect: [[CODE, 1]] },
    { dockerfile: 'FROM eclipse-temurin:21-jdk\nCMD ["java", "-version"]\n', expect: [[CODE, 1]] },
    // Installed by a RUN of this Dockerfile: reported on that RUN.
    { dockerfile: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev && rm -rf /var/lib/apt/lists/*\n', expect: [[CODE, 2]] },
    { dockerfile: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential git && rm -rf /var/lib/apt/lists/*\nCMD ["bash"]\n', expect: [[CODE, 2]] },
    { dockerfile: 'FROM alpine:3.21\nRUN apk add --no-cache build-base\n', expect: [[CODE, 2]] },
    // Both: a full image and a RUN.
    // (The full image already has libpq-dev and friends from buildpack-deps; cmake is new.)
    { dockerfile: 'FROM python:3.12\nRUN apt-get update && apt-get install -y --no-install-recommends cmake && rm -rf /var/lib/apt/lists/*\n', expect: [[CODE, 1], [CODE, 2]] },
    // The final stage is built FROM a stage that installed them.
    { dockerfile: 'FROM alpine:3.21 AS base\nRUN apk add --no-cache make\nFROM base\nCMD ["sh"]\n', expect: [[CODE, 2]] },
  ],
});

describe('build-tools-in-final-image messages', () => {
  const message = (dockerfile: string) => {
    const tree = parseDockerfile(dockerfile);
    return runLint(tree, lintOptionsFor(buildToolsInFinalImage, tree)).map((f) => f.message);
  };
  test.each([
    ['FROM golang:1.23\nCMD ["go"]\n', /`golang:1.23`.*the Go toolchain/],
    ['FROM eclipse-temurin:21-jdk\n', /a JDK/],
    ['FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev libssl-dev && rm -rf /var/lib/apt/lists/*\n', /gcc.*-dev packages/],
  ])('%j names what it found', (dockerfile, pattern) => {
    expect(message(dockerfile).join('\n')).toMatch(pattern);
  });
});
