/**
 * The Dockerfile syntax tree. Plain readonly data; every node keeps its source `range`
 * (1-based line/column, exclusive end, see source-range.ts) so the editor can underline it and a
 * quick fix can replace it.
 *
 * The shapes follow BuildKit's parser (moby/buildkit frontend/dockerfile/parser/parser.go) and its
 * instruction layer (frontend/dockerfile/instructions/parse.go): `args` on every instruction holds
 * exactly the argument strings BuildKit's parser produces (what its AST dump prints), and the typed
 * fields per `kind` hold what the instruction layer derives from them.
 */
import type { Range } from './source-range.ts';
import type { ShellScript } from '../shell/types.ts';

export type { Position, Range } from './source-range.ts';

// ---------------------------------------------------------------------------------------------
// Building blocks

/** One argument as BuildKit's parser sees it (quotes kept where BuildKit keeps them). */
export interface Arg {
  readonly value: string;
  readonly range: Range;
}

/**
 * `--name=value` or `--name` after the keyword. BuildKit reads flags on every instruction;
 * an instruction that does not know a flag rejects it (reported in `ParseResult.errors`).
 */
export interface Flag {
  readonly kind: 'flag';
  /** Without the dashes: `from`, `mount`, `chown`. Case as written. */
  readonly name: string;
  /** Text after the first `=`, quotes removed; `undefined` for a bare `--link`. */
  readonly value: string | undefined;
  /** The flag as BuildKit stores it (`--from=build`, quotes removed). */
  readonly text: string;
  /** The flag as written in the source. */
  readonly raw: string;
  readonly range: Range;
  readonly nameRange: Range;
  readonly valueRange: Range | undefined;
}

export interface Comment {
  readonly kind: 'comment';
  /** Text after the `#`, as written (`hadolint ignore=DL3008` has a leading space kept). */
  readonly text: string;
  readonly line: number;
  readonly range: Range;
  /** The comment sits inside an instruction's continuation lines. */
  readonly insideInstruction: boolean;
}

/** `# syntax=`, `# escape=`, `# check=` at the very top of the file. */
export interface Directive {
  readonly kind: 'directive';
  /** Lower case. */
  readonly name: 'syntax' | 'escape' | 'check';
  readonly value: string;
  readonly line: number;
  readonly range: Range;
  readonly nameRange: Range;
  readonly valueRange: Range;
}

/** `# check=skip=A,B;error=true` parsed. */
export interface CheckDirective {
  /** Rule names to skip; `['all']` when `skip=all`. */
  readonly skip: readonly string[];
  readonly error: boolean;
  readonly experimental: readonly string[];
  readonly range: Range;
}

/** A here-document attached to RUN / COPY / ADD (`<<EOF`, `<<-EOF`, `<<"EOF"`). */
export interface Heredoc {
  readonly kind: 'heredoc';
  /** The delimiter without quotes. */
  readonly name: string;
  /** File descriptor before `<<` (`3<<EOF`), `undefined` when omitted. */
  readonly fileDescriptor: number | undefined;
  /** BuildKit's `Expand`: true unless the delimiter was quoted. */
  readonly expand: boolean;
  /** BuildKit's `Chomp`: `<<-` strips leading tabs from each body line. */
  readonly chomp: boolean;
  /** Body as written (BuildKit's `Content`): the lines with their line endings, tabs not stripped. */
  readonly content: string;
  /** What the build uses: `content` with leading tabs stripped from every line when `chomp`. */
  readonly data: string;
  /** The terminator line was found before the end of the file. */
  readonly terminated: boolean;
  /** The `<<EOF` word on the instruction line. */
  readonly headerRange: Range;
  /** The body lines (empty range right after the header line when the body is empty). */
  readonly bodyRange: Range;
  /** Header, body and terminator. */
  readonly range: Range;
}

/**
 * What a RUN / CMD / ENTRYPOINT / HEALTHCHECK CMD runs.
 * `exec`: a JSON array of strings. `shell`: anything else, run with the stage's SHELL
 * (`/bin/sh -c` by default); `looksLikeJson` when the text starts with `[` but is not a valid
 * JSON string array, so BuildKit silently fell back to shell form (JSONArgsRecommended, DL3025).
 */
export type CommandForm = ExecForm | ShellForm;

export interface ExecForm {
  readonly kind: 'exec';
  readonly args: readonly Arg[];
  readonly range: Range;
}

export interface ShellForm {
  readonly kind: 'shell';
  /** The command text after continuations are joined (BuildKit's single argument). */
  readonly text: string;
  readonly looksLikeJson: boolean;
  /**
   * The parsed script. For `RUN <<EOF` (nothing but a heredoc) this is the heredoc body, which
   * BuildKit runs as the script; otherwise the command line followed by any heredoc bodies, so
   * `cat <<EOF > f` sees its body.
   */
  readonly script: ShellScript;
  /**
   * `RUN <<EOF` whose body starts with `#!`: BuildKit writes the body to a file and runs it with
   * that interpreter (`/usr/bin/env python3`). `script` is then parsed only for sh-like interpreters.
   */
  readonly shebang: string | undefined;
  readonly range: Range;
}

/** `--mount=type=...,target=...` of RUN, parsed (BuildKit instructions/commands_runmount.go). */
export interface Mount {
  readonly kind: 'mount';
  /** `bind` when not given (BuildKit's default). */
  readonly type: 'bind' | 'cache' | 'tmpfs' | 'secret' | 'ssh' | (string & {});
  readonly target: string | undefined;
  readonly source: string | undefined;
  readonly from: string | undefined;
  readonly id: string | undefined;
  /** Cache mounts: `shared` (default) | `private` | `locked`. */
  readonly sharing: string | undefined;
  readonly mode: string | undefined;
  readonly uid: string | undefined;
  readonly gid: string | undefined;
  /**
   * `ro` / `readonly` (true), `rw` / `readwrite` (false); when not said, BuildKit's default:
   * read-only for bind, secret and ssh mounts, writable for cache and tmpfs.
   */
  readonly readOnly: boolean | undefined;
  readonly required: boolean | undefined;
  readonly size: string | undefined;
  /** Secret mounts: `env=NAME`. */
  readonly env: string | undefined;
  /** Every `key=value` as written, in order (keys lower-cased). */
  readonly options: readonly { readonly key: string; readonly value: string | undefined }[];
  readonly flag: Flag;
}

/** `key=value` of ENV / LABEL (legacy `ENV key value` too) and ARG `name[=default]`. */
export interface KeyValue {
  readonly kind: 'key-value';
  readonly key: string;
  readonly keyRange: Range;
  /**
   * The value as written (quotes and escapes kept, as BuildKit's parser keeps them; they are
   * removed by variable expansion, see expand.ts). `undefined` for `ARG name` without default.
   */
  readonly value: string | undefined;
  readonly valueRange: Range | undefined;
  /** Written `key value` (legacy form, LegacyKeyValueFormat) instead of `key=value`. */
  readonly legacy: boolean;
  readonly range: Range;
}

/** `image[:tag][@digest]` of FROM, split as written (variables unexpanded). */
export interface ImageRef {
  readonly text: string;
  readonly range: Range;
  /** Everything before the tag/digest, e.g. `docker.io/library/node`. */
  readonly name: string;
  readonly nameRange: Range;
  readonly tag: string | undefined;
  readonly tagRange: Range | undefined;
  readonly digest: string | undefined;
  readonly digestRange: Range | undefined;
  /** Contains `$` — only known after expansion with the global ARGs. */
  readonly hasVariables: boolean;
}

// ---------------------------------------------------------------------------------------------
// Instructions

interface InstructionBase {
  /** The keyword as written, original casing (`Run`). */
  readonly keyword: string;
  readonly keywordRange: Range;
  /** Whole instruction: keyword to the end of its last continuation line or heredoc terminator. */
  readonly range: Range;
  /** Source text of `range`. */
  readonly raw: string;
  /** BuildKit's StartLine / EndLine (1-based) — same as `range` lines. */
  readonly startLine: number;
  readonly endLine: number;
  readonly flags: readonly Flag[];
  /** BuildKit parser's argument strings (its AST dump), flags excluded. */
  readonly args: readonly Arg[];
  readonly heredocs: readonly Heredoc[];
  /**
   * Comment lines right before the instruction, as BuildKit collects them (PrevComment: text after
   * `#`, trimmed; blank lines do not break the run, an empty `#` does). Used for descriptions
   * (InvalidDefinitionDescription) and `# check=` comments that apply to one instruction.
   */
  readonly precedingComments: readonly string[];
  /** Whitespace-only lines inside this instruction's continuation (BuildKit warns: NoEmptyContinuation). */
  readonly emptyContinuationLines: readonly number[];
  /** Index of the stage it belongs to (a FROM: the stage it starts); `undefined` before the first FROM. */
  readonly stageIndex: number | undefined;
  /** Position in `ParseResult.instructions`; nested ONBUILD instructions share their parent's. */
  readonly index: number;
}

export interface FromInstruction extends InstructionBase {
  readonly kind: 'from';
  /** `undefined` for a half-typed `FROM`. */
  readonly image: ImageRef | undefined;
  /** The `AS` word as written (FromAsCasing). */
  readonly asKeyword: Arg | undefined;
  /** Stage name as written (`AS Build` -> `Build`); BuildKit lower-cases it, see `Stage.name`. */
  readonly alias: Arg | undefined;
  readonly platform: Flag | undefined;
}

export interface RunInstruction extends InstructionBase {
  readonly kind: 'run';
  readonly command: CommandForm | undefined;
  readonly mounts: readonly Mount[];
  /** `--network=default|none|host` */
  readonly network: Flag | undefined;
  /** `--security=sandbox|insecure` */
  readonly security: Flag | undefined;
}

export interface CmdInstruction extends InstructionBase {
  readonly kind: 'cmd';
  readonly command: CommandForm | undefined;
}

export interface EntrypointInstruction extends InstructionBase {
  readonly kind: 'entrypoint';
  readonly command: CommandForm | undefined;
}

export interface CopyOptions {
  readonly from: Flag | undefined;
  readonly chown: Flag | undefined;
  readonly chmod: Flag | undefined;
  readonly link: Flag | undefined;
  readonly exclude: readonly Flag[];
  readonly parents: Flag | undefined;
  /** ADD only */
  readonly checksum: Flag | undefined;
  /** ADD only */
  readonly keepGitDir: Flag | undefined;
  /** ADD only (`--unpack`) */
  readonly unpack: Flag | undefined;
}

export interface CopyInstruction extends InstructionBase {
  readonly kind: 'copy' | 'add';
  /** Written as a JSON array (`COPY ["a b", "/dst/"]`). */
  readonly json: boolean;
  /** All arguments but the last (a heredoc source appears as its `<<EOF` word). */
  readonly sources: readonly Arg[];
  readonly dest: Arg | undefined;
  readonly options: CopyOptions;
  /** Boolean value of `--link` (`--link`, `--link=true`). */
  readonly linked: boolean;
}

export interface EnvInstruction extends InstructionBase {
  readonly kind: 'env';
  readonly pairs: readonly KeyValue[];
}

export interface LabelInstruction extends InstructionBase {
  readonly kind: 'label';
  readonly pairs: readonly KeyValue[];
}

export interface ArgInstruction extends InstructionBase {
  readonly kind: 'arg';
  readonly pairs: readonly KeyValue[];
}

export interface ExposeInstruction extends InstructionBase {
  readonly kind: 'expose';
  /** Each `80`, `80/tcp`, `8000-8010/udp`, `${PORT}` as written. */
  readonly ports: readonly Arg[];
}

export interface VolumeInstruction extends InstructionBase {
  readonly kind: 'volume';
  readonly json: boolean;
  readonly paths: readonly Arg[];
}

export interface UserInstruction extends InstructionBase {
  readonly kind: 'user';
  /** `user[:group]` as written. */
  readonly user: Arg | undefined;
  readonly name: string | undefined;
  readonly group: string | undefined;
}

export interface WorkdirInstruction extends InstructionBase {
  readonly kind: 'workdir';
  readonly path: Arg | undefined;
}

export interface ShellInstruction extends InstructionBase {
  readonly kind: 'shell';
  /** JSON array elements; empty when the form was not JSON (an error). */
  readonly shell: readonly Arg[];
}

export interface StopsignalInstruction extends InstructionBase {
  readonly kind: 'stopsignal';
  readonly signal: Arg | undefined;
}

export interface HealthcheckOptions {
  readonly interval: Flag | undefined;
  readonly timeout: Flag | undefined;
  readonly startPeriod: Flag | undefined;
  readonly startInterval: Flag | undefined;
  readonly retries: Flag | undefined;
}

/** HEALTHCHECK option values as BuildKit reads them; `undefined` when not given or invalid. */
export interface HealthcheckSettings {
  readonly intervalMs: number | undefined;
  readonly timeoutMs: number | undefined;
  readonly startPeriodMs: number | undefined;
  readonly startIntervalMs: number | undefined;
  readonly retries: number | undefined;
}

export interface HealthcheckInstruction extends InstructionBase {
  readonly kind: 'healthcheck';
  readonly settings: HealthcheckSettings;
  /** `NONE` disables the base image's check; `CMD` sets one; `undefined` when missing or unknown. */
  readonly mode: 'none' | 'cmd' | undefined;
  /** The `CMD` / `NONE` word as written. */
  readonly typeWord: Arg | undefined;
  readonly command: CommandForm | undefined;
  readonly options: HealthcheckOptions;
}

export interface OnbuildInstruction extends InstructionBase {
  readonly kind: 'onbuild';
  /** The trigger instruction, parsed like a top-level one. */
  readonly inner: Instruction | undefined;
}

export interface MaintainerInstruction extends InstructionBase {
  readonly kind: 'maintainer';
  readonly name: Arg | undefined;
}

/** A keyword BuildKit does not know (`RUNN`); also reported as an error with a suggestion. */
export interface UnknownInstruction extends InstructionBase {
  readonly kind: 'unknown';
  /** Closest known instruction, as BuildKit suggests it (`RUN`). */
  readonly suggestion: string | undefined;
}

export type Instruction =
  | FromInstruction
  | RunInstruction
  | CmdInstruction
  | EntrypointInstruction
  | CopyInstruction
  | EnvInstruction
  | LabelInstruction
  | ArgInstruction
  | ExposeInstruction
  | VolumeInstruction
  | UserInstruction
  | WorkdirInstruction
  | ShellInstruction
  | StopsignalInstruction
  | HealthcheckInstruction
  | OnbuildInstruction
  | MaintainerInstruction
  | UnknownInstruction;

export type InstructionKind = Instruction['kind'];

// ---------------------------------------------------------------------------------------------
// Stages and the file

export interface Stage {
  readonly kind: 'stage';
  readonly index: number;
  readonly from: FromInstruction;
  /** Lower-cased alias (BuildKit compares stage names case-insensitively), `undefined` without AS. */
  readonly name: string | undefined;
  /** Instructions after the FROM, up to the next FROM. */
  readonly instructions: readonly Instruction[];
  /** From the FROM to the end of the stage's last instruction. */
  readonly range: Range;
}

export interface Diagnostic {
  /** Errors make BuildKit reject the file; warnings are BuildKit's parser warnings. */
  readonly severity: 'error' | 'warning';
  /** Short machine name: `unknown-instruction`, `unterminated-heredoc`, `empty-continuation` ... */
  readonly code: string;
  /**
   * Which BuildKit layer reports it: `parse` — its parser (parser.Parse: directives, continuations,
   * heredocs, JSON arrays, ENV/LABEL shape); `instructions` — its instruction layer when it builds
   * (unknown instruction, argument counts, flags, mounts, no FROM before an instruction).
   */
  readonly phase: 'parse' | 'instructions';
  /** In BuildKit's words where BuildKit has them. */
  readonly message: string;
  readonly line: number;
  readonly range: Range;
}

export interface ParseResult {
  readonly kind: 'dockerfile';
  readonly directives: readonly Directive[];
  /** `\` unless `# escape=`` ` `` says otherwise. */
  readonly escapeChar: '\\' | '`';
  readonly syntax: string | undefined;
  readonly check: CheckDirective | undefined;
  /** Top-level instructions in source order. */
  readonly instructions: readonly Instruction[];
  /** ARG instructions before the first FROM (global ARGs, visible to FROM lines). */
  readonly globalArgs: readonly ArgInstruction[];
  readonly stages: readonly Stage[];
  readonly comments: readonly Comment[];
  /** Every whitespace-only line inside a continuation, file-wide. */
  readonly emptyContinuationLines: readonly number[];
  /** Errors and warnings, sorted by line. */
  readonly diagnostics: readonly Diagnostic[];
  /** Only the errors of `diagnostics` — empty when BuildKit would accept the file. */
  readonly errors: readonly Diagnostic[];
  /** BuildKit's root node span: first to last line of instructions (0 / 0 when there are none). */
  readonly startLine: number;
  readonly endLine: number;
  /** Physical lines in the text. */
  readonly lineCount: number;
}
