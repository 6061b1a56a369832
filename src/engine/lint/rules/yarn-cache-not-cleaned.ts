import { defineRule } from '../rule.ts';
import { after, hasArg, hasCacheOrTmpfsMount, indexOfCommand, isCommand, runOf, runScript, commandsOf } from '../shell-queries.ts';

/** yarn (v1) keeps every downloaded package in its global cache. */
export const yarnCacheNotCleaned = defineRule({
  meta: {
    id: 'yarn-cache-not-cleaned',
    severity: 'info',
    sources: [{ tool: 'hadolint', code: 'DL3060' }],
    title: '`yarn install` without `yarn cache clean`',
    explanation:
      'yarn stores a copy of every package it downloads in its global cache (~/.cache/yarn) — as big as node_modules itself. In an image nobody reuses that cache, so unless the same RUN cleans it, the layer carries everything twice.',
    suggestion: 'End the RUN with `&& yarn cache clean`, or mount a cache: `RUN --mount=type=cache,target=/root/.cache/yarn yarn install`.',
    examples: {
      bad: [{ dockerfile: 'FROM node:22-slim\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile\n' }],
      good: [{ dockerfile: 'FROM node:22-slim\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile && yarn cache clean\n' }],
    },
  },
  step(_state, instruction, { dockerfile, facts }) {
    const script = runScript(instruction);
    const run = runOf(instruction);
    if (!script || !run) return undefined;
    const stage = facts.stageOf(instruction);
    if (stage ? !stage.inFinalImage : dockerfile.stages.length > 0) return undefined;
    const install = indexOfCommand(script, (c) => isCommand(c, ['yarn'], ['install']));
    if (install < 0) return undefined;
    const clean = indexOfCommand(script, (c) => isCommand(c, ['yarn']) && hasArg(c, 'cache') && hasArg(c, 'clean'));
    if (clean > install) return undefined;
    if (clean < 0 && hasCacheOrTmpfsMount(run, '.cache/yarn')) return undefined;
    return [
      {
        range: commandsOf(script)[install]!.range,
        message: 'yarn leaves a copy of every package in its cache in this layer; run `yarn cache clean` after installing.',
        ...(run.heredocs.length === 0 &&
          run.command && { fix: { title: 'Add yarn cache clean', edits: [{ range: after(run.command.range), text: ' \\\n && yarn cache clean' }] } }),
      },
    ];
  },
});
