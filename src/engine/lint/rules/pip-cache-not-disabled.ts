import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { isPipInstall, isPipWrapper } from '../pip-commands.ts';
import { dropQuotes } from '../path-text.ts';
import { after, argWord, commandName, commandsOf, hasArg, hasCacheOrTmpfsMount, runOf, runScript, wordText } from '../shell-queries.ts';

// Values pip reads as true for PIP_NO_CACHE_DIR (hadolint's list).
const truthy = new Set(['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES']);

interface State {
  /** Stages (by index; `undefined` before the first FROM) whose ENV sets PIP_NO_CACHE_DIR. */
  readonly noCache: Map<number | undefined, boolean>;
}

/** pip keeps every wheel it downloads or builds in ~/.cache/pip. */
export const pipCacheNotDisabled = defineRule<State>({
  meta: {
    id: 'pip-cache-not-disabled',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3042' }],
    title: '`pip install` keeps its download cache',
    explanation:
      'pip saves every package it downloads (and every wheel it builds) in ~/.cache/pip so the next install is faster. In an image there is no next install: the cache just makes the layer bigger, often by as much as the packages themselves.',
    suggestion: 'Add `--no-cache-dir`, set `ENV PIP_NO_CACHE_DIR=1`, or use a cache mount: `RUN --mount=type=cache,target=/root/.cache/pip pip install …`.',
    examples: {
      bad: [{ dockerfile: 'FROM python:3.12-slim\nRUN pip install flask==3.0.3\n' }],
      good: [
        { dockerfile: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3\n' },
        { dockerfile: 'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3\n' },
      ],
    },
  },
  init: () => ({ noCache: new Map() }),
  step(state, instruction, { facts }) {
    if (instruction.kind === 'from') {
      const base = facts.stageOf(instruction)?.baseStage;
      state.noCache.set(instruction.stageIndex, base !== undefined && (state.noCache.get(base) ?? false));
      return undefined;
    }
    if (instruction.kind === 'env') {
      const pair = instruction.pairs.find((p) => p.key === 'PIP_NO_CACHE_DIR');
      if (pair && truthy.has(dropQuotes(pair.value ?? ''))) state.noCache.set(instruction.stageIndex, true);
      return undefined;
    }
    const script = runScript(instruction);
    const run = runOf(instruction);
    if (!script || !run || state.noCache.get(instruction.stageIndex)) return undefined;
    if (hasCacheOrTmpfsMount(run, '.cache/pip')) return undefined;
    const commands = commandsOf(script);
    // `PIP_NO_CACHE_DIR=1 pip install …` or `export PIP_NO_CACHE_DIR=1 && …`
    const setInScript = script.commands.some(
      (c) =>
        c.assignments.some((a) => a.name === 'PIP_NO_CACHE_DIR' && a.value && truthy.has(wordText(a.value))) ||
        (commandName(c) === 'export' &&
          c.args.some((a) => {
            const [name, value] = wordText(a).split('=', 2);
            return name === 'PIP_NO_CACHE_DIR' && truthy.has(value ?? '');
          })),
    );
    if (setInScript) return undefined;
    const reports: Report[] = [];
    for (const cmd of commands) {
      if (!isPipInstall(cmd) || isPipWrapper(cmd) || hasArg(cmd, '--no-cache-dir')) continue;
      const install = argWord(cmd, 'install');
      reports.push({
        range: cmd.range,
        message: 'pip keeps its download cache in this layer; add `--no-cache-dir`.',
        ...(install && { fix: { title: 'Add --no-cache-dir', edits: [{ range: after(install.range), text: ' --no-cache-dir' }] } }),
      });
    }
    return reports;
  },
});
