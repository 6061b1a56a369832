import { buildCheck, defineRule } from '../rule.ts';

/** `AS BuildStage`: BuildKit lower-cases stage names, so the capitals only mislead. */
export const stageNameCasing = defineRule({
  meta: {
    id: 'stage-name-casing',
    severity: 'warning',
    sources: [{ tool: 'buildkit', code: 'StageNameCasing' }],
    title: 'Stage name with capital letters',
    explanation:
      'BuildKit treats stage names case-insensitively and stores them in lower case: `AS Builder` is the stage `builder`, found by `--target builder` and `COPY --from=BUILDER` alike. Writing names in lower case matches what tools will show.',
    suggestion: 'Write the stage name in lower case: `FROM golang:1.23 AS builder`.',
    examples: {
      bad: [{ dockerfile: 'FROM golang:1.23 AS Builder\n' }],
      good: [{ dockerfile: 'FROM golang:1.23 AS builder\n' }],
    },
  },
  step(_state, instruction) {
    if (instruction.kind !== 'from' || !instruction.alias || instruction.args.length !== 3) return undefined;
    const name = instruction.alias.value;
    if (name === name.toLowerCase()) return undefined;
    return [
      {
        range: instruction.alias.range,
        message: `Stage names are lower case to BuildKit; write \`${name.toLowerCase()}\`.`,
        codes: [buildCheck('StageNameCasing', `Stage name '${name}' should be lowercase`)],
        fix: { title: `Rename to ${name.toLowerCase()}`, edits: [{ range: instruction.alias.range, text: name.toLowerCase() }] },
      },
    ];
  },
});
