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
  /** Not in scope when the instruction runs (UndefinedVar / UndefinedArgInFrom). */
  readonly undefined: boolean;
  /** A `:-` / `-` / `:+` / `+` / `:?` / `?` form, which gives meaning to an unset variable. */
  readonly hasDefault: boolean;
}

/** One expanded word: a flag value or an argument of an instruction that BuildKit expands. */
export interface ExpandedWord {
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
}

export interface ExpansionResult {
  /** One per top-level instruction, in order. */
  readonly instructions: readonly ExpandedInstruction[];
  /** Every reference to a variable not in scope. */
  readonly undefinedReferences: readonly (VariableReference & { readonly instruction: Instruction })[];
}
