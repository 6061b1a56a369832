/**
 * `tsc`, the TypeScript compiler, file by file as it emits (TypeScript handbook, "tsconfig reference"):
 *
 * - The project: `-p <dir|file>` (`--project`, or `-b`/`--build` with a path), else the first tsconfig.json
 *   found from the working directory up; files named on the command line are compiled on their own and the
 *   tsconfig is then ignored. No config and no files: tsc prints its help and exits 1.
 * - Each input `X.ts` (`.tsx`, `.mts`, `.cts`; `.js` with allowJs) becomes `X.js` (`.jsx` for jsx: preserve,
 *   `.mjs`, `.cjs`) under `outDir`, at its path relative to `rootDir` — by default the longest common directory
 *   of the inputs (`src/server.ts` with rootDir src and outDir dist -> `dist/server.js`); without outDir beside
 *   its source. Declaration files are not emitted; `declaration` adds `.d.ts`, `sourceMap` adds `.js.map`.
 *   `outFile` concatenates everything into one file; `noEmit` writes nothing.
 * - Errors tsc reports from the configuration alone: TS18003 (no inputs), TS6059 (a file outside rootDir: tsc
 *   still emits, and exits 2), TS5057/TS5058 (no tsconfig at `-p`). Type errors are not simulated: the code
 *   is taken to type-check.
 * - The emitted JavaScript carries the TypeScript source's text (types are not stripped), so the run
 *   simulation can follow its imports and signal handlers; its size is the source's (an estimate).
 */
import type { CommandHandler, Outcome } from '../command-types.ts';
import type { RunState } from '../run-state.ts';
import { estimate, log, putFile, spend } from '../run-state.ts';
import { lookup } from '../../fs-tree.ts';
import { dirname, joinPath, normalizePath } from '../../fs-path.ts';
import { commandLineProject, fileNode, NO_OPTIONS, readProject } from './tsconfig.ts';
import type { TsOptions, TsProject } from './tsconfig.ts';

const VALUE_FLAGS = new Set(['-p', '--project', '--outDir', '--rootDir', '--outFile', '--declarationDir', '--jsx', '--target', '-t', '--module', '-m', '--lib', '--moduleResolution', '--types']);

interface TscArgs {
  readonly project: string | undefined;
  readonly files: readonly string[];
  readonly overrides: Partial<Record<keyof TsOptions, string | boolean>>;
  readonly help: boolean;
}

function parseArgs(args: readonly string[]): TscArgs {
  let project: string | undefined;
  const files: string[] = [];
  const overrides: Partial<Record<keyof TsOptions, string | boolean>> = {};
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => inline ?? (args[++i] ?? '');
    if (flag === '-p' || flag === '--project') project = value();
    else if (flag === '-b' || flag === '--build') {
      if (args[i + 1] !== undefined && !(args[i + 1] as string).startsWith('-')) project = args[++i];
    } else if (flag === '--outDir') overrides.outDir = value();
    else if (flag === '--rootDir') overrides.rootDir = value();
    else if (flag === '--outFile') overrides.outFile = value();
    else if (flag === '--declarationDir') overrides.declarationDir = value();
    else if (flag === '--jsx') overrides.jsx = value().toLowerCase();
    else if (flag === '--noEmit') overrides.noEmit = inline !== 'false';
    else if (flag === '--declaration' || flag === '-d') overrides.declaration = inline !== 'false';
    else if (flag === '--sourceMap') overrides.sourceMap = inline !== 'false';
    else if (flag === '--allowJs') overrides.allowJs = inline !== 'false';
    else if (flag === '--emitDeclarationOnly') overrides.emitDeclarationOnly = inline !== 'false';
    else if (flag === '-h' || flag === '--help' || flag === '-v' || flag === '--version') help = true;
    else if (VALUE_FLAGS.has(flag) && inline === undefined) i++;
    else if (!a.startsWith('-')) files.push(a);
  }
  return { project, files, overrides, help };
}

/** The config tsc uses: `-p` (a directory means its tsconfig.json), else the nearest one up from `cwd`. */
function findConfig(run: RunState, cwd: string, project: string | undefined): { path: string } | { error: string } | undefined {
  if (project !== undefined) {
    const abs = normalizePath(project, cwd);
    const node = lookup(run.fs.root, abs);
    if (node?.kind === 'dir') {
      const inDir = joinPath(abs, 'tsconfig.json');
      return lookup(run.fs.root, inDir)?.kind === 'file' ? { path: inDir } : { error: `error TS5057: Cannot find a tsconfig.json file at the specified directory: '${project}'.` };
    }
    return node?.kind === 'file' ? { path: abs } : { error: `error TS5058: The specified path does not exist: '${project}'.` };
  }
  for (let dir = cwd; ; dir = dirname(dir)) {
    const candidate = joinPath(dir, 'tsconfig.json');
    if (lookup(run.fs.root, candidate)?.kind === 'file') return { path: candidate };
    if (dir === '/') return undefined;
  }
}

/** The longest common directory of the (non-declaration) inputs: tsc's default rootDir. */
function commonDir(paths: readonly string[]): string {
  const dirs = paths.map((p) => dirname(p).split('/').filter((s) => s !== ''));
  if (dirs.length === 0) return '/';
  let common = dirs[0] as string[];
  for (const d of dirs) {
    let n = 0;
    while (n < common.length && n < d.length && common[n] === d[n]) n++;
    common = common.slice(0, n);
  }
  return `/${common.join('/')}`;
}

/** `to` relative to the directory `from`, with `..` where it lies outside (as path.relative). */
function relativePath(from: string, to: string): string {
  const a = from.split('/').filter((x) => x !== '');
  const b = to.split('/').filter((x) => x !== '');
  let n = 0;
  while (n < a.length && n < b.length - 1 && a[n] === b[n]) n++;
  return [...a.slice(n).map(() => '..'), ...b.slice(n)].join('/');
}

/** `server.ts` -> `server.js` (`.tsx` -> `.jsx` under jsx: preserve, `.mts` -> `.mjs`, `.cts` -> `.cjs`). */
export function emittedName(path: string, jsx: string | undefined): string {
  if (path.endsWith('.tsx')) return `${path.slice(0, -4)}${jsx === 'preserve' ? '.jsx' : '.js'}`;
  if (path.endsWith('.mts')) return `${path.slice(0, -4)}.mjs`;
  if (path.endsWith('.cts')) return `${path.slice(0, -4)}.cjs`;
  if (path.endsWith('.ts')) return `${path.slice(0, -3)}.js`;
  return path;
}

function declarationName(js: string): string {
  return js.replace(/\.mjs$/, '.d.mts').replace(/\.cjs$/, '.d.cts').replace(/\.jsx?$/, '.d.ts');
}

function withOverrides(opts: TsOptions, overrides: TscArgs['overrides'], cwd: string): TsOptions {
  const path = (v: string | boolean | undefined): string | undefined => (typeof v === 'string' ? normalizePath(v, cwd) : undefined);
  return {
    ...opts,
    ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => typeof v === 'boolean')),
    outDir: path(overrides.outDir) ?? opts.outDir,
    rootDir: path(overrides.rootDir) ?? opts.rootDir,
    outFile: path(overrides.outFile) ?? opts.outFile,
    declarationDir: path(overrides.declarationDir) ?? opts.declarationDir,
    jsx: typeof overrides.jsx === 'string' ? overrides.jsx : opts.jsx,
  };
}

/** Writes what tsc emits for `project`; returns its exit status and messages. */
function emit(run: RunState, project: TsProject): Outcome {
  const opts = project.options;
  const sources = project.inputs.filter((p) => !/\.d\.[mc]?ts$/.test(p));
  const messages: string[] = [];
  const root = opts.rootDir ?? commonDir(sources);
  const outside = opts.rootDir === undefined ? [] : sources.filter((p) => !p.startsWith(root === '/' ? '/' : `${root}/`));
  for (const p of outside) messages.push(`error TS6059: File '${p}' is not under 'rootDir' '${root}'. 'rootDir' is expected to contain all source files.`);
  let written = 0;
  if (!opts.noEmit) {
    if (opts.outFile !== undefined) {
      const bytes = sources.reduce((s, p) => s + (fileNode(run.fs.root, p)?.bytes ?? 0), 0);
      if (!opts.emitDeclarationOnly) putFile(run, opts.outFile, { bytes, content: 'text', estimate: true, identity: `tsc:outFile:${sources.join(',')}:${bytes}` });
      written = 1;
    } else {
      for (const src of sources) {
        const node = fileNode(run.fs.root, src);
        if (node === undefined) continue;
        const rel = relativePath(root, src);
        const js = emittedName(opts.outDir !== undefined ? normalizePath(rel, opts.outDir) : src, opts.jsx);
        if (js === src) continue; // a .js input without outDir would overwrite itself (TS5055); nothing is written
        const identity = `tsc:${node.digest}`;
        if (!opts.emitDeclarationOnly) {
          putFile(run, js, { bytes: node.bytes, content: 'text', text: node.text, estimate: true, identity });
          if (opts.sourceMap) putFile(run, `${js}.map`, { bytes: Math.round(node.bytes * 0.4), content: 'text', estimate: true, identity: `${identity}:map` });
          written++;
        }
        if (opts.declaration || opts.emitDeclarationOnly) {
          const dts = declarationName(opts.declarationDir !== undefined ? emittedName(normalizePath(rel, opts.declarationDir), opts.jsx) : js);
          putFile(run, dts, { bytes: Math.round(node.bytes * 0.3), content: 'text', estimate: true, identity: `${identity}:dts` });
          if (opts.declarationMap) putFile(run, `${dts}.map`, { bytes: Math.round(node.bytes * 0.1), content: 'text', estimate: true, identity: `${identity}:dtsmap` });
        }
      }
    }
  }
  estimate(run, 'tsc: the code is taken to type-check, and each emitted .js is sized as its .ts source');
  spend(run, 2 + 0.05 * sources.length);
  if (written > 0) log(run, `(tsc: ${written} file${written === 1 ? '' : 's'} emitted${opts.outDir !== undefined ? ` to ${opts.outDir}` : ''})`);
  return messages.length > 0 ? { status: 2, messages } : { status: 0 };
}

export const tsc: CommandHandler = (inv, run) => {
  const args = parseArgs(inv.argv.slice(1));
  if (args.help) return { status: 0 };
  let project: TsProject;
  if (args.files.length > 0) {
    project = commandLineProject(run.fs.root, inv.cwd, args.files, withOverrides(NO_OPTIONS, args.overrides, inv.cwd));
    const missing = args.files.filter((f) => lookup(run.fs.root, normalizePath(f, inv.cwd))?.kind !== 'file');
    if (missing.length > 0) return { status: 1, messages: missing.map((f) => `error TS6053: File '${normalizePath(f, inv.cwd)}' not found.`) };
  } else {
    const config = findConfig(run, inv.cwd, args.project);
    if (config === undefined) {
      log(run, '(tsc finds no tsconfig.json from here up and was given no files: it prints its help and exits 1)');
      return { status: 1 };
    }
    if ('error' in config) return { status: 1, messages: [config.error] };
    const read = readProject(run.fs.root, config.path);
    project = { ...read, options: withOverrides(read.options, args.overrides, inv.cwd) };
    for (const note of read.notes) estimate(run, note);
    if (project.inputs.length === 0) {
      return {
        status: 2,
        messages: [`error TS18003: No inputs were found in config file '${config.path}'. Specified 'include' paths were '${JSON.stringify(project.include)}' and 'exclude' paths were '${JSON.stringify(project.exclude)}'.`],
      };
    }
  }
  return emit(run, project);
};
