import { suggest } from '../../dockerfile/index.ts';
import { buildCheck, defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';

/** `COPY $APP_DIR .` where nothing defined APP_DIR: it silently expands to an empty string. */
/** "did you mean" answers per scope: many instructions share a scope, and the search is the slow part. */
interface State {
  readonly suggestions: WeakMap<ReadonlyMap<string, unknown>, Map<string, string | undefined>>;
}

export const undefinedVariable = defineRule<State>({
  meta: {
    id: 'undefined-variable',
    severity: 'warning',
    sources: [{ tool: 'buildkit', code: 'UndefinedVar' }],
    title: 'Variable used before it is defined',
    explanation:
      'Docker expands `$NAME` in instructions like COPY, ENV, WORKDIR and LABEL from the ARGs and ENVs defined *above* them in the same stage (plus those of the base image). A variable that is not defined there — a typo, an ARG declared only before FROM, an ENV of another stage — becomes an empty string without any error, so paths and values go quietly wrong.',
    suggestion: 'Define it first (`ARG NAME` or `ENV NAME=value` earlier in this stage), or fix the spelling. A global ARG must be declared again inside the stage to be visible there.',
    needs: ['expansion'],
    examples: {
      bad: [{ dockerfile: 'FROM alpine:3.20\nARG APP_DIR=/app\nCOPY . $APPDIR\n' }],
      good: [{ dockerfile: 'FROM alpine:3.20\nARG APP_DIR=/app\nCOPY . $APP_DIR\n' }],
    },
  },
  init: () => ({ suggestions: new WeakMap() }),
  step(state, instruction, { expansion }) {
    if (!expansion || instruction.kind === 'from') return undefined;
    const expanded = expansion.instructions[instruction.index];
    if (!expanded || expanded.instruction !== instruction) return undefined;
    const reports: Report[] = [];
    const seen = new Set<string>();
    for (const ref of expanded.references) {
      if (!ref.undefined || seen.has(ref.name)) continue;
      seen.add(ref.name);
      let cache = state.suggestions.get(expanded.scope);
      if (!cache) state.suggestions.set(expanded.scope, (cache = new Map()));
      if (!cache.has(ref.name)) cache.set(ref.name, suggest(ref.name, [...expanded.scope.keys()], true));
      const match = cache.get(ref.name);
      reports.push({
        range: ref.range,
        message: match ? `\`$${ref.name}\` is not defined at this point; did you mean \`$${match}\`?` : `\`$${ref.name}\` is not defined at this point, so it expands to an empty string.`,
        codes: [buildCheck('UndefinedVar', `Usage of undefined variable '$${ref.name}'${match ? ` (did you mean $${match}?)` : ''}`, instruction.startLine)],
      });
    }
    return reports;
  },
});
