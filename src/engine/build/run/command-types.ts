/**
 * The contract between the shell interpreter and the commands it runs: a command sees its argv (after
 * expansion), its environment, its working directory and its stdin, and answers with an exit status,
 * what it printed, and (through RunState) what it did to the filesystem and how long it took.
 */
import type { ContentClass } from '../types.ts';
import type { RunState } from './run-state.ts';

export interface Stdin {
  readonly text: string | undefined;
  readonly bytes: number;
  readonly content: ContentClass;
  /** What the bytes are (a URL, a file's digest), for digests of what is made from them. */
  readonly identity: string;
  /** Where it came from: `curl https://…`, a heredoc, a file. */
  readonly from: string;
}

export interface Invocation {
  /** Basename of the command as invoked (`apt-get`, `pip3`). */
  readonly name: string;
  /** Expanded words; `argv[0]` is the command as written. */
  readonly argv: readonly string[];
  /** Where the command was found (`/usr/bin/apt-get`); `''` for shell builtins. */
  readonly path: string;
  readonly env: ReadonlyMap<string, string>;
  readonly cwd: string;
  readonly stdin: Stdin | undefined;
  /** Some word's value could only be known at run time. */
  readonly unknownArgs: boolean;
}

export interface Outcome {
  readonly status: number;
  /** Text printed on stdout (written to a `>` file, captured by `$(…)`, or piped on). */
  readonly stdout?: string;
  /** Bytes on stdout when they are not text (a `curl` download piped into `tar`). */
  readonly stdoutBytes?: number;
  readonly stdoutContent?: ContentClass;
  readonly stdoutIdentity?: string;
  /** Lines for the progress log (stderr and notable stdout). */
  readonly messages?: readonly string[];
}

export type CommandHandler = (inv: Invocation, run: RunState) => Outcome;

export const OK: Outcome = { status: 0 };

export function fail(status: number, ...messages: string[]): Outcome {
  return { status, messages };
}
