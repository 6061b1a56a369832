import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { commandsCalled, operands, runScript, wordText } from '../shell-queries.ts';

const aptGetVerbs = new Set(['install', 'update', 'upgrade', 'full-upgrade', 'dist-upgrade', 'remove', 'purge', 'autoremove', 'clean', 'autoclean']);
const aptCacheVerbs = new Set(['search', 'show', 'policy', 'depends', 'rdepends', 'showpkg']);

/** `apt` is the interactive front end; its output and behaviour are not a stable interface for scripts. */
export const aptInsteadOfAptGet = defineRule({
  meta: {
    id: 'apt-instead-of-apt-get',
    severity: 'warning',
    sources: [{ tool: 'hadolint', code: 'DL3027' }],
    title: '`apt` used in a script',
    explanation:
      '`apt` is made for people at a terminal: progress bars, colours, and a command-line interface its authors may change between releases (it even prints "WARNING: apt does not have a stable CLI interface" when piped). `apt-get` and `apt-cache` do the same work with a stable interface meant for scripts like a Dockerfile.',
    suggestion: 'Use `apt-get` (install, update, remove …) or `apt-cache` (search, show, policy) instead of `apt`.',
    examples: {
      bad: [{ dockerfile: 'FROM ubuntu:24.04\nRUN apt update && apt install -y curl\n' }],
      good: [{ dockerfile: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl\n' }],
    },
  },
  step(_state, instruction) {
    const script = runScript(instruction);
    if (!script) return undefined;
    const reports: Report[] = [];
    for (const cmd of commandsCalled(script, ['apt'])) {
      const verb = operands(cmd).map(wordText)[0] ?? '';
      const replacement = aptGetVerbs.has(verb) ? 'apt-get' : aptCacheVerbs.has(verb) ? 'apt-cache' : undefined;
      const name = cmd.name!;
      reports.push({
        range: name.range,
        message: replacement ? `Use \`${replacement}\` here; \`apt\` is meant for interactive use.` : '`apt` is meant for interactive use; use `apt-get` or `apt-cache`.',
        ...(replacement && { fix: { title: `Use ${replacement}`, edits: [{ range: name.range, text: replacement }] } }),
      });
    }
    return reports;
  },
});
