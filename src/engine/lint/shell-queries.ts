/**
 * Questions lint rules ask of a RUN's shell-words model (src/engine/shell): which commands run, with which
 * flags and operands. Nothing here looks at raw text; everything reads `ShellScript.commands` and their words.
 *
 * Flag reading follows the convention hadolint's rules were written against (src/Hadolint/Shell.hs): every
 * word starting with `-` is a flag (`--`, `-` excepted), `--name=value` names `name`, `-abc` names `a`, `b`
 * and `c`; a flag's value is only known for flags the caller says take one.
 */
import type { Instruction, Mount, RunInstruction } from '../dockerfile/index.ts';
import type { Range } from '../dockerfile/index.ts';
import type { ShellScript, ShellWord, SimpleCommand, WordPart } from '../shell/index.ts';
import { commandName as shellCommandName } from '../shell/index.ts';

/** The RUN an instruction stands for: a RUN, or the RUN an ONBUILD triggers (hadolint checks both). */
export function runOf(instruction: Instruction): RunInstruction | undefined {
  if (instruction.kind === 'run') return instruction;
  if (instruction.kind === 'onbuild' && instruction.inner?.kind === 'run') return instruction.inner;
  return undefined;
}

/** The parsed script of a shell-form RUN (or ONBUILD RUN); `undefined` for exec form. */
export function runScript(instruction: Instruction): ShellScript | undefined {
  const run = runOf(instruction);
  return run?.command?.kind === 'shell' ? run.command.script : undefined;
}

function partText(part: WordPart): string {
  switch (part.kind) {
    case 'literal':
    case 'single-quoted':
      return part.value;
    case 'double-quoted':
      return part.parts.map(partText).join('');
    case 'parameter':
      return `\${${part.name}}`;
    default:
      return part.raw;
  }
}

/** A word's text: its value after quote removal, with any `$var` written as `${var}` (hadolint's reading). */
export function wordText(word: ShellWord): string {
  return word.value ?? word.parts.map(partText).join('');
}

/** The command's name, path stripped (`/usr/bin/apt-get` -> `apt-get`); `undefined` when not static. */
export function commandName(cmd: SimpleCommand): string | undefined {
  return shellCommandName(cmd, true);
}

/** Simple commands with a name, in source order (nested ones included). */
export function commandsOf(script: ShellScript): readonly SimpleCommand[] {
  return script.commands.filter((c) => c.name !== undefined);
}

/** Commands called one of `names`, optionally only those with one of `subcommands` among their arguments. */
export function commandsCalled(script: ShellScript, names: readonly string[], subcommands?: readonly string[]): SimpleCommand[] {
  return script.commands.filter((c) => {
    const name = commandName(c);
    return name !== undefined && names.includes(name) && (!subcommands || hasArg(c, ...subcommands));
  });
}

export function isCommand(cmd: SimpleCommand, names: readonly string[], subcommands?: readonly string[]): boolean {
  const name = commandName(cmd);
  return name !== undefined && names.includes(name) && (!subcommands || hasArg(cmd, ...subcommands));
}

/** The argument texts, in order. */
export function argTexts(cmd: SimpleCommand): string[] {
  return cmd.args.map(wordText);
}

/** True when some argument is exactly one of `values` (hadolint's cmdHasArgs). */
export function hasArg(cmd: SimpleCommand, ...values: string[]): boolean {
  return cmd.args.some((a) => values.includes(wordText(a)));
}

export function argWord(cmd: SimpleCommand, value: string): ShellWord | undefined {
  return cmd.args.find((a) => wordText(a) === value);
}

/** Flag names a word stands for: `--yes` -> [yes], `--opt=v` -> [opt], `-qy` -> [q, y]; none for operands. */
export function flagNames(text: string): string[] {
  if (text === '-' || text === '--' || !text.startsWith('-')) return [];
  if (text.startsWith('--')) {
    const eq = text.indexOf('=');
    return [text.slice(2, eq < 0 ? undefined : eq)];
  }
  return [...text.slice(1)];
}

export function isFlag(word: ShellWord): boolean {
  return flagNames(wordText(word)).length > 0;
}

export function countFlag(cmd: SimpleCommand, name: string): number {
  let n = 0;
  for (const a of cmd.args) for (const f of flagNames(wordText(a))) if (f === name) n++;
  return n;
}

export function hasAnyFlag(cmd: SimpleCommand, ...names: string[]): boolean {
  return cmd.args.some((a) => flagNames(wordText(a)).some((f) => names.includes(f)));
}

/**
 * Arguments that are not flags, leaving out the value after any flag in `withValue` that has no inline
 * `=value` (`-t bookworm-backports`, `--virtual .deps`).
 */
export function operands(cmd: SimpleCommand, withValue: readonly string[] = []): ShellWord[] {
  const out: ShellWord[] = [];
  let skipNext = false;
  for (const a of cmd.args) {
    const text = wordText(a);
    const names = flagNames(text);
    if (names.length > 0) {
      skipNext = !text.includes('=') && names.some((n) => withValue.includes(n));
      continue;
    }
    if (skipNext) {
      skipNext = false;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** Values given to flag `name`: `-u 1000`, `--uid=1000`, `--uid 1000` (the next word when no `=`). */
export function flagValues(cmd: SimpleCommand, name: string): string[] {
  const values: string[] = [];
  cmd.args.forEach((a, i) => {
    const text = wordText(a);
    if (!flagNames(text).includes(name)) return;
    const eq = text.indexOf('=');
    if (eq >= 0 && text.startsWith('--')) values.push(text.slice(eq + 1));
    else if (i + 1 < cmd.args.length) values.push(wordText(cmd.args[i + 1]!));
  });
  return values;
}

/** Some `--mount=type=cache|tmpfs` of the RUN has a target containing `fragment` (hadolint's reading). */
export function hasCacheOrTmpfsMount(run: RunInstruction, fragment: string): boolean {
  return run.mounts.some((m: Mount) => (m.type === 'cache' || m.type === 'tmpfs') && (m.target ?? '').includes(fragment));
}

/** Index of the first command (in `commandsOf` order) that matches. */
export function indexOfCommand(script: ShellScript, test: (cmd: SimpleCommand) => boolean): number {
  return commandsOf(script).findIndex(test);
}

/** An empty range right after `range`, for inserting text. */
export function after(range: Range): Range {
  return { start: range.end, end: range.end };
}

/** An empty range right before `range`. */
export function before(range: Range): Range {
  return { start: range.start, end: range.start };
}

/**
 * The parser left the script unparsed (past its size budget, or unreadable): nothing can be said about its
 * commands, so rules that count commands must not guess.
 */
export function unanalysed(script: ShellScript): boolean {
  return script.commands.length === 0 && script.errors.length > 0 && script.text.trim() !== '';
}
