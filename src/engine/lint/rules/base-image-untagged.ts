import { defineRule } from '../rule.ts';

/** `FROM image` with no tag means `image:latest`. Stage names, `scratch` and variables are not images to tag. */
export const baseImageUntagged = defineRule<{ stages: Set<string> }>({
  meta: {
    id: 'base-image-untagged',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3006' }],
    title: 'The base image has no tag',
    explanation:
      'An image named without a tag is pulled as `:latest`, which the maintainers move to every new release. The Dockerfile stays the same while the image under it changes — a new major version can break your build or your app without any change on your side.',
    suggestion: 'Add the version and variant you tested with, e.g. `FROM node:22-slim` instead of `FROM node`.',
    examples: {
      bad: [{ dockerfile: 'FROM node\nCMD ["node", "server.js"]\n' }],
      good: [
        { dockerfile: 'FROM node:22-slim\nCMD ["node", "server.js"]\n' },
        { dockerfile: 'FROM golang:1.23 AS build\nRUN go version\nFROM build AS test\nRUN go vet ./...\n', note: 'A stage built earlier in the file needs no tag.' },
        { dockerfile: 'FROM scratch\nCOPY app /app\n' },
      ],
    },
  },
  init: () => ({ stages: new Set<string>() }),
  step(state, instruction) {
    if (instruction.kind !== 'from') return undefined;
    const image = instruction.image;
    const alias = instruction.alias?.value.toLowerCase();
    const reports =
      image &&
      image.tag === undefined &&
      image.digest === undefined &&
      !image.hasVariables &&
      image.name.toLowerCase() !== 'scratch' &&
      !state.stages.has(image.name.toLowerCase())
        ? [{ range: image.range, message: `\`${image.name}\` has no tag, so it means \`${image.name}:latest\`; name a version.` }]
        : undefined;
    if (alias) state.stages.add(alias);
    return reports;
  },
});
