import { buildCheck, defineRule } from '../rule.ts';
import type { CodeReport } from '../rule.ts';
import { parsePlatform } from '../image-reference.ts';

/** `FROM --platform=linux/amd64` pins one architecture, so `docker build --platform` can no longer change it. */
export const fromPlatformConstant = defineRule({
  meta: {
    id: 'from-platform-constant',
    severity: 'warning',
    sources: [
      { tool: 'hadolint', code: 'DL3029' },
      { tool: 'buildkit', code: 'FromPlatformFlagConstDisallowed' },
    ],
    title: 'FROM with a fixed `--platform`',
    explanation:
      'A fixed `--platform=linux/amd64` makes that stage always use the amd64 image. On an Apple-silicon Mac or an arm64 server it then runs under emulation (slow) or produces binaries for the wrong machine, and `docker build --platform …` cannot change it. The build platform variables exist for this: `$BUILDPLATFORM` for stages that compile, the default (target platform) for the rest.',
    suggestion: 'Drop the flag, or use `--platform=$BUILDPLATFORM` for a cross-compiling build stage.',
    examples: {
      bad: [{ dockerfile: 'FROM --platform=linux/amd64 node:22-slim\n' }],
      good: [
        { dockerfile: 'FROM node:22-slim\n' },
        { dockerfile: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .\n' },
      ],
    },
  },
  step(_state, instruction) {
    if (instruction.kind !== 'from' || !instruction.platform?.value) return undefined;
    const value = instruction.platform.value;
    const codes: (string | CodeReport)[] = [];
    // hadolint accepts only the build and target platform variables.
    if (!value.includes('BUILDPLATFORM') && !value.includes('TARGETPLATFORM')) codes.push('DL3029');
    // BuildKit: a constant that parses as a platform, unless the stage name mentions its OS or architecture.
    const platform = value.includes('$') ? undefined : parsePlatform(value);
    const stageName = instruction.alias?.value.toLowerCase() ?? '';
    if (platform && !stageName.includes(platform.os) && !stageName.includes(platform.architecture)) {
      codes.push(buildCheck('FromPlatformFlagConstDisallowed', `FROM --platform flag should not use constant value ${JSON.stringify(value)}`));
    }
    if (codes.length === 0) return undefined;
    return [{ range: instruction.platform.range, message: `\`--platform=${value}\` fixes this stage to one platform; drop it or use $BUILDPLATFORM.`, codes }];
  },
});
