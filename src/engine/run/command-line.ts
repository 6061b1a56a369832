/**
 * What `docker run` executes: the image's ENTRYPOINT and CMD combined by Docker's rules, after the
 * `docker run` overrides.
 *
 * Sources: moby `daemon/commit.go` `merge` (a user entrypoint drops the image's CMD; arguments replace
 * CMD), `daemon/create.go` `mergeAndVerifyConfig` (`[""]` resets the entrypoint; nothing left →
 * `no command specified`), docker/cli `cli/command/container/opts.go` (`--entrypoint` is one string,
 * `--entrypoint=""` sends `[""]`), BuildKit `dispatchEntrypoint` (an ENTRYPOINT clears a CMD the stage
 * did not set) — simulation-model.md §1.7.
 */
import type { CommandOrigin, ImageConfig } from '../build/types.ts';
import type { RunOptions } from './types.ts';

export interface ResolvedCommand {
  readonly argv: readonly string[];
  readonly entrypoint: readonly string[];
  readonly cmd: readonly string[];
  /** The origin of the ENTRYPOINT / CMD that is used, when it comes from the image. */
  readonly entrypointOrigin: CommandOrigin | undefined;
  readonly cmdOrigin: CommandOrigin | undefined;
  readonly notes: readonly string[];
  /** Docker refuses to create the container (`no command specified`). */
  readonly error: string | undefined;
}

function describe(what: 'ENTRYPOINT' | 'CMD', value: readonly string[], origin: CommandOrigin | undefined): string {
  const where =
    origin === undefined || origin.inherited
      ? 'inherited from the base image'
      : origin.line !== undefined
        ? `line ${origin.line}`
        : 'set in the Dockerfile';
  if (origin?.form === 'shell') {
    const text = value[value.length - 1] ?? '';
    const shell = value.slice(0, -1).join(' ');
    return `${what} in shell form (${where}): Docker runs ${shell} ${JSON.stringify(text)}`;
  }
  return `${what} ${JSON.stringify(value)} (exec form, ${where})`;
}

export function resolveCommand(config: ImageConfig, options: Pick<RunOptions, 'args' | 'entrypoint'>): ResolvedCommand {
  const notes: string[] = [];
  const args = options.args ?? [];
  let imageCmd = config.cmd ?? [];
  let cmdOrigin = config.cmdOrigin;
  // BuildKit clears an inherited CMD when a stage sets ENTRYPOINT without its own CMD. The build
  // should already have done it; if a CMD from the base image is still there, do it here.
  if (config.entrypointOrigin?.inherited === false && cmdOrigin?.inherited === true && imageCmd.length > 0) {
    notes.push(
      `ENTRYPOINT is set in this stage, so the base image's CMD ${JSON.stringify(imageCmd)} is dropped (Docker resets an inherited CMD when a stage sets ENTRYPOINT).`,
    );
    imageCmd = [];
    cmdOrigin = undefined;
  }

  let entrypoint: readonly string[];
  let cmd: readonly string[];
  let entrypointOrigin = config.entrypointOrigin;
  if (options.entrypoint !== undefined) {
    // The CLI sends [X] (or [""]); a non-empty user entrypoint means the image's CMD is not merged.
    entrypoint = options.entrypoint === '' ? [] : [options.entrypoint];
    entrypointOrigin = undefined;
    cmd = args;
    cmdOrigin = undefined;
    notes.push(
      options.entrypoint === ''
        ? `--entrypoint "" clears the image's ENTRYPOINT and its CMD too; only the docker run arguments are left.`
        : `--entrypoint ${JSON.stringify(options.entrypoint)} replaces the image's ENTRYPOINT and drops its CMD (Docker takes the flag as one program name, not a command line).`,
    );
    if (args.length > 0) notes.push(`docker run arguments ${JSON.stringify(args)} are passed to it.`);
  } else {
    entrypoint = config.entrypoint ?? [];
    if (entrypoint.length > 0) notes.push(describe('ENTRYPOINT', entrypoint, entrypointOrigin));
    if (args.length > 0) {
      cmd = args;
      if (imageCmd.length > 0) notes.push(`docker run arguments ${JSON.stringify(args)} replace CMD ${JSON.stringify(imageCmd)}.`);
      else notes.push(`docker run arguments ${JSON.stringify(args)} are used as CMD.`);
      cmdOrigin = undefined;
    } else {
      cmd = imageCmd;
      if (cmd.length > 0) notes.push(describe('CMD', cmd, cmdOrigin));
    }
  }

  if (entrypointOrigin?.form === 'shell' && cmd.length > 0) {
    notes.push(
      `A shell-form ENTRYPOINT ignores CMD and docker run arguments: they reach /bin/sh -c as $0, $1 … and the script never uses them.`,
    );
  }
  const argv = [...entrypoint, ...cmd];
  const error = argv.length === 0 ? 'no command specified' : undefined;
  return { argv, entrypoint, cmd, entrypointOrigin, cmdOrigin, notes, error };
}
