/**
 * Types of the variable-expansion pass (see expand.ts): given the tree and build args, what each
 * instruction's words become and which variables are in scope, following BuildKit's rules.
 */
import type { Instruction } from './ast.ts';
import type { Range } from './source-range.ts';

/** Where a variable in scope came from. */
export type VariableSource =
  | 'global-arg' // ARG before the first FROM, redeclared in the stage (or seen by FROM)
  | 'arg' // ARG inside the stage
  | 'env' // ENV inside the stage (or an earlier stage it is built FROM)
  | 'base-image' // ENV of the base image, from ExpandOptions.baseImageEnv
  | 'builtin'; // BuildKit's automatic platform args (TARGETPLATFORM, BUILDPLATFORM, ...)

export interface ScopeVariable {
  readonly name: string;
  /** `undefined` for an ARG declared without default and not given as build arg. */
  readonly value: string | undefined;
  readonly source: VariableSource;
  /** Line of the ARG / ENV that defined it; `undefined` for base-image and builtin ones. */
  readonly line: number | undefined;
}

/** A `$name` / `${name...}` inside an expanded word. */
export interface VariableReference {
  readonly name: string;
  /** The reference text as written, e.g. `${VERSION:-1}`. */
  readonly raw: string;
  readonly range: Range;
  /** The variable had a value where it was used. */
  readonly found: boolean;
  /**
   * BuildKit reports it: UndefinedVar in a stage (not found, and not declared by an ARG of the
   * stage, even one without value), UndefinedArgInFrom on a FROM line (not a global ARG nor an
   * automatic platform ARG). References BuildKit does not check (EXPOSE, global ARG defaults) are
   * never `undefined`. BuildKit checks only the stages the target needs; this pass checks all.
   */
  readonly undefined: boolean;
  /** A `:-` / `-` / `:+` / `+` / `:?` / `?` form, which gives meaning to an unset variable. */
  readonly hasDefault: boolean;
}

/**
 * One expanded word: a flag value or an argument of an instruction that BuildKit expands.
 * `field` says which: FROM `image` `platform`; COPY/ADD `source` `dest` `chown` `chmod` `checksum`
 * `heredoc` (an expanded heredoc body); ENV/LABEL `key` `value`; ARG `value` (the default);
 * WORKDIR/VOLUME `path`; USER `user`; STOPSIGNAL `signal`; EXPOSE `port`; RUN `mount.<key>`
 * (e.g. `mount.target`). `index` counts repeated fields (the 2nd source, the 3rd ENV pair ...).
 */
export interface ExpandedWord {
  readonly field: string;
  readonly index: number;
  /** What was expanded: `arg` (an argument / value / key), or `flag` (a flag's value). */
  readonly role: 'arg' | 'key' | 'value' | 'flag';
  readonly source: string;
  readonly value: string;
  readonly range: Range;
  readonly references: readonly VariableReference[];
}

export interface ExpandedInstruction {
  readonly instruction: Instruction;
  /** Variables visible to this instruction (before its own effect). */
  readonly scope: ReadonlyMap<string, ScopeVariable>;
  /** Expanded words, in source order; empty for instructions BuildKit does not expand (RUN, CMD ...). */
  readonly words: readonly ExpandedWord[];
  readonly references: readonly VariableReference[];
  /** Errors from expansion in BuildKit's words (`bad substitution`, `missing '}'` ...). */
  readonly errors: readonly { readonly message: string; readonly range: Range }[];
}

export interface ExpandOptions {
  /** `--build-arg` values. */
  readonly buildArgs?: Readonly<Record<string, string>>;
  /** ENV of a stage's base image (`FROM node` brings `PATH`, `NODE_VERSION` ...). */
  readonly baseImageEnv?: (image: string) => Readonly<Record<string, string>> | undefined;
  /** Values of the automatic platform ARGs; defaults are linux/amd64. */
  readonly platform?: { readonly os: string; readonly arch: string; readonly variant?: string };
  /** Build target (`--target`), for TARGETSTAGE; default: the last stage. */
  readonly target?: string;
}

export interface ExpandedStage {
  /** FROM's image after expansion with the global ARGs (`node:20-alpine`), or the stage it builds on. */
  readonly image: string;
  /** Index of the earlier stage named by FROM, when it builds on one. */
  readonly baseStage: number | undefined;
  readonly platform: string | undefined;
  /** Variables at the end of the stage. */
  readonly scope: ReadonlyMap<string, ScopeVariable>;
}

export interface ExpansionResult {
  /** One per top-level instruction, in order. */
  readonly instructions: readonly ExpandedInstruction[];
  /** One per stage. */
  readonly stages: readonly ExpandedStage[];
  /** Global ARGs (and automatic platform ARGs) after build args were applied: what FROM lines see. */
  readonly globalScope: ReadonlyMap<string, ScopeVariable>;
  /** Every reference to a variable not in scope. */
  readonly undefinedReferences: readonly (VariableReference & { readonly instruction: Instruction })[];
}
