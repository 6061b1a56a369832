import { defineRule } from '../rule.ts';
import { mentionsVariable } from '../variable-mentions.ts';

/** A user *name* is looked up in the image's /etc/passwd; a UID works everywhere, including with a read-only rootfs. */
export const userNotNumeric = defineRule<{ args: Set<string> }>({
  meta: {
    id: 'user-not-numeric',
    severity: 'info',
    sources: [{ tool: 'hadolint', code: 'DL3066' }],
    title: 'USER given by name, not by number',
    explanation:
      'A user name only means something inside the image, through /etc/passwd. Kubernetes `runAsNonRoot` cannot verify a name, volume permissions on the host are set by number, and an image without that passwd entry fails to start. A numeric UID (and GID) is unambiguous.',
    suggestion: 'Use the numeric id: `USER 10001:10001` (create the user with that UID in an earlier RUN).',
    examples: {
      bad: [{ dockerfile: 'FROM node:22-slim\nUSER node\n' }],
      good: [{ dockerfile: 'FROM node:22-slim\nUSER 1000:1000\n' }],
    },
  },
  init: () => ({ args: new Set() }),
  step(state, instruction) {
    if (instruction.kind === 'arg') for (const pair of instruction.pairs) state.args.add(pair.key);
    if (instruction.kind !== 'user' || !instruction.user) return undefined;
    const user = instruction.user.value.split(':')[0]!;
    if (/^\d*$/.test(user) || [...state.args].some((a) => mentionsVariable(user, a))) return undefined;
    return [{ range: instruction.user.range, message: `\`${user}\` is a name; only the image's /etc/passwd knows its UID. Use the number.` }];
  },
});
