import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { mentionsVariable } from '../variable-mentions.ts';

/** `ENV A=1 B=$A`: all values of one ENV are expanded before any of them is set, so B gets the *old* A. */
export const envSelfReference = defineRule<{ declared: Set<string> }>({
  meta: {
    id: 'env-self-reference',
    severity: 'error',
    sources: [{ tool: 'hadolint', code: 'DL3044' }],
    title: 'ENV uses a variable it sets itself',
    explanation:
      'Docker expands every value of an ENV instruction first and sets the variables afterwards. In `ENV DIR=/opt/app BIN=$DIR/bin`, `$DIR` is therefore whatever DIR was *before* this line — usually empty — so BIN becomes `/bin`, not `/opt/app/bin`.',
    suggestion: 'Split it into two ENV instructions: `ENV DIR=/opt/app` then `ENV BIN=$DIR/bin`.',
    examples: {
      bad: [{ dockerfile: 'FROM debian:bookworm-slim\nENV APP_HOME=/opt/app APP_BIN=$APP_HOME/bin\n' }],
      good: [{ dockerfile: 'FROM debian:bookworm-slim\nENV APP_HOME=/opt/app\nENV APP_BIN=$APP_HOME/bin\n' }],
    },
  },
  init: () => ({ declared: new Set() }),
  step(state, instruction) {
    if (instruction.kind === 'arg') {
      for (const pair of instruction.pairs) state.declared.add(pair.key);
      return undefined;
    }
    if (instruction.kind !== 'env') return undefined;
    const reports: Report[] = [];
    const pairs = instruction.pairs;
    pairs.forEach((pair, i) => {
      // A variable declared before this ENV is a deliberate reference to its old value.
      if (state.declared.has(pair.key)) return;
      const user = pairs.slice(i + 1).find((later) => mentionsVariable(later.value ?? '', pair.key));
      if (user) {
        reports.push({
          range: user.valueRange ?? user.range,
          message: `\`$${pair.key}\` here is the value from before this ENV, not \`${pair.value ?? ''}\`; set it in an earlier ENV.`,
        });
      }
    });
    for (const pair of pairs) state.declared.add(pair.key);
    return reports;
  },
});
