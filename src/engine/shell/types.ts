/**
 * The shell-words model: what a RUN line (or a shell-form CMD / ENTRYPOINT / HEALTHCHECK) says,
 * split once at parse time into commands and words. Every consumer (lint rules, the build, the
 * runtime) reads this model; nothing downstream re-parses shell text.
 *
 * The grammar followed is POSIX sh (what dash and BusyBox ash accept), with the bash forms that
 * Dockerfiles commonly contain (`&>`, `function f`, `[[ ]]` as plain words) recognised but not
 * interpreted. Parsing never throws; problems are reported in `ShellScript.errors`.
 */
import type { Range } from '../dockerfile/source-range.ts';

export type { Position, Range } from '../dockerfile/source-range.ts';

/** Operators that join or end commands. `newline` is an unescaped line break in the script. */
export type ShellOperator = '&&' | '||' | ';' | '&' | '|' | '|&' | ';;' | 'newline';

// ---------------------------------------------------------------------------------------------
// Words

/** Text outside quotes, with backslash escapes removed in `value` (`a\ b` -> `a b`). */
export interface LiteralPart {
  readonly kind: 'literal';
  readonly value: string;
  readonly raw: string;
}

/** `'...'` — no expansion inside. */
export interface SingleQuotedPart {
  readonly kind: 'single-quoted';
  readonly value: string;
  readonly raw: string;
}

/** `"..."` — parameter and command substitution still happen inside. */
export interface DoubleQuotedPart {
  readonly kind: 'double-quoted';
  readonly parts: readonly WordPart[];
  readonly raw: string;
}

/**
 * `$name`, `${name}`, `${name:-word}`, `$1`, `$@`, `${#name}` ... `operator` is the text between the
 * name and the operand (`:-`, `-`, `:+`, `#`, `##`, `%`, `%%`, `/`, `//`, `:`, ...), `length` is set
 * for `${#name}`.
 */
export interface ParameterPart {
  readonly kind: 'parameter';
  readonly name: string;
  readonly braced: boolean;
  readonly operator: string | undefined;
  readonly operand: string | undefined;
  readonly length: boolean;
  readonly raw: string;
}

/** `$(...)` or `` `...` `` with the inner script parsed. */
export interface CommandSubstitutionPart {
  readonly kind: 'command-substitution';
  readonly backtick: boolean;
  readonly script: ShellScript;
  readonly raw: string;
}

/** `$((...))` — kept as text. */
export interface ArithmeticPart {
  readonly kind: 'arithmetic';
  readonly expression: string;
  readonly raw: string;
}

export type WordPart =
  | LiteralPart
  | SingleQuotedPart
  | DoubleQuotedPart
  | ParameterPart
  | CommandSubstitutionPart
  | ArithmeticPart;

export interface ShellWord {
  readonly kind: 'word';
  /** The word as written, quotes and escapes included. */
  readonly raw: string;
  /**
   * The word after quote removal when it has no expansion (`"-y"` -> `-y`, `a\ b` -> `a b`);
   * `undefined` when it contains `$x`, `$(...)` or backticks, whose value is only known at run time.
   * Glob characters are kept as they are (`*.deb` stays `*.deb`).
   */
  readonly value: string | undefined;
  readonly parts: readonly WordPart[];
  /** Any quoting or escaping was used. */
  readonly quoted: boolean;
  readonly range: Range;
}

// ---------------------------------------------------------------------------------------------
// Simple commands

export interface Assignment {
  readonly kind: 'assignment';
  readonly name: string;
  /** `undefined` for `A=` (empty value). */
  readonly value: ShellWord | undefined;
  readonly raw: string;
  readonly range: Range;
}

export type RedirectOperator = '<' | '>' | '>>' | '>|' | '<>' | '<&' | '>&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

export interface HeredocBody {
  readonly delimiter: string;
  /** A quoted delimiter (`<<'EOF'`) turns expansion off in the body. */
  readonly quoted: boolean;
  /** `<<-` strips leading tabs. */
  readonly stripTabs: boolean;
  /** Body text, each line ending in `\n`, without the terminator line. */
  readonly body: string;
  readonly terminated: boolean;
  readonly bodyRange: Range;
}

export interface Redirect {
  readonly kind: 'redirect';
  readonly op: RedirectOperator;
  /** Explicit file descriptor (`2>`), `undefined` when omitted. */
  readonly fd: number | undefined;
  /** File, fd (`&1` -> `1`) or heredoc delimiter word. */
  readonly target: ShellWord | undefined;
  readonly heredoc: HeredocBody | undefined;
  readonly range: Range;
}

/** Where a simple command sits; filled in for every command of `ShellScript.commands`. */
export interface CommandContext {
  /** Position in `ShellScript.commands` (0-based, source order). */
  readonly index: number;
  /** Operator right before the command in its list (`a && b`: `&&` for b), `undefined` at the start. */
  readonly operatorBefore: ShellOperator | undefined;
  /** Operator right after the command in its list, `undefined` when nothing follows. */
  readonly operatorAfter: ShellOperator | undefined;
  /** Part of a pipeline of two or more commands. */
  readonly inPipeline: boolean;
  /** Not the last command of its pipeline (its output goes into a pipe). */
  readonly pipedOut: boolean;
  /** `! cmd` */
  readonly negated: boolean;
  /** Runs in the background (`cmd &`, or inside a backgrounded list). */
  readonly background: boolean;
  readonly inSubshell: boolean;
  readonly inGroup: boolean;
  /** Inside the condition of if / elif / while / until. */
  readonly inCondition: boolean;
  /** Inside the body of a for / while / until loop. */
  readonly inLoop: boolean;
  readonly inIf: boolean;
  readonly inCase: boolean;
  readonly inFunction: boolean;
  /** Inside `$(...)` or backticks. */
  readonly inSubstitution: boolean;
  /** Nesting depth of compound commands / substitutions; 0 = top level of the script. */
  readonly depth: number;
}

export interface SimpleCommand {
  readonly kind: 'simple';
  readonly assignments: readonly Assignment[];
  /** The command word; `undefined` for a command made only of assignments / redirections. */
  readonly name: ShellWord | undefined;
  readonly args: readonly ShellWord[];
  readonly redirects: readonly Redirect[];
  readonly context: CommandContext;
  readonly range: Range;
}

// ---------------------------------------------------------------------------------------------
// Lists and compound commands

export interface Pipeline {
  readonly kind: 'pipeline';
  readonly negated: boolean;
  readonly commands: readonly Command[];
  readonly range: Range;
}

/** `p1 && p2 || p3`, ended by `separator` (`&` makes the whole list a background job). */
export interface AndOrList {
  readonly kind: 'and-or';
  readonly pipelines: readonly Pipeline[];
  /** `operators[i]` joins `pipelines[i]` and `pipelines[i + 1]`. */
  readonly operators: readonly ('&&' | '||')[];
  readonly separator: ';' | '&' | 'newline' | undefined;
  readonly background: boolean;
  readonly range: Range;
}

export interface CommandList {
  readonly kind: 'list';
  readonly items: readonly AndOrList[];
  readonly range: Range;
}

export interface Subshell {
  readonly kind: 'subshell';
  readonly body: CommandList;
  readonly redirects: readonly Redirect[];
  readonly range: Range;
}

export interface Group {
  readonly kind: 'group';
  readonly body: CommandList;
  readonly redirects: readonly Redirect[];
  readonly range: Range;
}

export interface IfClause {
  readonly kind: 'if';
  /** `if` and each `elif`, in order. */
  readonly branches: readonly { readonly condition: CommandList; readonly body: CommandList }[];
  readonly elseBody: CommandList | undefined;
  readonly redirects: readonly Redirect[];
  readonly range: Range;
}

export interface ForLoop {
  readonly kind: 'for';
  readonly variable: string;
  /** `undefined` when there is no `in` (loops over "$@"). */
  readonly words: readonly ShellWord[] | undefined;
  readonly body: CommandList;
  readonly redirects: readonly Redirect[];
  readonly range: Range;
}

export interface WhileLoop {
  readonly kind: 'while';
  /** `until` loops run while the condition fails. */
  readonly until: boolean;
  readonly condition: CommandList;
  readonly body: CommandList;
  readonly redirects: readonly Redirect[];
  readonly range: Range;
}

export interface CaseClause {
  readonly kind: 'case';
  readonly word: ShellWord | undefined;
  readonly items: readonly { readonly patterns: readonly ShellWord[]; readonly body: CommandList }[];
  readonly redirects: readonly Redirect[];
  readonly range: Range;
}

export interface FunctionDefinition {
  readonly kind: 'function';
  readonly name: string;
  readonly body: Command;
  readonly range: Range;
}

export type Command =
  | SimpleCommand
  | Subshell
  | Group
  | IfClause
  | ForLoop
  | WhileLoop
  | CaseClause
  | FunctionDefinition;

// ---------------------------------------------------------------------------------------------
// The script

export interface ShellError {
  readonly message: string;
  readonly range: Range;
}

/**
 * Facts the runtime needs to decide what `/bin/sh -c <script>` leaves as PID 1 (dash does not
 * exec the last command; BusyBox ash and bash exec a lone simple command) and what it does with
 * signals. "Top level" means not inside a subshell, group, compound command or substitution.
 */
export interface ScriptShape {
  /** The script is exactly one simple command with a command name (assignments/redirections allowed). */
  readonly singleCommand: boolean;
  /**
   * The top level is one `&&`-chain of simple commands (`cd / && exec app`), nothing after the
   * last one, not backgrounded, no pipes. True as well when `singleCommand` is.
   */
  readonly andChainEndingInSimpleCommand: boolean;
  /** The last simple command at top level, when the script ends in one (`undefined` for `a; (b)`). */
  readonly lastCommand: SimpleCommand | undefined;
  /** `lastCommand` is `exec something` — the shell replaces itself with it. */
  readonly execsLastCommand: boolean;
  /** Some command anywhere is the `exec` builtin with a command to run. */
  readonly usesExec: boolean;
  /** Some command anywhere is `trap`. */
  readonly hasTrap: boolean;
  /** Some list is run with `&`. */
  readonly hasBackgroundJob: boolean;
  readonly hasPipeline: boolean;
  /** Contains a subshell, group, if/for/while/until/case or function definition. */
  readonly hasCompoundCommand: boolean;
  /** Number of top-level and-or lists (`a; b` -> 2, `a && b` -> 1). */
  readonly topLevelListCount: number;
}

export interface ShellScript {
  readonly kind: 'script';
  /** The text that was parsed. */
  readonly text: string;
  readonly body: CommandList;
  /** Every simple command, in source order, including those nested in compound commands and substitutions. */
  readonly commands: readonly SimpleCommand[];
  readonly shape: ScriptShape;
  readonly errors: readonly ShellError[];
  readonly range: Range;
}

/** A command-line flag found by `parseCommandArgs`: `-y` from `-qy`, `--yes`, `--opt=value`. */
export interface ParsedFlag {
  /** With its dashes: `-y`, `--yes`. */
  readonly name: string;
  /** `--opt=value` / `-o value` (when the spec says `-o` takes a value) / `-ovalue`. */
  readonly value: string | undefined;
  readonly word: ShellWord;
}

export interface ParsedArgs {
  readonly flags: readonly ParsedFlag[];
  /** Non-flag arguments, in order (everything after `--` included). */
  readonly positionals: readonly ShellWord[];
}

/** Tells `parseCommandArgs` which flags take a value (`-o Dpkg::Options=...`, `--target-release x`). */
export interface ArgSpec {
  readonly withValue?: readonly string[];
}
