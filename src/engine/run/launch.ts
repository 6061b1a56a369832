/**
 * Starting a program inside the container, as whoever starts it would: runc for PID 1 (Go's
 * `exec.LookPath` before the container starts, then `execve`), tini (`execvp`), a shell, `env`, or npm's
 * spawn. Finds the file, checks what `execve` would do with it (exec-check.ts), then hands over to the
 * program: an init forwards to its child, a shell runs its script, npm runs a package script, an
 * interpreter loads the app. The result is the process (sub)tree and whether it keeps running.
 */
import { execve } from './exec-check.ts';
import type { ExecContext, Errno } from './exec-check.ts';
import { lookPath } from './fs-query.ts';
import type { BaseTools } from './fs-query.ts';
import { knownEntrypoint } from './entrypoint-scripts.ts';
import { launchShell } from './launch-shell.ts';
import { launchApp, launchInit, launchPackageScript, launchWrapper } from './launch-programs.ts';
import {
  dockerCreateError,
  DOCKER_RUN_HELP,
  dumbInitExecError,
  envExecError,
  runcStartError,
  shellCommandError,
  tiniExecError,
} from './messages.ts';
import { identifyProgram, wrapperOf, basename } from './programs.ts';
import type { LaunchContext, Launcher, Outcome, Proc } from './process-model.ts';
import type { RunError } from './types.ts';
import type { FileNode } from '../build/types.ts';
import { firstMissing, installAdvice } from '../build/run/commands/library-search.ts';

const MAX_DEPTH = 16;

export function baseTools(ctx: LaunchContext): BaseTools {
  return { os: ctx.image.os, arch: ctx.image.platform.arch };
}

export function execContext(ctx: LaunchContext): ExecContext {
  return { fs: ctx.fs, cwd: ctx.cwd, cred: ctx.cred, hostArch: ctx.hostArch, imageArch: ctx.image.platform.arch, base: baseTools(ctx) };
}

/** Ends `proc` with `code`; an error passed up from a child now reports the exit code the container ends with. */
export function exited(proc: Proc, code: number, reason: string, error?: RunError): Outcome {
  proc.state = 'exited';
  proc.exitCode = code;
  const e = error === undefined || error.phase === 'create' || error.exitCode === code ? error : { ...error, exitCode: code };
  return { state: 'exited', code, reason, error: e };
}

function advice(errno: Errno | 'missing' | 'permission' | 'is-directory', detail: string, crlf: boolean): string {
  if (crlf) return `${detail}. Convert the file to Unix (LF) line endings — dos2unix, or \`*.sh text eol=lf\` in .gitattributes.`;
  switch (errno) {
    case 'missing':
      return `${detail}. Install it in the image, or use a path that exists.`;
    case 'permission':
    case 'EACCES':
      return `${detail}. Make it executable (\`RUN chmod +x\`, or \`COPY --chmod=755\`).`;
    case 'is-directory':
      return `${detail}.`;
    case 'ENOEXEC':
      return /built for|image built for/.test(detail)
        ? `${detail}. Build the image for the host's platform (\`docker build --platform\`), or run it where emulation is set up (Docker Desktop registers QEMU; a plain Linux server does not).`
        : `${detail}. Start it with a #! line (\`#!/bin/sh\`) or run it through its interpreter.`;
    case 'ENOENT':
      return /loader/.test(detail)
        ? `${detail}: the kernel cannot start it and reports "no such file or directory" even though the file is there. Build it statically (Go: CGO_ENABLED=0) or use a base image with the same C library.`
        : `${detail}.`;
    default:
      return `${detail}.`;
  }
}

/** The error a launcher reports when it cannot start `name`. */
function cannotStart(
  proc: Proc,
  ctx: LaunchContext,
  via: Launcher,
  name: string,
  problem: { readonly errno: Errno | 'missing' | 'permission' | 'is-directory'; readonly goMessage: string | undefined; readonly detail: string; readonly crlf: boolean },
): Outcome {
  const explanation = advice(problem.errno, problem.detail, problem.crlf);
  const errno: Errno = problem.errno === 'missing' || problem.errno === 'is-directory' ? (problem.errno === 'missing' ? 'ENOENT' : 'EACCES') : problem.errno === 'permission' ? 'EACCES' : problem.errno;
  switch (via.kind) {
    case 'runc': {
      if (problem.goMessage !== undefined) {
        const e = dockerCreateError(problem.goMessage);
        const error: RunError = { message: e.message, exitCode: e.exitCode, phase: 'create', printedBy: 'docker', output: [e.message, '', DOCKER_RUN_HELP], explanation };
        return exited(proc, e.exitCode, 'docker run could not start the container', error);
      }
      const e = runcStartError(name, errno);
      const error: RunError = { message: e.message, exitCode: e.exitCode, phase: 'start', printedBy: 'container', output: [e.message], explanation };
      return exited(proc, e.exitCode, 'the container started, but its program could not be executed', error);
    }
    case 'tini': {
      const e = tiniExecError(name, errno, proc.pid);
      return exited(proc, e.exitCode, 'tini could not start its child', { message: e.message, exitCode: e.exitCode, phase: 'runtime', printedBy: 'container', output: [e.message], explanation });
    }
    case 'dumb-init': {
      const e = dumbInitExecError(name, errno);
      return exited(proc, e.exitCode, 'dumb-init could not start its child', { message: e.message, exitCode: e.exitCode, phase: 'runtime', printedBy: 'container', output: [e.message], explanation });
    }
    case 'shell': {
      const problemKind = problem.errno === 'missing' ? 'missing' : errno;
      const e = shellCommandError(via.impl, { arg0: via.arg0, line: via.line, script: via.file }, name, problemKind, via.viaExec);
      return exited(proc, e.exitCode, 'the shell could not run the command', { message: e.message, exitCode: e.exitCode, phase: 'runtime', printedBy: 'container', output: [e.message], explanation });
    }
    case 'env': {
      const e = envExecError(via.busybox, name.replace(/\r/g, '\\r'), errno);
      return exited(proc, e.exitCode, 'env could not start the command', { message: e.message, exitCode: e.exitCode, phase: 'runtime', printedBy: 'container', output: [e.message], explanation });
    }
    case 'spawn': {
      const message = `${via.by} error: spawn ${name} ${errno}`;
      return exited(proc, 1, `${via.by} could not start the command`, { message, exitCode: 1, phase: 'runtime', printedBy: 'container', output: [message], explanation });
    }
  }
}

/**
 * The dynamic loader runs after a successful `execve` and fails when a DT_NEEDED library is nowhere on its
 * search path: glibc's ld.so prints `<argv0>: error while loading shared libraries: libpq.so.5: cannot open
 * shared object file: No such file or directory` and exits 127; musl's prints `Error loading shared library
 * libpq.so.5: No such file or directory (needed by <path>)` (measured with glibc 2.36; musl ldso/dynlink.c).
 */
function missingLibrary(proc: Proc, ctx: LaunchContext, argv0: string, node: FileNode): Outcome | undefined {
  const bin = node.binary;
  if (bin?.linkage !== 'dynamic' || bin.needs.length === 0) return undefined;
  const image = { fs: ctx.fs, os: ctx.image.os, arch: ctx.image.platform.arch, ldLibraryPath: ctx.env.LD_LIBRARY_PATH };
  const missing = firstMissing(image, bin.needs);
  if (missing === undefined) return undefined;
  const message = bin.libc === 'musl'
    ? `Error loading shared library ${missing.soname}: No such file or directory (needed by ${argv0})`
    : `${argv0}: error while loading shared libraries: ${missing.soname}: cannot open shared object file: No such file or directory`;
  const explanation = `${argv0} was linked against ${missing.soname}${missing.provider !== undefined ? ` (package ${missing.provider})` : ''}, which is not in this image: the dynamic loader stops before the program runs. ${installAdvice(ctx.image.os, missing.provider)}`;
  return exited(proc, 127, `the dynamic loader cannot find ${missing.soname}`, { message, exitCode: 127, phase: 'runtime', printedBy: 'container', output: [message], explanation });
}

export function launch(proc: Proc, argv: readonly string[], ctx: LaunchContext, via: Launcher): Outcome {
  if (ctx.depth > MAX_DEPTH) return exited(proc, 1, 'too many nested programs to follow');
  const name = argv[0] ?? '';
  proc.argv = [...argv];
  const pathEnv = ctx.env.PATH ?? '';
  const found = lookPath(ctx.fs, name, pathEnv, ctx.cwd, ctx.cred, baseTools(ctx));
  if (!found.ok) {
    const detail =
      found.reason === 'not-in-path'
        ? `"${name}" is not in the image, or not in any directory of its PATH (${pathEnv})`
        : found.reason === 'no-such-file'
          ? `${name} does not exist in the image`
          : found.reason === 'is-directory'
            ? `${name} is a directory, not a program`
            : `${name} is not executable for uid ${ctx.cred.uid}`;
    const errno = found.reason === 'not-in-path' || found.reason === 'no-such-file' ? 'missing' : found.reason;
    return cannotStart(proc, ctx, via, name, { errno, goMessage: found.message, detail, crlf: false });
  }
  // An official entrypoint script the catalog lists without its text (the build may even record it as
  // a base-image ELF): run it as the /bin/sh script it is.
  const fromBase = found.node.binary === undefined || found.node.binary.producer === 'base image';
  if (found.node.text === undefined && fromBase && (knownEntrypoint(found.real, ctx.image.baseImage) !== undefined || found.real.endsWith('.sh'))) {
    const sh = execve(execContext(ctx), '/bin/sh', ['/bin/sh']);
    if (!sh.ok) return cannotStart(proc, ctx, via, via.kind === 'runc' ? found.name : name, { errno: sh.errno, goMessage: undefined, detail: `${found.name} needs /bin/sh: ${sh.detail}`, crlf: false });
    return launchShell(proc, ['/bin/sh', found.name, ...argv.slice(1)], ctx, undefined, sh.program);
  }
  const run = execve(execContext(ctx), found.name, [found.name, ...argv.slice(1)]);
  if (!run.ok) {
    // A shell runs a text file without #! itself (POSIX "command search and execution").
    if (run.errno === 'ENOEXEC' && via.kind === 'shell' && found.node.text !== undefined && !found.node.binary) {
      return launchShell(proc, [via.arg0, found.name, ...argv.slice(1)], ctx, via.impl);
    }
    return cannotStart(proc, ctx, via, via.kind === 'runc' ? found.name : name, { errno: run.errno, goMessage: undefined, detail: run.detail, crlf: run.crlf });
  }
  const loadFailure = missingLibrary(proc, ctx, argv[0] ?? found.name, run.node);
  if (loadFailure !== undefined) return loadFailure;
  if (run.assumed) {
    ctx.assumptions.push(`${found.real}: its content is not known to the simulation; assumed to be a working program for ${ctx.image.platform.os}/${ctx.image.platform.arch}.`);
  }
  // What `ps` shows and the program sees: argv as started, or the interpreter line for a script.
  const shown = run.scripts.length > 0 ? [...run.argv] : [...argv];
  proc.argv = shown;
  const program = identifyProgram(shown[0] ?? name, run.program, run.node);
  const wrapper = wrapperOf(basename(shown[0] ?? '')) ?? wrapperOf(basename(run.program));
  if (wrapper !== undefined) return launchWrapper(proc, wrapper, shown, ctx, basename(run.program) === 'busybox' || run.node.binary?.producer === 'busybox applet');
  switch (program) {
    case 'tini':
    case 'dumb-init':
      return launchInit(proc, program, shown, ctx);
    case 'shell':
      return launchShell(proc, shown, ctx, undefined, run.program);
    case 'npm':
    case 'yarn':
      return launchPackageScript(proc, program, shown, ctx);
    default:
      return launchApp(proc, program, shown, ctx, run.node);
  }
}
