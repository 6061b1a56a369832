/**
 * What the kernel's `execve` does with a file of the image (execve(2), fs/binfmt_script.c):
 * - an ELF built for another architecture fails with ENOEXEC (`exec format error`);
 * - a dynamically linked ELF whose loader (PT_INTERP, the libc's `ld-*.so`) is not in the image fails
 *   with ENOENT (`no such file or directory`) although the file is there — glibc binaries on Alpine or
 *   scratch (simulation-model.md §5.3);
 * - a script runs its `#!` interpreter; the line is cut at `\n` and only spaces and tabs are stripped, so
 *   a CRLF line names `/bin/sh\r`, which does not exist (ENOENT);
 * - a text file without `#!` fails with ENOEXEC (shells then run it themselves, runc does not);
 * - no execute permission, or a directory: EACCES.
 */
import type { DirNode, FileNode } from '../build/types.ts';
import { normalizePath } from '../build/fs-path.ts';
import { absolutePath, baseUtility, canExecute, lookupPath, realPath } from './fs-query.ts';
import type { BaseTools, Credentials } from './fs-query.ts';

export type Errno = 'ENOENT' | 'ENOEXEC' | 'EACCES' | 'ELOOP';

export interface ExecContext {
  readonly fs: DirNode;
  readonly cwd: string;
  readonly cred: Credentials;
  /** GOARCH of the host (`amd64`). */
  readonly hostArch: string;
  /** GOARCH the image was built for: assumed for files whose content the simulation does not know. */
  readonly imageArch: string;
  /** The base image's everyday commands (not all in the tree). */
  readonly base?: BaseTools | undefined;
}

export type ExecResult =
  | {
      readonly ok: true;
      /** argv after `#!` expansion: `[interpreter, arg?, script, ...args]`. */
      readonly argv: readonly string[];
      /** Absolute real path of the program that ends up running (the interpreter for a script). */
      readonly program: string;
      readonly node: FileNode;
      /** Scripts passed through, outermost first. */
      readonly scripts: readonly string[];
      /** The file's content is unknown: it is assumed to be a program for the image's platform. */
      readonly assumed: boolean;
    }
  | {
      readonly ok: false;
      readonly errno: Errno;
      /** Plain words: which file is missing, which architecture it was built for ... */
      readonly detail: string;
      /** The failure comes from a `#!` line that ends in `\r`. */
      readonly crlf: boolean;
    };

const MAX_SCRIPT_DEPTH = 4; // BINPRM_MAX_RECURSION in fs/exec.c

/** Parses a `#!` line as fs/binfmt_script.c does: interpreter, then at most one argument (the rest). */
export function parseShebang(text: string): { readonly interpreter: string; readonly arg: string | undefined } | undefined {
  if (!text.startsWith('#!')) return undefined;
  const end = text.indexOf('\n');
  let line = (end < 0 ? text : text.slice(0, end)).slice(2);
  line = line.replace(/^[ \t]+/, '').replace(/[ \t]+$/, '');
  if (line === '') return undefined;
  const split = /[ \t]/.exec(line);
  if (split === null) return { interpreter: line, arg: undefined };
  const arg = line.slice(split.index).replace(/^[ \t]+/, '');
  return { interpreter: line.slice(0, split.index), arg: arg === '' ? undefined : arg };
}

function archWords(arch: string): string {
  return arch === 'amd64' ? 'amd64 (x86-64)' : arch === 'arm64' ? 'arm64 (aarch64)' : arch;
}

export function execve(ctx: ExecContext, path: string, argv: readonly string[], depth = 0): ExecResult {
  const abs = absolutePath(path, ctx.cwd);
  const node = lookupPath(ctx.fs, abs) ?? baseUtility(ctx.base, abs);
  if (node === undefined) return { ok: false, errno: 'ENOENT', detail: `${path} does not exist in the image`, crlf: false };
  if (node.kind !== 'file') return { ok: false, errno: 'EACCES', detail: `${path} is a directory, not a program`, crlf: false };
  if (!canExecute(node, ctx.cred)) {
    return { ok: false, errno: 'EACCES', detail: `${path} is not executable (mode ${(node.mode & 0o7777).toString(8).padStart(4, '0')}) for uid ${ctx.cred.uid}`, crlf: false };
  }
  const real = realPath(ctx.fs, abs) ?? abs;
  if (node.binary !== undefined) {
    const bin = node.binary;
    if (bin.arch !== ctx.hostArch) {
      return { ok: false, errno: 'ENOEXEC', detail: `${path} is built for ${archWords(bin.arch)}, the host runs ${archWords(ctx.hostArch)}`, crlf: false };
    }
    if (bin.linkage === 'dynamic' && bin.interpreter !== undefined && lookupPath(ctx.fs, bin.interpreter)?.kind !== 'file') {
      const libc = bin.libc === 'none' ? 'its C library' : bin.libc;
      return {
        ok: false,
        errno: 'ENOENT',
        detail: `${path} is dynamically linked against ${libc}; its loader ${bin.interpreter} is not in the image`,
        crlf: false,
      };
    }
    return { ok: true, argv, program: real, node, scripts: [], assumed: false };
  }
  if (node.text !== undefined && !node.text.startsWith('\x7fELF')) {
    const bang = parseShebang(node.text);
    if (bang === undefined) {
      return { ok: false, errno: 'ENOEXEC', detail: `${path} is a text file without a #! line`, crlf: false };
    }
    if (depth >= MAX_SCRIPT_DEPTH) return { ok: false, errno: 'ELOOP', detail: `too many nested #! interpreters at ${path}`, crlf: false };
    const crlf = bang.interpreter.endsWith('\r') || (bang.arg?.endsWith('\r') ?? false);
    const next = [bang.interpreter, ...(bang.arg === undefined ? [] : [bang.arg]), path, ...argv.slice(1)];
    const inner = execve(ctx, bang.interpreter, next, depth + 1);
    if (inner.ok) return { ...inner, scripts: [path, ...inner.scripts] };
    if (bang.interpreter.endsWith('\r')) {
      return {
        ok: false,
        errno: inner.errno,
        detail: `${path} has Windows line endings: its #! line names "${bang.interpreter.replace('\r', '\\r')}", which does not exist`,
        crlf: true,
      };
    }
    return { ok: false, errno: inner.errno, detail: `${path} needs ${bang.interpreter}: ${inner.detail}`, crlf: crlf || inner.crlf };
  }
  if (ctx.imageArch !== ctx.hostArch) {
    return {
      ok: false,
      errno: 'ENOEXEC',
      detail: `${path} comes from an image built for ${archWords(ctx.imageArch)}, the host runs ${archWords(ctx.hostArch)}`,
      crlf: false,
    };
  }
  return { ok: true, argv, program: real, node, scripts: [], assumed: true };
}
