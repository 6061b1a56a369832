import { defineRule } from '../rule.ts';
import { after, commandsCalled, hasAnyFlag, hasArg, runScript } from '../shell-queries.ts';

/** wget's default progress bar turns into thousands of log lines when output is not a terminal. */
export const wgetWithoutProgress = defineRule({
  meta: {
    id: 'wget-without-progress',
    severity: 'info',
    sources: [{ tool: 'hadolint', code: 'DL3047' }],
    title: '`wget` without a progress setting',
    explanation:
      'When its output is not a terminal — as in a build — wget falls back to printing a dot for every few kilobytes. A large download fills the build log with thousands of lines, hiding the messages that matter and slowing CI log viewers.',
    suggestion: 'Add `--progress=dot:giga` (one dot per megabyte-ish), or `-q` / `-nv` for quiet output.',
    examples: {
      bad: [{ dockerfile: 'FROM debian:bookworm-slim\nRUN wget https://example.com/tool.tar.gz\n' }],
      good: [{ dockerfile: 'FROM debian:bookworm-slim\nRUN wget --progress=dot:giga https://example.com/tool.tar.gz\n' }],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    if (!script) return undefined;
    return commandsCalled(script, ['wget'])
      .filter(
        (cmd) =>
          !hasAnyFlag(cmd, 'progress', 'q', 'quiet', 'o', 'output-file', 'a', 'append-output', 'no-verbose') && !hasArg(cmd, '-nv'),
      )
      .map((cmd) => ({
        range: cmd.range,
        message: 'wget will print a progress dot for every few KB into the build log; add `--progress=dot:giga`.',
        fix: { title: 'Add --progress=dot:giga', edits: [{ range: after(cmd.name!.range), text: ' --progress=dot:giga' }] },
      }));
  },
});
