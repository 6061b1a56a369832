import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { after, argWord, commandsCalled, hasAnyFlag, hasCacheOrTmpfsMount, runOf, runScript } from '../shell-queries.ts';

/** Without `--no-cache`, apk keeps the repository index it downloaded in /var/cache/apk. */
export const apkAddWithoutNoCache = defineRule({
  meta: {
    id: 'apk-add-without-no-cache',
    severity: 'info',
    sources: [{ tool: 'hadolint', code: 'DL3019' }],
    title: '`apk add` without `--no-cache`',
    explanation:
      '`apk add` needs the repository index; unless told otherwise it keeps a copy in /var/cache/apk, which then sits in the layer for good. `--no-cache` fetches the index for this one command and leaves nothing behind — no `apk update` and no `rm -rf /var/cache/apk/*` needed.',
    suggestion: 'Write `apk add --no-cache …`, or mount a cache: `RUN --mount=type=cache,target=/var/cache/apk apk add …`.',
    examples: {
      bad: [{ dockerfile: 'FROM alpine:3.20\nRUN apk update && apk add curl=8.9.1-r2\n' }],
      good: [{ dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2\n' }],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    const run = runOf(instruction);
    if (!script || !run || hasCacheOrTmpfsMount(run, '/var/cache/apk')) return undefined;
    const reports: Report[] = [];
    for (const cmd of commandsCalled(script, ['apk'], ['add'])) {
      if (hasAnyFlag(cmd, 'no-cache')) continue;
      reports.push({
        range: cmd.range,
        message: 'This `apk add` leaves its package index in /var/cache/apk; add `--no-cache`.',
        fix: { title: 'Add --no-cache', edits: [{ range: after(argWord(cmd, 'add')!.range), text: ' --no-cache' }] },
      });
    }
    return reports;
  },
});
