import { defineRule } from '../rule.ts';
import { commandName, commandsOf, runScript } from '../shell-queries.ts';

/** Tools used so far in the current stage. */
interface State {
  readonly used: Set<string>;
}

/** Two download tools where one would do. */
export const wgetAndCurl = defineRule<State>({
  meta: {
    id: 'wget-and-curl',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL4001' }],
    title: 'Both `wget` and `curl` in one stage',
    explanation:
      'wget and curl do the same job here: download a file. Installing both makes the image bigger and gives attackers one more network tool; using both makes the Dockerfile harder to read. Pick one for the whole stage.',
    suggestion: 'Use either `curl -fsSL …` or `wget -q …` throughout the stage, and install only that one.',
    examples: {
      bad: [{ dockerfile: 'FROM debian:bookworm-slim\nRUN wget -q https://example.com/a.tgz\nRUN curl -fsSLO https://example.com/b.tgz\n' }],
      good: [{ dockerfile: 'FROM debian:bookworm-slim\nRUN curl -fsSLO https://example.com/a.tgz\nRUN curl -fsSLO https://example.com/b.tgz\n' }],
    },
  },
  init: () => ({ used: new Set() }),
  step(state, instruction) {
    if (instruction.kind === 'from') {
      state.used.clear();
      return undefined;
    }
    const script = runScript(instruction);
    if (!script) return undefined;
    const here = commandsOf(script).filter((c) => commandName(c) === 'curl' || commandName(c) === 'wget');
    if (here.length === 0) return undefined;
    for (const c of here) state.used.add(commandName(c)!);
    if (state.used.size < 2) return undefined;
    return [{ range: here[0]!.range, message: 'This stage uses both wget and curl; settle on one of them.' }];
  },
});
