/** What a SHELL instruction sets: the program and its options (`SHELL ["/bin/bash", "-eo", "pipefail", "-c"]`). */
import type { ShellInstruction } from '../dockerfile/index.ts';
import { flagNames } from './shell-queries.ts';

export interface ShellSetting {
  /** Program name without its directory: `bash`, `sh`, `pwsh`. */
  readonly name: string;
  readonly args: readonly string[];
  /** PowerShell or cmd.exe: pipes and `set -o` mean something else there. */
  readonly nonPosix: boolean;
}

// Non-POSIX shells as hadolint lists them (src/Hadolint/Shell.hs nonPosixShells).
const nonPosixShells = ['pwsh', 'powershell', 'cmd'];

export function shellSetting(instruction: ShellInstruction): ShellSetting {
  const [program = '', ...args] = instruction.shell.map((a) => a.value);
  const name = program.slice(program.lastIndexOf('/') + 1);
  return { name, args, nonPosix: nonPosixShells.some((s) => program.startsWith(s)) };
}

/** The shell fails a pipeline when any part fails: bash, zsh or ash with `-o pipefail`. */
export function setsPipefail(setting: ShellSetting): boolean {
  return (
    ['bash', 'zsh', 'ash'].includes(setting.name) &&
    setting.args.some((a) => flagNames(a).includes('o')) &&
    setting.args.includes('pipefail')
  );
}
