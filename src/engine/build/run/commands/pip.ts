/**
 * pip (and `python -m pip`): install / wheel / uninstall from names, requirements files and wheel files.
 *
 * - Where: the interpreter's site-packages (`/usr/local/lib/pythonX.Y/site-packages` in the official
 *   images), `--user` or a non-root user (pip then says "Defaulting to user installation because normal
 *   site-packages is not writeable") -> `~/.local`, `--target`, `--prefix`, a venv's own pip -> the venv.
 * - Cache: pip keeps downloads and built wheels in `~/.cache/pip` unless `--no-cache-dir` or
 *   `PIP_NO_CACHE_DIR` is set (pip docs, "Caching"); a cache mount there keeps them out of the layer.
 * - PEP 668: Debian 12+/Ubuntu 23.04+'s system Python refuses `pip install` outside a venv
 *   (`error: externally-managed-environment`, exit 1) unless `--break-system-packages`.
 * - A package with a C extension and no wheel for the platform (e.g. some on musl) needs a compiler.
 */
import type { CommandHandler, Invocation, Outcome } from '../command-types.ts';
import type { RunState } from '../run-state.ts';
import { estimate, log, mountAt, putFile, remove, spend } from '../run-state.ts';
import { parseArgv } from '../argv.ts';
import { lookup, resolvePath } from '../../fs-tree.ts';
import { basename, dirname, joinPath, normalizePath } from '../../fs-path.ts';
import { expandGlob } from '../words.ts';
import { findOnPath } from '../../filesystem-query.ts';
import type { PipPackage } from '../../catalog-view.ts';
import { dynamicBinary, mb } from './install-files.ts';
import { pipExtension } from '../../../catalog/index.ts';

const VALUE_OPTIONS = ['-r', '--requirement', '-c', '--constraint', '-t', '--target', '--prefix', '--root', '-w', '--wheel-dir', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '--cache-dir', '--src', '--platform', '--python-version', '--only-binary', '--no-binary', '--progress-bar', '-e', '--editable'];

export const pip: CommandHandler = (inv, run) => {
  const a = parseArgv(inv.argv.slice(1), VALUE_OPTIONS);
  const [verb = '', ...rest] = a.positionals;
  switch (verb) {
    case 'install':
      return install(inv, run, a, rest, false);
    case 'wheel':
      return install(inv, run, a, rest, true);
    case 'uninstall':
      for (const n of rest) remove(run, joinPath(sitePackages(run, inv), normalise(n)));
      return { status: 0 };
    case 'cache':
      if (rest[0] === 'purge' || rest[0] === 'remove') remove(run, pipCacheDir(run, inv));
      return { status: 0 };
    default:
      return { status: 0 };
  }
};

function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '_');
}

function pythonVersion(run: RunState, inv: Invocation): string {
  const fromEnv = inv.env.get('PYTHON_VERSION');
  if (fromEnv !== undefined) return fromEnv.split('.').slice(0, 2).join('.');
  for (const dir of ['/usr/local/lib', '/usr/lib']) {
    const node = lookup(run.fs.root, dir);
    if (node?.kind !== 'dir') continue;
    const versions = [...node.children.keys()].filter((n) => /^python3\.\d+$/.test(n)).sort();
    if (versions.length > 0) return (versions[versions.length - 1] as string).slice('python'.length);
  }
  return '3.12';
}

/** The venv a pip belongs to (`/opt/venv/bin/pip` -> `/opt/venv`), if it is one. */
function venvOf(run: RunState, inv: Invocation): string | undefined {
  const dir = dirname(dirname(inv.path));
  return lookup(run.fs.root, `${dir}/pyvenv.cfg`)?.kind === 'file' ? dir : undefined;
}

function sitePackages(run: RunState, inv: Invocation): string {
  const venv = venvOf(run, inv);
  const v = pythonVersion(run, inv);
  if (venv !== undefined) return `${venv}/lib/python${v}/site-packages`;
  if (inv.path.startsWith('/usr/local/')) return `/usr/local/lib/python${v}/site-packages`;
  return `/usr/local/lib/python${v}/dist-packages`;
}

function home(run: RunState, inv: Invocation): string {
  return inv.env.get('HOME') ?? (run.user.uid === 0 ? '/root' : `/home/${run.user.name}`);
}

function pipCacheDir(run: RunState, inv: Invocation): string {
  return inv.env.get('PIP_CACHE_DIR') ?? `${inv.env.get('XDG_CACHE_HOME') ?? `${home(run, inv)}/.cache`}/pip`;
}

function cacheDisabled(a: ReturnType<typeof parseArgv>, env: ReadonlyMap<string, string>): boolean {
  if (a.options.has('--no-cache-dir') || a.options.has('--no-cache')) return true;
  const v = env.get('PIP_NO_CACHE_DIR');
  // pip reads the variable through its boolean option parser: any non-empty value but false/0/no/off disables the cache.
  return v !== undefined && v !== '' && !/^(false|0|no|off)$/i.test(v);
}

interface Requirement {
  readonly name: string;
  readonly from: 'name' | 'wheel' | 'local';
}

function readRequirements(run: RunState, cwd: string, file: string, out: Requirement[], seen = new Set<string>()): string | undefined {
  const path = normalizePath(file, cwd);
  if (seen.has(path)) return undefined;
  seen.add(path);
  const node = lookup(run.fs.root, path);
  if (node?.kind !== 'file') return `ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'`;
  if (node.text === undefined) {
    estimate(run, `${file} has no readable text: its packages are estimated`);
    out.push({ name: `(${file})`, from: 'local' });
    return undefined;
  }
  for (const raw of node.text.split('\n')) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') continue;
    const nested = /^(?:-r|--requirement)\s*=?\s*(\S+)/.exec(line);
    if (nested) {
      const err = readRequirements(run, dirname(path), nested[1] as string, out, seen);
      if (err) return err;
      continue;
    }
    if (line.startsWith('-')) continue;
    const name = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1];
    if (name !== undefined) out.push({ name, from: 'name' });
  }
  return undefined;
}

function install(inv: Invocation, run: RunState, a: ReturnType<typeof parseArgv>, positionals: readonly string[], wheelOnly: boolean): Outcome {
  const reqs: Requirement[] = [];
  for (const file of [...(a.all.get('-r') ?? []), ...(a.all.get('--requirement') ?? [])]) {
    const err = readRequirements(run, inv.cwd, file, reqs);
    if (err) return { status: 1, messages: [err] };
  }
  for (const p of positionals) {
    if (p.endsWith('.whl')) {
      const matches = p.includes('*') ? expandGlob(p, run.fs.root, inv.cwd) : [p];
      for (const m of matches) reqs.push({ name: basename(m).split('-')[0] ?? m, from: 'wheel' });
    } else if (p === '.' || p.startsWith('./') || p.startsWith('/')) {
      // A directory: wheels inside it, or a local project.
      const dir = lookup(run.fs.root, normalizePath(p, inv.cwd));
      if (dir?.kind === 'dir' && [...dir.children.keys()].some((n) => n.endsWith('.whl'))) {
        for (const n of dir.children.keys()) if (n.endsWith('.whl')) reqs.push({ name: n.split('-')[0] ?? n, from: 'wheel' });
      } else reqs.push({ name: basename(normalizePath(p, inv.cwd)) || 'project', from: 'local' });
    } else reqs.push({ name: p.replace(/[[<>=!~;].*$/, ''), from: 'name' });
  }
  for (const e of a.all.get('-e') ?? []) reqs.push({ name: basename(normalizePath(e, inv.cwd)) || 'project', from: 'local' });
  if (reqs.length === 0) return { status: 1, messages: ['ERROR: You must give at least one requirement to install (see "pip help install")'] };

  const venv = venvOf(run, inv);
  const breakSystem = a.options.has('--break-system-packages') || inv.env.get('PIP_BREAK_SYSTEM_PACKAGES') === '1';
  if (!wheelOnly && venv === undefined && !breakSystem && !inv.path.startsWith('/usr/local/') && lookup(run.fs.root, '/usr/lib/python3/EXTERNALLY-MANAGED') !== undefined && a.options.get('--target') === undefined) {
    return {
      status: 1,
      messages: [
        'error: externally-managed-environment',
        '',
        '× This environment is externally managed',
        '╰─> To install Python packages system-wide, try apt install',
        '    python3-xyz, where xyz is the package you are trying to',
        '    install.',
        '',
        'note: If you believe this is a mistake, please contact your Python installation or OS distribution provider. You can override this, at the risk of breaking your Python installation or OS, by passing --break-system-packages.',
        'hint: See PEP 668 for the detailed specification.',
      ],
    };
  }

  const libc = run.os.libc;
  const pkgs: PipPackage[] = [];
  for (const r of reqs.filter((x) => x.from === 'local')) {
    estimate(run, `the local project \`${r.name}\` installed by pip is estimated at 100 kB`);
    pkgs.push({ name: r.name, bytes: 100_000, wheelBytes: 40_000, native: false, scripts: [], estimate: true });
  }
  const fromWheels = new Set(reqs.filter((x) => x.from === 'wheel').map((x) => normalise(x.name)));
  const noDeps = a.options.has('--no-deps');
  const names = reqs.filter((x) => x.from !== 'local').map((x) => x.name);
  const plan = run.catalog.pipPlan(names, libc);
  const planned = plan.packages.filter((p) => !noDeps || names.some((n) => normalise(n) === normalise(p.name)));
  for (const note of plan.notes) estimate(run, note);
  for (const p of planned) {
    // A wheel file already built (pip wheel in a builder stage) installs without compiling.
    pkgs.push(fromWheels.has(normalise(p.name)) ? { ...p, native: false } : p);
  }
  // Building an sdist with a C extension needs a compiler in the stage.
  const needsCompiler = pkgs.filter((p) => p.native);
  if (needsCompiler.length > 0 && findOnPath(run.fs.root, 'gcc', inv.env.get('PATH')) === undefined) {
    const p = needsCompiler[0] as PipPackage;
    return {
      status: 1,
      messages: [
        `Building wheel for ${p.name} (pyproject.toml): started`,
        `  error: command 'gcc' failed: No such file or directory`,
        `ERROR: Failed building wheel for ${p.name}`,
        `ERROR: Could not build wheels for ${p.name}, which is required to install pyproject.toml-based projects`,
      ],
    };
  }

  const download = pkgs.reduce((s, p) => s + p.wheelBytes, 0);
  const warm = warmCache(run, inv);
  spend(run, Math.max(0, download - warm) / run.catalog.figures.downloadBytesPerSecond + 0.3 * pkgs.length + 25 * needsCompiler.length);
  for (const p of pkgs.slice(0, 4)) log(run, `Collecting ${p.name}`);

  if (wheelOnly) {
    const dir = a.options.get('-w') ?? a.options.get('--wheel-dir') ?? '.';
    for (const p of pkgs) {
      putFile(run, `${normalizePath(dir, inv.cwd)}/${normalise(p.name)}-py3-none-any.whl`, { bytes: p.wheelBytes, content: 'compressed', estimate: p.estimate, identity: `wheel:${p.name}` });
    }
    if (!cacheDisabled(a, inv.env)) writeCache(run, inv, pkgs);
    log(run, `Successfully built ${pkgs.map((p) => p.name).join(' ')}`);
    return { status: 0 };
  }

  const userInstall = a.options.has('--user') || (run.user.uid !== 0 && venv === undefined && !writable(run, sitePackages(run, inv)));
  const messages: string[] = [];
  if (userInstall && !a.options.has('--user')) messages.push('Defaulting to user installation because normal site-packages is not writeable');
  const v = pythonVersion(run, inv);
  const target = a.options.get('-t') ?? a.options.get('--target');
  const prefix = a.options.get('--prefix');
  const site = target !== undefined ? normalizePath(target, inv.cwd)
    : prefix !== undefined ? `${normalizePath(prefix, inv.cwd)}/lib/python${v}/site-packages`
      : userInstall ? `${home(run, inv)}/.local/lib/python${v}/site-packages`
        : sitePackages(run, inv);
  const binDir = target !== undefined ? `${site}/bin`
    : prefix !== undefined ? `${normalizePath(prefix, inv.cwd)}/bin`
      : userInstall ? `${home(run, inv)}/.local/bin`
        : venv !== undefined ? `${venv}/bin` : dirname(inv.path);
  for (const p of pkgs) {
    const dir = `${site}/${normalise(p.name)}`;
    // Compiled here, or a wheel built from the sdist earlier (`pip wheel` in a builder stage): either way the
    // extension links the system's libraries (only PyPI's manylinux/musllinux wheels bundle their own).
    const ext = p.native || (fromWheels.has(normalise(p.name)) && pipExtension(p.name)?.sdistOnly === true) ? compiledExtension(run, p.name, v, site) : undefined;
    putFile(run, `${dir}/${normalise(p.name)}.contents`, { bytes: Math.max(0, p.bytes - (ext?.bytes ?? 0)), content: 'mixed', estimate: p.estimate, identity: `pip:${p.name}:${libc}` });
    putFile(run, `${site}/${normalise(p.name)}.dist-info/RECORD`, { bytes: 2_000, content: 'text', identity: `pip:${p.name}:record` });
    for (const s of p.scripts) {
      putFile(run, `${binDir}/${s}`, { bytes: 220, mode: 0o755, content: 'text', text: `#!${pythonPath(inv, venv)}\n# console script of ${p.name}\n`, identity: `pip:${p.name}:script:${s}` });
    }
  }
  if (!cacheDisabled(a, inv.env)) writeCache(run, inv, pkgs);
  const installed = pkgs.reduce((s, p) => s + p.bytes, 0);
  messages.push(`Successfully installed ${pkgs.map((p) => p.name).join(' ')}`);
  log(run, `Installing collected packages (${mb(installed)})`);
  return { status: 0, messages };
}

/**
 * A package built from source here: its extension module, an ELF that records the shared libraries it was
 * linked against (DT_NEEDED, `libpq.so.5` for psycopg2), which the image that imports it must have. The file
 * name carries CPython's ABI tag (`_psycopg.cpython-312-x86_64-linux-gnu.so`, PEP 3149).
 */
function compiledExtension(run: RunState, name: string, version: string, site: string): { readonly bytes: number } | undefined {
  const ext = pipExtension(name);
  if (ext === undefined) return undefined;
  const machine = run.platform.arch === 'arm64' ? 'aarch64' : run.platform.arch === 'amd64' ? 'x86_64' : run.platform.arch;
  const tag = `cpython-${version.replace('.', '')}-${machine}-linux-${run.os.libc === 'musl' ? 'musl' : 'gnu'}`;
  const bytes = 300_000;
  putFile(run, `${site}/${ext.module}.${tag}.so`, {
    bytes,
    mode: 0o755,
    content: 'binary',
    binary: dynamicBinary(run, `pip (${name} built from source)`, ext.links),
    estimate: true,
    identity: `pip:${name}:ext:${tag}:${ext.links.join(',')}`,
  });
  log(run, `(${name}: its extension ${ext.module}.${tag}.so links ${ext.links.join(', ')})`);
  return { bytes };
}

function pythonPath(inv: Invocation, venv: string | undefined): string {
  if (venv !== undefined) return `${venv}/bin/python`;
  return inv.path.startsWith('/usr/local/') ? '/usr/local/bin/python3' : '/usr/bin/python3';
}

function writable(run: RunState, dir: string): boolean {
  // Root owns the system site-packages in every official image; a non-root user cannot write there.
  const node = resolvePath(run.fs.root, dir, true).node;
  return node?.kind === 'dir' ? node.uid === run.user.uid : run.user.uid === 0;
}

function writeCache(run: RunState, inv: Invocation, pkgs: readonly PipPackage[]): void {
  const dir = pipCacheDir(run, inv);
  const bytes = pkgs.reduce((s, p) => s + p.wheelBytes, 0);
  putFile(run, `${dir}/http-v2/cache-${pkgs.length}-packages.body`, { bytes, content: 'compressed', estimate: true, identity: `pipcache:${pkgs.map((p) => p.name).join(',')}` });
}

function warmCache(run: RunState, inv: Invocation): number {
  const m = mountAt(run, resolvePath(run.fs.root, pipCacheDir(run, inv), true).path);
  return m?.type === 'cache' ? (run.warmMounts.get(m.id) ?? 0) : 0;
}
