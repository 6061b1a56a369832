import { buildCheck, defineRule } from '../rule.ts';
import { isValidReference } from '../image-reference.ts';

/** `ARG TAG` (no default) then `FROM node:$TAG`: without `--build-arg TAG=…` the image is `node:`. */
export const invalidDefaultArgInFrom = defineRule({
  meta: {
    id: 'invalid-default-arg-in-from',
    severity: 'warning',
    sources: [{ tool: 'buildkit', code: 'InvalidDefaultArgInFrom' }],
    title: 'FROM only works when a build argument is passed',
    explanation:
      'With the ARG defaults alone, this FROM expands to an empty or malformed image name (`node:` or an empty string), so the Dockerfile only builds when someone remembers the right `--build-arg`. Giving the ARG a default makes a plain `docker build .` work.',
    suggestion: 'Give the ARG a valid default: `ARG NODE_VERSION=22` (it can still be overridden with `--build-arg`).',
    needs: ['expansion'],
    examples: {
      bad: [{ dockerfile: 'ARG NODE_VERSION\nFROM node:${NODE_VERSION}\n' }],
      good: [{ dockerfile: 'ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}\n' }],
    },
  },
  step(_state, instruction, { expansion }) {
    if (!expansion || instruction.kind !== 'from' || !instruction.image?.hasVariables || instruction.stageIndex === undefined) return undefined;
    const expanded = expansion.instructions[instruction.index];
    if (!expanded || expanded.instruction !== instruction || expanded.errors.length > 0) return undefined;
    const image = expanded.words.find((w) => w.field === 'image')?.value ?? '';
    if (isValidReference(image)) return undefined;
    return [
      {
        range: instruction.image.range,
        message: image === '' ? 'With the ARG defaults this image name is empty; give the ARG a default.' : `With the ARG defaults this image is \`${image}\`, which is not a valid name; give the ARG a default.`,
        codes: [buildCheck('InvalidDefaultArgInFrom', `Default value for ARG ${instruction.image.text} results in empty or invalid base image name`)],
      },
    ];
  },
});
