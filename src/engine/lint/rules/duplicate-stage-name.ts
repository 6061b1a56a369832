import { buildCheck, defineRule } from '../rule.ts';

/** Two stages with one name: `COPY --from` and `--target` can only mean one of them. */
export const duplicateStageName = defineRule<{ names: Map<string, number> }>({
  meta: {
    id: 'duplicate-stage-name',
    severity: 'error',
    sources: [
      { tool: 'hadolint', code: 'DL3024' },
      { tool: 'buildkit', code: 'DuplicateStageName' },
    ],
    title: 'Two stages with the same name',
    explanation:
      'Stage names are how `COPY --from=NAME`, `FROM NAME` and `docker build --target NAME` find a stage. With two stages of the same name (compared without regard to case) those references become ambiguous; BuildKit refuses to build such a file.',
    suggestion: 'Give every stage its own name, e.g. `build`, `test`, `runtime`.',
    examples: {
      bad: [{ dockerfile: 'FROM golang:1.23 AS build\nRUN go build ./...\nFROM golang:1.23 AS build\nRUN go test ./...\n' }],
      good: [{ dockerfile: 'FROM golang:1.23 AS build\nRUN go build ./...\nFROM golang:1.23 AS test\nRUN go test ./...\n' }],
    },
  },
  init: () => ({ names: new Map() }),
  step(state, instruction) {
    if (instruction.kind !== 'from' || !instruction.alias) return undefined;
    const name = instruction.alias.value.toLowerCase();
    const first = state.names.get(name);
    if (first === undefined) {
      state.names.set(name, instruction.startLine);
      return undefined;
    }
    return [
      {
        range: instruction.alias.range,
        message: `A stage called \`${name}\` is already defined on line ${first}; stage names must be unique.`,
        codes: ['DL3024', buildCheck('DuplicateStageName', `Duplicate stage name ${JSON.stringify(name)}, stage names should be unique`)],
      },
    ];
  },
});
