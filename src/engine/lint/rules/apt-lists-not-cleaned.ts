import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { after, commandsCalled, hasCacheOrTmpfsMount, operands, runOf, runScript, wordText } from '../shell-queries.ts';

/**
 * `apt-get update` downloads the package lists (tens of MB) into /var/lib/apt/lists. Removing them in a later
 * RUN does not shrink the image: the layer that wrote them keeps them.
 */
export const aptListsNotCleaned = defineRule({
  meta: {
    id: 'apt-lists-not-cleaned',
    severity: 'info',
    sources: [{ tool: 'hadolint', code: 'DL3009' }],
    title: 'apt package lists left in the image',
    explanation:
      '`apt-get update` downloads the index of every package in the distribution into /var/lib/apt/lists — often 20–50 MB. They are only needed while installing. Deleting them in the *same* RUN keeps them out of the layer; deleting them in a later RUN does not make the image any smaller, because the earlier layer still holds them.',
    suggestion:
      'End the RUN that calls `apt-get update` with `&& rm -rf /var/lib/apt/lists/*`, or keep the lists out of the layer with `RUN --mount=type=cache,target=/var/lib/apt/lists …`.',
    examples: {
      bad: [{ dockerfile: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n' }],
      good: [
        { dockerfile: 'FROM debian:bookworm-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n' },
        {
          dockerfile: 'FROM golang:1.23 AS build\nRUN apt-get update && apt-get install -y --no-install-recommends git\nFROM alpine:3.20\nCOPY --from=build /go/bin/ /usr/local/bin/\n',
          note: 'A build stage that the final image is not built FROM leaves its files behind.',
        },
      ],
    },
  },
  step(_state, instruction, { dockerfile, facts }) {
    const script = runScript(instruction);
    const run = runOf(instruction);
    if (!script || !run) return undefined;
    // Only stages whose files end up in the image matter (a RUN before any FROM: only in a file with no FROM).
    const stage = facts.stageOf(instruction);
    if (stage ? !stage.inFinalImage : dockerfile.stages.length > 0) return undefined;
    const updates = commandsCalled(script, ['apt-get', 'apt', 'aptitude'], ['update']);
    if (updates.length === 0) return undefined;
    const cleaned = commandsCalled(script, ['rm']).some((rm) => operands(rm).some((w) => wordText(w).startsWith('/var/lib/apt/lists')));
    if (cleaned) return undefined;
    // hadolint's reading of cache mounts: the lists themselves, or both apt directories.
    if (hasCacheOrTmpfsMount(run, '/var/lib/apt/lists')) return undefined;
    if (hasCacheOrTmpfsMount(run, '/var/lib/apt') && hasCacheOrTmpfsMount(run, '/var/cache/apt')) return undefined;
    const command = run.command;
    const fix =
      command && run.heredocs.length === 0
        ? { title: 'Remove the lists in the same RUN', edits: [{ range: after(command.range), text: ' \\\n && rm -rf /var/lib/apt/lists/*' }] }
        : undefined;
    const report: Report = {
      range: updates[0]!.range,
      message: 'The package lists downloaded here stay in this layer; remove /var/lib/apt/lists/* in the same RUN.',
      ...(fix && { fix }),
    };
    return [report];
  },
});
