/**
 * What happens when a Python app imports a compiled extension whose shared library is not in the image:
 * `import psycopg2` loads `psycopg2/_psycopg.cpython-312-x86_64-linux-gnu.so`, the loader cannot find its
 * DT_NEEDED `libpq.so.5`, and Python raises `ImportError: libpq.so.5: cannot open shared object file: No such
 * file or directory` (the dlerror() text, glibc dlopen(3)). A script then dies with exit 1; gunicorn's worker
 * fails to boot and the master stops with exit 3 (gunicorn/arbiter.py: WORKER_BOOT_ERROR = 3, "Reason: Worker
 * failed to boot."). This is the multi-stage pitfall of building against `libpq-dev` and shipping a final stage
 * without `libpq5`.
 *
 * Where Python looks (the `site` module): a virtualenv's own site-packages when the interpreter lives in one
 * (`pyvenv.cfg` beside its bin/; the system's too only with include-system-site-packages), else
 * /usr/local/lib/pythonX.Y/site-packages (the official images), Debian's /usr/lib/python3/dist-packages and the
 * user's ~/.local site; PYTHONPATH entries come first.
 */
import type { DirNode, FileNode } from '../build/types.ts';
import { dirname } from '../build/fs-path.ts';
import { firstMissing, installAdvice } from '../build/run/commands/library-search.ts';
import type { PythonImport } from './app-sources.ts';
import { absolutePath, fileText, lookPath, lookupPath, realPath } from './fs-query.ts';
import type { LaunchContext } from './process-model.ts';

export interface ImportFailure {
  readonly import: PythonImport;
  /** The extension module that could not be loaded. */
  readonly extension: string;
  readonly soname: string;
  readonly provider: string | undefined;
}

const MAX_FILES_PER_PACKAGE = 400;

/** `python3.12` directories under `dir/lib` (`/opt/venv/lib/python3.12`). */
function pythonLibDirs(fs: DirNode, lib: string): string[] {
  const node = lookupPath(fs, lib);
  if (node?.kind !== 'dir') return [];
  return [...node.children.keys()].filter((n) => /^python3(\.\d+)?$/.test(n)).sort().map((n) => `${lib}/${n}`);
}

/** sys.path's package directories for the interpreter at `interpreter`. */
export function sitePackages(ctx: LaunchContext, invoked: string): string[] {
  const fs = ctx.fs;
  // `python` as written in CMD: the one PATH finds (`/opt/venv/bin/python`).
  const found = invoked.includes('/') ? undefined : lookPath(fs, invoked, ctx.env.PATH ?? '', ctx.cwd, ctx.cred);
  const interpreter = found?.ok === true ? absolutePath(found.name, ctx.cwd) : absolutePath(invoked, ctx.cwd);
  const real = realPath(fs, interpreter) ?? interpreter;
  const dirs: string[] = (ctx.env.PYTHONPATH ?? '').split(':').filter((d) => d.startsWith('/'));
  // A venv's python is a symlink to the base interpreter: the venv is found from the path as invoked.
  const prefix = dirname(dirname(interpreter));
  const cfg = fileText(fs, `${prefix}/pyvenv.cfg`);
  if (cfg !== undefined) {
    dirs.push(...pythonLibDirs(fs, `${prefix}/lib`).map((d) => `${d}/site-packages`));
    if (!/^\s*include-system-site-packages\s*=\s*true\s*$/im.test(cfg)) return dirs;
  }
  const home = ctx.env.HOME ?? (ctx.cred.uid === 0 ? '/root' : '');
  if (home !== '') dirs.push(...pythonLibDirs(fs, `${home}/.local/lib`).map((d) => `${d}/site-packages`));
  const realPrefix = dirname(dirname(real));
  for (const p of [realPrefix, '/usr/local']) dirs.push(...pythonLibDirs(fs, `${p}/lib`).map((d) => `${d}/site-packages`));
  dirs.push('/usr/lib/python3/dist-packages');
  return [...new Set(dirs)];
}

/** Compiled modules (files with ELF linkage facts) of the top-level module `name` in `site`. */
function extensionsOf(fs: DirNode, site: string, name: string): { path: string; node: FileNode }[] {
  const out: { path: string; node: FileNode }[] = [];
  const dir = lookupPath(fs, site);
  if (dir?.kind !== 'dir') return out;
  for (const [entry, node] of dir.children) {
    if (node.kind === 'file' && entry.startsWith(`${name}.`) && entry.endsWith('.so') && node.binary !== undefined) out.push({ path: `${site}/${entry}`, node });
  }
  const pkg = dir.children.get(name);
  if (pkg?.kind !== 'dir') return out;
  let seen = 0;
  const walk = (d: DirNode, path: string): void => {
    for (const [entry, node] of d.children) {
      if (++seen > MAX_FILES_PER_PACKAGE) return;
      if (node.kind === 'dir') walk(node, `${path}/${entry}`);
      else if (node.kind === 'file' && entry.endsWith('.so') && node.binary !== undefined) out.push({ path: `${path}/${entry}`, node });
    }
  };
  walk(pkg, `${site}/${name}`);
  return out;
}

/** The first import of the app that fails for a missing shared library, if any. */
export function importFailure(ctx: LaunchContext, interpreter: string, imports: readonly PythonImport[]): ImportFailure | undefined {
  if (imports.length === 0) return undefined;
  const sites = sitePackages(ctx, interpreter);
  const image = { fs: ctx.fs, os: ctx.image.os, arch: ctx.image.platform.arch, ldLibraryPath: ctx.env.LD_LIBRARY_PATH };
  for (const imp of imports) {
    // The first directory of sys.path that has the module is the one Python imports.
    const site = sites.find((s) => lookupPath(ctx.fs, `${s}/${imp.module}`) !== undefined || extensionsOf(ctx.fs, s, imp.module).length > 0);
    if (site === undefined) continue;
    for (const ext of extensionsOf(ctx.fs, site, imp.module)) {
      const needs = ext.node.binary?.needs ?? [];
      const missing = needs.length > 0 ? firstMissing(image, needs) : undefined;
      if (missing !== undefined) return { import: imp, extension: ext.path, soname: missing.soname, provider: missing.provider };
    }
  }
  return undefined;
}

/** Python's traceback for the failed import, ending in the ImportError line. */
export function importTraceback(f: ImportFailure): string[] {
  return [
    'Traceback (most recent call last):',
    `  File "${f.import.file}", line ${f.import.line}, in <module>`,
    `    ${f.import.statement}`,
    `ImportError: ${f.soname}: cannot open shared object file: No such file or directory`,
  ];
}

/** Plain words: what was built against what, what the final image lacks, what to do. */
export function importExplanation(ctx: LaunchContext, f: ImportFailure): string {
  const from = f.provider !== undefined ? ` (the package ${f.provider} ships it)` : '';
  return `${f.import.module} was compiled against a shared library: its extension ${f.extension} needs ${f.soname} at run time${from}, and this image does not have it, so \`${f.import.statement}\` fails. A -dev package in the build stage provides the library for compiling; the final stage needs the runtime library itself. ${installAdvice(ctx.image.os, f.provider)}`;
}

// ---------------------------------------------------------------------------------------------
// Which module a Python server loads, and how each one dies of a failed import

/** Options of gunicorn / uvicorn / flask that take a value (so their value is not the app). */
const VALUE_OPTIONS = new Set([
  '-b', '--bind', '-w', '--workers', '-k', '--worker-class', '-c', '--config', '--chdir', '-t', '--timeout', '--log-level',
  '--access-logfile', '--error-logfile', '--log-file', '-e', '--env', '--pythonpath', '--threads', '-n', '--name', '-p', '--pid',
  '-u', '--user', '-g', '--group', '--keep-alive', '--max-requests', '--max-requests-jitter', '--graceful-timeout',
  '--forwarded-allow-ips', '--certfile', '--keyfile', '--worker-connections', '--backlog', '--umask', '--worker-tmp-dir',
  '--host', '--port', '--uds', '--fd', '--app-dir', '--env-file', '--root-path', '--log-config', '--workers', '--loop', '--http',
  '--ws', '--lifespan', '--interface', '--timeout-keep-alive', '--limit-concurrency', '--app', '--cert', '--key',
]);

/** `pkg.mod` relative to `dir`: `pkg/mod.py` or the package's `pkg/mod/__init__.py`. */
function moduleFile(fs: DirNode, dir: string, module: string): string | undefined {
  const rel = module.replace(/\./g, '/');
  for (const candidate of [`${dir}/${rel}.py`, `${dir}/${rel}/__init__.py`]) {
    if (lookupPath(fs, candidate)?.kind === 'file') return candidate;
  }
  return undefined;
}

/** The app module file a server loads: gunicorn/uvicorn `module:app` (from --chdir / --app-dir), flask's --app or FLASK_APP. */
export function serverAppFile(kind: 'gunicorn' | 'uvicorn' | 'flask', args: readonly string[], ctx: LaunchContext): string | undefined {
  const value = (name: string): string | undefined => {
    const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (i < 0) return undefined;
    const a = args[i] as string;
    return a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[i + 1];
  };
  const abs = (d: string | undefined): string => (d === undefined ? ctx.cwd : d.startsWith('/') ? d : `${ctx.cwd === '/' ? '' : ctx.cwd}/${d}`);
  if (kind === 'flask') {
    const app = value('--app') ?? ctx.env.FLASK_APP;
    const module = app?.split(':')[0]?.replace(/\.py$/, '');
    return module !== undefined ? moduleFile(ctx.fs, ctx.cwd, module) : (moduleFile(ctx.fs, ctx.cwd, 'app') ?? moduleFile(ctx.fs, ctx.cwd, 'wsgi'));
  }
  let app: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a.startsWith('-')) {
      if (VALUE_OPTIONS.has(a)) i++;
      continue;
    }
    app = a;
  }
  if (app === undefined) return undefined;
  const dir = abs(kind === 'gunicorn' ? value('--chdir') : value('--app-dir'));
  return moduleFile(ctx.fs, dir.replace(/\/$/, '') || '/', app.split(':')[0] as string);
}

export interface ImportCrash {
  readonly code: number;
  readonly reason: string;
  readonly output: readonly string[];
}

/** How `kind` ends when its app's import fails (`pid`: the process; `worker`: gunicorn's worker). */
export function importCrash(kind: string, f: ImportFailure, pid: number, worker: number): ImportCrash {
  const traceback = importTraceback(f);
  if (kind === 'gunicorn') {
    return {
      code: 3,
      reason: 'its worker failed to boot: the app import raised ImportError, and gunicorn stops with exit code 3',
      output: [
        `[${pid}] [INFO] Booting worker with pid: ${worker}`,
        `[${worker}] [ERROR] Exception in worker process`,
        ...traceback,
        `[${worker}] [INFO] Worker exiting (pid: ${worker})`,
        `[${pid}] [ERROR] Worker (pid:${worker}) exited with code 3`,
        `[${pid}] [ERROR] Shutting down: Master`,
        `[${pid}] [ERROR] Reason: Worker failed to boot.`,
      ],
    };
  }
  if (kind === 'flask') {
    const module = f.import.file.slice(f.import.file.lastIndexOf('/') + 1).replace(/\.py$/, '');
    return { code: 2, reason: 'flask could not import the app (ImportError)', output: [`Error: While importing '${module}', an ImportError was raised:`, '', ...traceback] };
  }
  return { code: 1, reason: 'the app raised ImportError at import', output: traceback };
}
