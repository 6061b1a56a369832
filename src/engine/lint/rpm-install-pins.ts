/**
 * The one body of the yum and dnf "install without versions" rules (hadolint DL3033 / DL3041): every package
 * argument of `<tool> install` (or `<tool> module install`) must name a version, `name-version` or, for modules,
 * `module:stream`; a version taken from a declared ARG/ENV counts (rpm-versions.ts).
 */
import type { Instruction } from '../dockerfile/index.ts';
import type { DeclaredVariables } from './declared-variables.ts';
import { isDeclared, trackDeclarations, wordVariables } from './declared-variables.ts';
import type { LintFacts } from './lint-facts.ts';
import type { Report } from './rule.ts';
import { rpmPinned } from './rpm-versions.ts';
import { commandsCalled, hasArg, isFlag, runScript, wordText } from './shell-queries.ts';

export interface RpmInstallTools {
  readonly commands: readonly string[];
  /** `dnf group install "Development Tools"`: groups have no versions to pin. */
  readonly skipGroups: boolean;
}

export function unpinnedRpmInstalls(state: DeclaredVariables, instruction: Instruction, facts: LintFacts, tools: RpmInstallTools): Report[] | undefined {
  trackDeclarations(state, instruction, facts);
  const script = runScript(instruction);
  if (!script) return undefined;
  const reports: Report[] = [];
  for (const cmd of commandsCalled(script, tools.commands, ['install'])) {
    if (tools.skipGroups && hasArg(cmd, 'group')) continue;
    const isModule = hasArg(cmd, 'module');
    const unpinned = cmd.args
      .filter((w) => !isFlag(w) && !['install', 'module'].includes(wordText(w)))
      .filter((w) => {
        const text = wordText(w);
        if (isModule) return !text.includes(':');
        return !rpmPinned(text, wordVariables(w), (v) => isDeclared(state, instruction.stageIndex, v));
      })
      .map(wordText);
    if (unpinned.length === 0) continue;
    reports.push({
      range: cmd.range,
      message: `No version given for ${unpinned.map((p) => `\`${p}\``).join(', ')}; name \`${isModule ? 'module:stream' : 'package-version'}\`.`,
    });
  }
  return reports;
}
