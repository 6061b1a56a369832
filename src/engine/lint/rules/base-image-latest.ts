import { defineRule } from '../rule.ts';

/** `FROM image:latest` — the tag moves, so the same Dockerfile builds a different image next month. */
export const baseImageLatest = defineRule({
  meta: {
    id: 'base-image-latest',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3007' }],
    title: 'The base image is tagged `latest`',
    explanation:
      '`latest` is just a tag the image maintainers move to each new release. Building the same Dockerfile next month can give you a different major version, a different OS release underneath and different libraries — and BuildKit will not reuse your cache, because it keys FROM on the image digest.',
    suggestion: 'Name the version and variant you tested with, e.g. `python:3.12-slim`, or pin a digest (`@sha256:…`).',
    examples: {
      bad: [{ dockerfile: 'FROM debian:latest\nCMD ["bash"]\n' }],
      good: [
        { dockerfile: 'FROM debian:bookworm-slim\nCMD ["bash"]\n' },
        { dockerfile: 'FROM debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n', note: 'A digest pins the exact bytes, whatever the tag says.' },
      ],
    },
  },
  step(_state, instruction) {
    if (instruction.kind !== 'from' || !instruction.image) return undefined;
    const { image } = instruction;
    if (image.tag !== 'latest' || image.digest !== undefined || !image.tagRange) return undefined;
    return [{ range: image.tagRange, message: `\`${image.name}:latest\` moves with every release; pin a version.` }];
  },
});
