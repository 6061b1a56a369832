/**
 * Which program a process runs, as far as PID 1 and signals are concerned, read from its argv and the
 * file it executes; and where an interpreter's app lives (`node server.js` -> /app/server.js relative
 * to the working directory, `python -m app` -> app.py or app/__main__.py).
 */
import type { DirNode, FileNode } from '../build/types.ts';
import { normalizePath } from '../build/fs-path.ts';
import { absolutePath, fileText, lookupPath } from './fs-query.ts';
import type { ShellImpl } from './messages.ts';
import type { ProgramKind } from './types.ts';

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Programs that replace themselves with their argument command (`exec`), after some setup. */
export type Wrapper = 'env' | 'gosu' | 'su-exec' | 'setpriv' | 'nice' | 'nohup' | 'stdbuf';

export function wrapperOf(name: string): Wrapper | undefined {
  switch (name) {
    case 'env':
    case 'gosu':
    case 'su-exec':
    case 'setpriv':
    case 'nice':
    case 'nohup':
    case 'stdbuf':
      return name;
    default:
      return undefined;
  }
}

/** The arguments a wrapper execs: skips its own options and, for gosu/su-exec, the user. */
export function wrappedCommand(wrapper: Wrapper, args: readonly string[]): { readonly argv: string[]; readonly env: Record<string, string> } {
  const env: Record<string, string> = {};
  let i = 0;
  if (wrapper === 'env') {
    for (; i < args.length; i++) {
      const a = args[i] as string;
      if (a === '-i' || a === '--ignore-environment' || a === '-0') continue;
      if (a === '-u' || a === '--unset' || a === '-C' || a === '--chdir' || a === '-S') { i++; continue; }
      if (a === '--') { i++; break; }
      if (a.startsWith('-')) continue;
      const eq = a.indexOf('=');
      if (eq > 0) { env[a.slice(0, eq)] = a.slice(eq + 1); continue; }
      break;
    }
  } else if (wrapper === 'gosu' || wrapper === 'su-exec') {
    i = 1; // the user
  } else {
    for (; i < args.length; i++) {
      const a = args[i] as string;
      if (a === '--') { i++; break; }
      if (!a.startsWith('-')) break;
      if ((wrapper === 'nice' && (a === '-n' || a === '--adjustment')) || (wrapper === 'stdbuf' && /^-[ioe]$/.test(a))) i++;
    }
  }
  return { argv: args.slice(i), env };
}

/** The shell behind a path: from the file it resolves to (`/bin/sh` -> dash / bash / busybox), else the image's. */
export function shellImplOf(name: string, realPath: string, imageShell: string | undefined): ShellImpl {
  const real = basename(realPath);
  if (real === 'bash' || (name === 'bash' && real !== 'busybox')) return 'bash';
  if (real === 'dash' || name === 'dash') return 'dash';
  if (real === 'busybox' || name === 'ash') return 'busybox-ash';
  if (imageShell === 'bash' || imageShell === 'dash' || imageShell === 'busybox-ash') return imageShell;
  return 'dash';
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash']);

export function identifyProgram(argv0: string, realPath: string, node: FileNode | undefined): ProgramKind {
  const names = [basename(argv0), basename(realPath)];
  const has = (re: RegExp) => names.some((n) => re.test(n));
  if (has(/^(tini|tini-static|docker-init)$/)) return 'tini';
  if (has(/^dumb-init$/)) return 'dumb-init';
  if (names.some((n) => SHELLS.has(n)) || (basename(realPath) === 'busybox' && SHELLS.has(basename(argv0)))) return 'shell';
  if (has(/^npm(-cli\.js)?$/)) return 'npm';
  if (has(/^(yarn|yarnpkg)(\.js)?$/)) return 'yarn';
  if (has(/^(node|nodejs)$/)) return 'node';
  if (has(/^gunicorn$/)) return 'gunicorn';
  if (has(/^uvicorn$/)) return 'uvicorn';
  if (has(/^flask$/)) return 'flask';
  if (has(/^python(\d+(\.\d+)?)?$/)) return 'python';
  if (has(/^java$/)) return 'java';
  if (has(/^nginx(-debug)?$/)) return 'nginx';
  if (has(/^php-fpm[\d.]*$/)) return 'php-fpm';
  if (has(/^(httpd|apache2|httpd-foreground)$/)) return 'httpd';
  if (has(/^(postgres|postgresql)$/)) return 'postgres';
  if (has(/^sleep$/)) return 'sleep';
  if (node?.binary?.producer !== undefined && /\bgo\b|golang/.test(node.binary.producer)) return 'go';
  return 'other';
}

// ---------------------------------------------------------------------------------------------
// Interpreter arguments

const NODE_VALUE_FLAGS = new Set(['-r', '--require', '--import', '--loader', '--experimental-loader', '-C', '--conditions', '--title', '--input-type', '--env-file', '--stack-size']);

export type AppEntry =
  | { readonly kind: 'file'; readonly arg: string; readonly path: string; readonly args: readonly string[] }
  | { readonly kind: 'inline'; readonly code: string }
  | { readonly kind: 'module'; readonly module: string; readonly args: readonly string[] }
  | { readonly kind: 'none' };

/** `node [options] script [args]`, `node -e code`, `node` (a REPL). */
export function nodeEntry(args: readonly string[]): AppEntry {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-e' || a === '--eval' || a === '-p' || a === '--print') return { kind: 'inline', code: args[i + 1] ?? '' };
    if (a === '--') return args[i + 1] === undefined ? { kind: 'none' } : { kind: 'file', arg: args[i + 1] as string, path: '', args: args.slice(i + 2) };
    if (NODE_VALUE_FLAGS.has(a)) { i++; continue; }
    if (a.startsWith('-')) continue;
    return { kind: 'file', arg: a, path: '', args: args.slice(i + 1) };
  }
  return { kind: 'none' };
}

/** `python [options] script [args]`, `-m module`, `-c code`, nothing (a REPL). */
export function pythonEntry(args: readonly string[]): AppEntry {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-c') return { kind: 'inline', code: args[i + 1] ?? '' };
    if (a === '-m') return args[i + 1] === undefined ? { kind: 'none' } : { kind: 'module', module: args[i + 1] as string, args: args.slice(i + 2) };
    if (a.startsWith('-m') && a.length > 2) return { kind: 'module', module: a.slice(2), args: args.slice(i + 1) };
    if (a === '-W' || a === '-X' || a === '--check-hash-based-pycs') { i++; continue; }
    if (a === '-' ) return { kind: 'none' };
    if (a.startsWith('-')) continue;
    return { kind: 'file', arg: a, path: '', args: args.slice(i + 1) };
  }
  return { kind: 'none' };
}

/** Node's resolution of a script argument: the file, then `.js`/`.mjs`/`.cjs`, then a directory's `main` or index.js. */
export function resolveNodeScript(fs: DirNode, cwd: string, arg: string): string | undefined {
  const base = absolutePath(arg, cwd);
  for (const candidate of [base, `${base}.js`, `${base}.mjs`, `${base}.cjs`]) {
    if (lookupPath(fs, candidate)?.kind === 'file') return candidate;
  }
  if (lookupPath(fs, base)?.kind === 'dir') {
    const pkg = fileText(fs, `${base}/package.json`);
    const main = pkg === undefined ? undefined : packageField(pkg, 'main');
    if (typeof main === 'string') return resolveNodeScript(fs, base, main);
    if (lookupPath(fs, `${base}/index.js`)?.kind === 'file') return `${base}/index.js`;
  }
  return undefined;
}

/** `python -m x.y`: x/y.py or x/y/__main__.py relative to the working directory (sys.path[0]). */
export function resolvePythonModule(fs: DirNode, cwd: string, module: string): string | undefined {
  const rel = module.replace(/\./g, '/');
  for (const candidate of [`${rel}.py`, `${rel}/__main__.py`]) {
    const path = absolutePath(candidate, cwd);
    if (lookupPath(fs, path)?.kind === 'file') return path;
  }
  return undefined;
}

/** A top-level field of a package.json text; `undefined` when absent or unparsable. */
export function packageField(text: string, field: string): unknown {
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === 'object' && json !== null ? (json as Record<string, unknown>)[field] : undefined;
  } catch {
    return undefined;
  }
}
