import { defineRule } from '../rule.ts';
import { parseHadolintPragma } from '../pragmas.ts';

/** Off by default (as in hadolint): for teams that want every exception in the shared config file. */
export const inlineIgnorePragma = defineRule({
  meta: {
    id: 'inline-ignore-pragma',
    severity: 'info',
    sources: [{ tool: 'hadolint', code: 'DL1001', off: 'ignored-by-default' }],
    title: 'Inline `# hadolint ignore=` pragma',
    explanation:
      'An inline pragma silences a check for one instruction, right where nobody reviewing the lint configuration will see it. Some teams prefer all exceptions in one reviewed place, the `.hadolint.yaml` `ignored` list. This check is off unless turned on in the configuration.',
    suggestion: 'Fix the finding, or move the exception into the `ignored` list of .hadolint.yaml.',
    examples: {
      bad: [{ dockerfile: 'FROM debian:bookworm-slim\n# hadolint ignore=DL3008\nRUN apt-get update && apt-get install -y curl\n' }],
      good: [{ dockerfile: 'FROM debian:bookworm-slim\n# curl is pinned by the base image digest\nRUN apt-get update && apt-get install -y curl\n' }],
    },
  },
  done(_state, { dockerfile }) {
    return dockerfile.comments
      .filter((c) => parseHadolintPragma(c.text)?.scope === 'next-line')
      .map((c) => ({ range: c.range, message: 'An inline ignore pragma hides this exception from the shared configuration.' }));
  },
});
