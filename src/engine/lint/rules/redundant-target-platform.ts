import { buildCheck, defineRule } from '../rule.ts';

/** `FROM --platform=$TARGETPLATFORM` says what FROM does anyway. */
export const redundantTargetPlatform = defineRule({
  meta: {
    id: 'redundant-target-platform',
    severity: 'warning',
    sources: [
      { tool: 'hadolint', code: 'DL3065' },
      { tool: 'buildkit', code: 'RedundantTargetPlatform' },
    ],
    title: '`FROM --platform=$TARGETPLATFORM` is the default',
    explanation:
      'Every FROM already pulls the image for the target platform, the one chosen with `docker build --platform`. Spelling it out adds noise and suggests the stage is special when it is not.',
    suggestion: 'Remove `--platform=$TARGETPLATFORM`.',
    examples: {
      bad: [{ dockerfile: 'FROM --platform=$TARGETPLATFORM alpine:3.20\n' }],
      good: [{ dockerfile: 'FROM alpine:3.20\n' }],
    },
  },
  step(_state, instruction) {
    if (instruction.kind !== 'from' || !instruction.platform) return undefined;
    const flag = instruction.platform;
    const value = flag.value ?? '';
    if (value !== '$TARGETPLATFORM' && value !== '${TARGETPLATFORM}') return undefined;
    const image = instruction.image;
    const end = image && image.range.start.line === flag.range.end.line ? image.range.start : flag.range.end;
    return [
      {
        range: flag.range,
        message: '`--platform=$TARGETPLATFORM` is what FROM does by default; remove it.',
        codes: ['DL3065', buildCheck('RedundantTargetPlatform', `Setting platform to predefined ${value} in FROM is redundant as this is the default behavior`)],
        fix: { title: 'Remove the flag', edits: [{ range: { start: flag.range.start, end }, text: '' }] },
      },
    ];
  },
});
