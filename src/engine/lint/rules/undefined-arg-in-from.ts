import { suggest } from '../../dockerfile/index.ts';
import { buildCheck, defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';

/** `FROM node:${NODE_VERSION}` with no `ARG NODE_VERSION` before the first FROM. */
export const undefinedArgInFrom = defineRule({
  meta: {
    id: 'undefined-arg-in-from',
    severity: 'warning',
    sources: [{ tool: 'buildkit', code: 'UndefinedArgInFrom' }],
    title: 'FROM uses an ARG that was not declared',
    explanation:
      'A FROM line can only use ARGs declared before the first FROM (and BuildKit\'s automatic ones like `$BUILDPLATFORM`). Anything else expands to an empty string, so `FROM node:${NODE_VERSION}` becomes `FROM node:` and fails — or, with a default form like `${TAG:-latest}`, quietly pulls something you did not mean.',
    suggestion: 'Declare it at the top of the file: `ARG NODE_VERSION=22` before the first FROM.',
    needs: ['expansion'],
    examples: {
      bad: [{ dockerfile: 'FROM node:${NODE_VERSION}-slim\n' }],
      good: [{ dockerfile: 'ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-slim\n' }],
    },
  },
  step(_state, instruction, { expansion }) {
    if (!expansion || instruction.kind !== 'from') return undefined;
    const expanded = expansion.instructions[instruction.index];
    if (!expanded || expanded.instruction !== instruction) return undefined;
    const keys = [...expansion.globalScope.keys()];
    const reports: Report[] = [];
    const seen = new Set<string>();
    for (const ref of expanded.references) {
      if (!ref.undefined || seen.has(ref.name)) continue;
      seen.add(ref.name);
      const match = suggest(ref.name, keys, true);
      reports.push({
        range: ref.range,
        message: match ? `\`${ref.name}\` is not declared before FROM; did you mean \`${match}\`?` : `\`${ref.name}\` is not declared before the first FROM, so it expands to an empty string.`,
        codes: [buildCheck('UndefinedArgInFrom', `FROM argument '${ref.name}' is not declared${match ? ` (did you mean ${match}?)` : ''}`, instruction.startLine)],
      });
    }
    return reports;
  },
});
