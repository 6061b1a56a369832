import type { UserInstruction } from '../../dockerfile/index.ts';
import { defineRule } from '../rule.ts';

function isRoot(user: string): boolean {
  return user === 'root' || user === '0' || user.startsWith('root:') || user.startsWith('0:');
}

/** The last USER of each stage. */
interface State {
  readonly last: Map<number, UserInstruction>;
}

/** The image runs as root because the last USER said so. */
export const lastUserRoot = defineRule<State>({
  meta: {
    id: 'last-user-root',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3002' }],
    title: 'The image runs as root',
    explanation:
      'The last USER instruction decides who runs the container. As root, a bug in your app — or in any library it uses — lets an attacker change everything in the container, and with a misconfigured mount or a kernel bug, on the host. Switching to root for installing is fine; switch back before the end.',
    suggestion: 'End the final stage with an unprivileged user: `USER 10001` (or a user you created, e.g. `USER app`).',
    examples: {
      bad: [{ dockerfile: 'FROM node:22-slim\nUSER root\nRUN npm ci\nCMD ["node", "server.js"]\n' }],
      good: [{ dockerfile: 'FROM node:22-slim\nUSER root\nRUN npm ci\nUSER node\nCMD ["node", "server.js"]\n' }],
    },
  },
  init: () => ({ last: new Map() }),
  step(state, instruction) {
    if (instruction.kind === 'user' && instruction.stageIndex !== undefined) state.last.set(instruction.stageIndex, instruction);
    return undefined;
  },
  done(state, { facts }) {
    // The user of the image is the last USER along the final stage and the stages it is built FROM.
    const final = facts.stages.length - 1;
    for (let i: number | undefined = final; i !== undefined && i >= 0; i = facts.stages[i]!.baseStage) {
      const user = state.last.get(i);
      if (!user) continue;
      if (!user.user || !isRoot(user.user.value)) return undefined;
      return [{ range: user.range, instruction: user, message: 'The image ends up running as root because of this USER; switch to an unprivileged user after it.' }];
    }
    return undefined;
  },
});
