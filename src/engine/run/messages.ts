/**
 * The exact texts the programs involved print when a command cannot be run, and their exit codes.
 *
 * - docker CLI (docker/cli `cli/command/container/run.go` `toStatusError`): 127 when the daemon's error
 *   says `executable file not found` or `no such file or directory`, 126 for `permission denied` /
 *   `is a directory`, else 125. The daemon's text wraps runc's: moby `libcontainerd/remote/client.go`
 *   ("failed to create task for container"), containerd ("failed to create shim task", "OCI runtime
 *   create failed"), runc `libcontainer/container_linux.go` ("unable to start container process") and
 *   `process_linux.go` ("error during container init"), then Go's `exec.LookPath` error. Older runc
 *   (before 1.1) printed no "error during container init" (the wording quoted in simulation-model.md §5.3).
 * - moby `daemon/errors.go` `translateContainerdStartErr` appends `: permission denied` to an
 *   `is a directory` error so that the CLI exits 126.
 * - runc ≥ 1.2 prints an `execve` failure after start as `exec <path>: <errno text>` and exits 255
 *   (`libcontainer/init_linux.go` `Init`, commit f2f16213e, "os.Exit(255)"; runc 1.1 exited 1).
 * - tini 0.19 (Docker's `--init`, built without MINIMAL): `[FATAL tini (<pid>)] exec <arg> failed:
 *   <strerror>`, exit 127 for ENOENT, 126 for EACCES, else 1 (`src/tini.c` `spawn`).
 * - shells: dash `sh: 1: x: not found`, BusyBox ash `sh: x: not found`, bash `bash: line 1: x: command
 *   not found`, all 127; permission denied 126 (simulation-model.md §5.3 for the ash and bash 5.2 texts).
 */
import type { Errno } from './exec-check.ts';

export const DOCKER_RUN_HELP = "Run 'docker run --help' for more information";

/** Wraps runc's create-time error as `docker run` prints it, with the CLI's exit code. */
export function dockerCreateError(inner: string): { readonly message: string; readonly exitCode: number } {
  let daemon = `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${inner}: unknown`;
  if (daemon.includes('is a directory')) daemon += ': permission denied';
  const message = `docker: Error response from daemon: ${daemon}`;
  return { message, exitCode: cliExitCode(message) };
}

/** A daemon error that is not about the command (`unable to find user ...`, `no command specified`). */
export function dockerDaemonError(text: string): { readonly message: string; readonly exitCode: number } {
  const message = `docker: Error response from daemon: ${text}`;
  return { message, exitCode: cliExitCode(message) };
}

function cliExitCode(message: string): number {
  if (message.includes('executable file not found') || message.includes('no such file or directory')) return 127;
  if (message.includes('permission denied') || message.includes('is a directory')) return 126;
  return 125;
}

const STRERROR: Readonly<Record<Errno, string>> = {
  ENOENT: 'no such file or directory',
  ENOEXEC: 'exec format error',
  EACCES: 'permission denied',
  ELOOP: 'too many levels of symbolic links',
};

/** C's strerror (capitalised), as tini and env print it. */
const C_STRERROR: Readonly<Record<Errno, string>> = {
  ENOENT: 'No such file or directory',
  ENOEXEC: 'Exec format error',
  EACCES: 'Permission denied',
  ELOOP: 'Too many levels of symbolic links',
};

/** runc's last `execve` failed after the container started (Go's os.PathError text). */
export function runcStartError(path: string, errno: Errno): { readonly message: string; readonly exitCode: number } {
  return { message: `exec ${path}: ${STRERROR[errno]}`, exitCode: 255 };
}

export function tiniExecError(arg: string, errno: Errno, pid: number): { readonly message: string; readonly exitCode: number } {
  const exitCode = errno === 'ENOENT' ? 127 : errno === 'EACCES' ? 126 : 1;
  return { message: `[FATAL tini (${pid})] exec ${arg} failed: ${C_STRERROR[errno]}`, exitCode };
}

/** dumb-init 1.2 (`dumb-init.c`): `[dumb-init] <cmd>: <strerror>`, exit 2. */
export function dumbInitExecError(arg: string, errno: Errno): { readonly message: string; readonly exitCode: number } {
  return { message: `[dumb-init] ${arg}: ${C_STRERROR[errno]}`, exitCode: 2 };
}

export type ShellImpl = 'dash' | 'bash' | 'busybox-ash';

/**
 * A shell could not run `name`. `where` is `$0` and the line (`/bin/sh` + 1 for `sh -c`, the script's
 * path and line for a script). `missing`: the command is not in PATH at all.
 */
export function shellCommandError(
  impl: ShellImpl,
  where: { readonly arg0: string; readonly line: number; readonly script: boolean },
  name: string,
  problem: 'missing' | Errno,
  viaExec: boolean,
): { readonly message: string; readonly exitCode: number } {
  const exitCode = problem === 'missing' || problem === 'ENOENT' ? 127 : 126;
  const what = viaExec ? `exec: ${name}` : name;
  if (impl === 'bash') {
    const text =
      problem === 'missing'
        ? viaExec ? 'not found' : 'command not found'
        : problem === 'ENOENT'
          ? 'cannot execute: required file not found'
          : problem === 'ENOEXEC'
            ? 'cannot execute binary file: Exec format error'
            : 'Permission denied';
    return { message: `${where.arg0}: line ${where.line}: ${what}: ${text}`, exitCode };
  }
  const text = problem === 'missing' || problem === 'ENOENT' ? 'not found' : problem === 'ENOEXEC' ? 'Exec format error' : 'Permission denied';
  if (impl === 'busybox-ash') {
    const prefix = where.script ? `${where.arg0}: line ${where.line}` : where.arg0;
    return { message: `${prefix}: ${what}: ${text}`, exitCode };
  }
  return { message: `${where.arg0}: ${where.line}: ${what}: ${text}`, exitCode };
}

/** coreutils `env` (Debian) and BusyBox `env` when the program is missing. */
export function envExecError(busybox: boolean, name: string, errno: Errno): { readonly message: string; readonly exitCode: number } {
  const exitCode = errno === 'ENOENT' ? 127 : 126;
  return busybox
    ? { message: `env: can't execute '${name}': ${C_STRERROR[errno]}`, exitCode }
    : { message: `/usr/bin/env: '${name}': ${C_STRERROR[errno]}`, exitCode };
}
