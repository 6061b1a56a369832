/**
 * The shell-words model: public face of the folder. See types.ts.
 */
export type * from './types.ts';
import type { ArgSpec, ParsedArgs, ShellScript, SimpleCommand } from './types.ts';

export interface ParseShellOptions {
  /** Maps an offset in `text` to a source position (the Dockerfile parser passes its own). */
  readonly locate?: (offset: number) => import('./types.ts').Position;
}

/** Parses shell text into the shell-words model. Never throws. */
export function parseShell(text: string, options?: ParseShellOptions): ShellScript {
  void options;
  const p = { line: 1, column: 1, offset: 0 };
  const range = { start: p, end: p };
  const body = { kind: 'list' as const, items: [], range };
  return {
    kind: 'script', text, body, commands: [], errors: [], range,
    shape: {
      singleCommand: false, andChainEndingInSimpleCommand: false, lastCommand: undefined,
      execsLastCommand: false, usesExec: false, hasTrap: false, hasBackgroundJob: false,
      hasPipeline: false, hasCompoundCommand: false, topLevelListCount: 0,
    },
  };
}

/** Simple commands whose static name is one of `names` (a path's basename counts: `/usr/bin/apt-get`). */
export function commandsNamed(script: ShellScript, ...names: string[]): readonly SimpleCommand[] {
  return script.commands.filter((c) => c.name?.value !== undefined && names.includes(c.name.value));
}

/** True when the command has one of the flags (clustered short flags count: `-qy` has `-y`). */
export function hasFlag(cmd: SimpleCommand, ...flags: string[]): boolean {
  void cmd; void flags;
  return false;
}

/** Splits a command's arguments into flags and positionals. */
export function parseCommandArgs(cmd: SimpleCommand, spec?: ArgSpec): ParsedArgs {
  void spec;
  return { flags: [], positionals: cmd.args };
}
