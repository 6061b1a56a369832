import { buildCheck, defineRule } from '../rule.ts';

/**
 * Experimental BuildKit check: a comment right above an ARG or a named stage is read as its description
 * (shown by `docker buildx build --call=outline`) and should start with the name it describes.
 */
export const invalidDefinitionDescription = defineRule({
  meta: {
    id: 'invalid-definition-description',
    severity: 'warning',
    sources: [{ tool: 'buildkit', code: 'InvalidDefinitionDescription', off: 'experimental' }],
    title: 'Comment above ARG or stage not in `# name description` form',
    explanation:
      'BuildKit takes the comment directly above an ARG or a named FROM as its description and shows it in `docker buildx build --call=outline`. It only recognises comments that start with the name being described. Other comments there are shown wrongly or not at all. (An experimental check: on with `# check=experimental=InvalidDefinitionDescription`.)',
    suggestion: 'Start the comment with the name (`# version the release to build`), or put an empty line or `#` line between the comment and the instruction.',
    examples: {
      bad: [{ dockerfile: '# the version to build\nARG version=1.0\nFROM alpine:3.20\n' }],
      good: [{ dockerfile: '# version the release to build\nARG version=1.0\nFROM alpine:3.20\n' }],
    },
  },
  step(_state, instruction, { facts }) {
    let names: string[];
    if (instruction.kind === 'arg') names = instruction.pairs.map((p) => p.key);
    else if (instruction.kind === 'from' && instruction.alias) names = [instruction.alias.value.toLowerCase()];
    else return undefined;
    const comments = facts.commentsAbove(instruction);
    if (comments.length === 0 || names.length === 0) return undefined;
    const first = comments[comments.length - 1]!.split(' ')[0]!;
    if (names.includes(first)) return undefined;
    const kind = instruction.kind === 'arg' ? 'ARG' : 'FROM';
    const example = names.length > 1 ? '<arg_key>' : names[0]!;
    const nodes = facts.commentNodesAbove(instruction);
    return [
      {
        range: nodes[nodes.length - 1]!.range,
        message: `A comment right above ${kind} is its description and should start with \`${example}\`.`,
        codes: [buildCheck('InvalidDefinitionDescription', `Comment for ${kind} should follow the format: \`# ${example} <description>\``, instruction.startLine)],
      },
    ];
  },
});
