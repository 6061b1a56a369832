import { defineRule } from '../rule.ts';
import { after, commandsCalled, flagValues, hasAnyFlag, runScript } from '../shell-queries.ts';

/**
 * useradd writes a record for the new UID into /var/log/lastlog, a sparse file indexed by UID. Docker's layer
 * tar does not keep it sparse, so a UID of 1,000,000 produces a ~300 MB layer.
 */
export const useraddHighUid = defineRule({
  meta: {
    id: 'useradd-high-uid',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3046' }],
    title: '`useradd` with a large UID and without `-l`',
    explanation:
      'useradd records each new user in /var/log/lastlog and /var/log/faillog, files with one fixed-size slot per UID up to the new one. On disk they are sparse, but a layer is a tar archive that stores every byte — a UID like 123456 turns them into tens of megabytes of zeros in the image.',
    suggestion: 'Add `-l` (`--no-log-init`): `useradd -l -u 123456 app`.',
    examples: {
      bad: [{ dockerfile: 'FROM debian:bookworm-slim\nRUN useradd -u 123456 app\n' }],
      good: [{ dockerfile: 'FROM debian:bookworm-slim\nRUN useradd -l -u 123456 app\n' }],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    if (!script) return undefined;
    return commandsCalled(script, ['useradd'])
      .filter((cmd) => !hasAnyFlag(cmd, 'l', 'no-log-init') && [...flagValues(cmd, 'u'), ...flagValues(cmd, 'uid')].some((uid) => uid.length > 5))
      .map((cmd) => ({
        range: cmd.range,
        message: 'This UID makes useradd write a huge /var/log/lastlog into the layer; add `-l`.',
        fix: { title: 'Add -l', edits: [{ range: after(cmd.name!.range), text: ' -l' }] },
      }));
  },
});
