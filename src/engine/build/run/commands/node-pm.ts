/**
 * npm, yarn (v1) and pnpm, working from the package.json in the working directory.
 *
 * - `npm install` / `npm ci` / `yarn install` / `pnpm install`: `dependencies` plus `devDependencies`,
 *   unless `--omit=dev`, `--production` / `--only=prod`, `yarn --production`, `pnpm --prod` or
 *   `NODE_ENV=production` (npm docs, `omit`: "Default: 'dev' if the NODE_ENV environment variable is set to
 *   'production'"). `npm ci` needs a package-lock.json. Sizes come from the catalog (node_modules bytes of a
 *   package with its dependencies; a dependency shared by two packages is counted twice — an overestimate).
 * - Caches: npm `~/.npm/_cacache`, yarn `/usr/local/share/.cache/yarn` (root), pnpm's store — in the layer
 *   unless cleaned in the same RUN or kept on a cache mount.
 * - `npm run <script>` runs the script with `node_modules/.bin` on PATH, so `tsc` without its devDependency
 *   fails as sh would: `sh: 1: tsc: not found`.
 */
import type { CommandHandler, Invocation, Outcome } from '../command-types.ts';
import type { RunState } from '../run-state.ts';
import { estimate, log, mountAt, putFile, remove, spend } from '../run-state.ts';
import { parseArgv } from '../argv.ts';
import { lookup, resolvePath } from '../../fs-tree.ts';
import { joinPath, normalizePath } from '../../fs-path.ts';
import type { NpmPackage } from '../../catalog-view.ts';
import { mb } from './install-files.ts';

interface Manifest {
  readonly deps: readonly string[];
  readonly devDeps: readonly string[];
  readonly scripts: Readonly<Record<string, string>>;
  readonly name: string;
}

function readManifest(run: RunState, cwd: string): Manifest | 'missing' | 'invalid' {
  const node = lookup(run.fs.root, joinPath(cwd, 'package.json'));
  if (node?.kind !== 'file') return 'missing';
  if (node.text === undefined) return 'invalid';
  try {
    const json = JSON.parse(node.text) as Record<string, unknown>;
    const keys = (v: unknown): string[] => (typeof v === 'object' && v !== null ? Object.keys(v) : []);
    const scripts: Record<string, string> = {};
    if (typeof json.scripts === 'object' && json.scripts !== null) {
      for (const [k, v] of Object.entries(json.scripts)) if (typeof v === 'string') scripts[k] = v;
    }
    return { deps: keys(json.dependencies), devDeps: keys(json.devDependencies), scripts, name: typeof json.name === 'string' ? json.name : 'app' };
  } catch {
    return 'invalid';
  }
}

type Tool = 'npm' | 'yarn' | 'pnpm';

export const npm: CommandHandler = (inv, run) => nodePm('npm', inv, run);
export const yarn: CommandHandler = (inv, run) => nodePm('yarn', inv, run);
export const pnpm: CommandHandler = (inv, run) => nodePm('pnpm', inv, run);

function nodePm(tool: Tool, inv: Invocation, run: RunState): Outcome {
  const a = parseArgv(inv.argv.slice(1), ['--omit', '--only', '--include', '--prefix', '--cache', '-w', '--workspace', '--filter']);
  const [verb = tool === 'yarn' ? 'install' : '', ...rest] = a.positionals;
  const cwd = a.options.has('--prefix') ? normalizePath(a.options.get('--prefix') as string, inv.cwd) : inv.cwd;
  switch (verb) {
    case 'install':
    case 'i':
    case 'ci':
    case 'add':
      return install(tool, verb, inv, run, a, rest, cwd);
    case 'run':
    case 'run-script':
      return runScript(tool, rest[0], inv, run, cwd);
    case 'build':
    case 'test':
    case 'start':
      return tool === 'npm' && verb !== 'build' ? runScript(tool, verb, inv, run, cwd) : runScript(tool, verb, inv, run, cwd);
    case 'prune':
      return prune(run, cwd, a, inv);
    case 'cache':
      if (rest[0] === 'clean') remove(run, cacheDir(tool, run, inv));
      return { status: 0 };
    case 'config':
    case 'set':
    case '--version':
    case '-v':
      return { status: 0 };
    default:
      if (tool !== 'npm') return runScript(tool, verb, inv, run, cwd);
      estimate(run, `\`${tool} ${verb}\` is not simulated`);
      return { status: 0 };
  }
}

function omitDev(tool: Tool, a: ReturnType<typeof parseArgv>, env: ReadonlyMap<string, string>): boolean {
  if (a.all.get('--omit')?.includes('dev')) return true;
  if (a.options.has('--production') || a.options.has('--prod') || a.options.has('-P')) return true;
  const only = a.options.get('--only');
  if (only === 'prod' || only === 'production') return true;
  if (a.all.get('--include')?.includes('dev')) return false;
  return env.get('NODE_ENV') === 'production' && (tool !== 'npm' || !a.options.has('--production=false'));
}

function home(run: RunState, inv: Invocation): string {
  return inv.env.get('HOME') ?? (run.user.uid === 0 ? '/root' : `/home/${run.user.name}`);
}

function cacheDir(tool: Tool, run: RunState, inv: Invocation): string {
  if (tool === 'yarn') return inv.env.get('YARN_CACHE_FOLDER') ?? (run.user.uid === 0 ? '/usr/local/share/.cache/yarn' : `${home(run, inv)}/.cache/yarn`);
  if (tool === 'pnpm') return `${home(run, inv)}/.local/share/pnpm/store`;
  return `${inv.env.get('npm_config_cache') ?? `${home(run, inv)}/.npm`}/_cacache`;
}

function install(tool: Tool, verb: string, inv: Invocation, run: RunState, a: ReturnType<typeof parseArgv>, extra: readonly string[], cwd: string): Outcome {
  const manifest = readManifest(run, cwd);
  if (extra.length === 0 || verb === 'ci') {
    if (manifest === 'missing') {
      return {
        status: tool === 'npm' ? 254 : 1,
        messages: tool === 'npm'
          ? ['npm error code ENOENT', 'npm error syscall open', `npm error path ${joinPath(cwd, 'package.json')}`, `npm error errno -2`, `npm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${joinPath(cwd, 'package.json')}'`]
          : [`error Couldn't find a package.json file in "${cwd}"`],
      };
    }
    if (manifest === 'invalid') return { status: 1, messages: [`npm error code EJSONPARSE`, `npm error JSON.parse Invalid package.json`] };
  }
  if (tool === 'npm' && verb === 'ci' && lookup(run.fs.root, joinPath(cwd, 'package-lock.json')) === undefined && lookup(run.fs.root, joinPath(cwd, 'npm-shrinkwrap.json')) === undefined) {
    return {
      status: 1,
      messages: [
        'npm error code EUSAGE',
        'npm error',
        'npm error The `npm ci` command can only install with an existing package-lock.json or',
        'npm error npm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or',
        'npm error later to generate a package-lock.json file, then try again.',
      ],
    };
  }
  const m = typeof manifest === 'object' ? manifest : { deps: [], devDeps: [], scripts: {}, name: 'app' };
  const names = [...m.deps, ...(omitDev(tool, a, inv.env) ? [] : m.devDeps), ...extra.filter((x) => !x.startsWith('-')).map((x) => x.replace(/(.)@.*$/, '$1'))];
  const pkgs: NpmPackage[] = [];
  for (const n of names) {
    const p = run.catalog.npm(n);
    if (p.estimate) estimate(run, `npm package \`${n}\` is not in the catalog: its size is an estimate`);
    pkgs.push(p);
  }
  const modules = joinPath(cwd, 'node_modules');
  let bytes = 0;
  let count = 0;
  for (const p of pkgs) {
    bytes += p.bytes;
    count += p.packages;
    putFile(run, `${modules}/${p.name}/package.json`, { bytes: 1_500, content: 'text', identity: `npm:${p.name}:manifest` });
    putFile(run, `${modules}/${p.name}/${p.name.replace('/', '__')}.contents`, { bytes: Math.max(0, p.bytes - 1_500), content: 'mixed', estimate: p.estimate, identity: `npm:${p.name}` });
    for (const bin of p.bins) {
      putFile(run, `${modules}/.bin/${bin}`, { bytes: 400, mode: 0o755, content: 'text', text: `#!/usr/bin/env node\n// ${p.name}\n`, identity: `npm:${p.name}:bin:${bin}` });
    }
  }
  if (tool === 'npm' && verb !== 'ci' && lookup(run.fs.root, joinPath(cwd, 'package-lock.json')) === undefined) {
    putFile(run, joinPath(cwd, 'package-lock.json'), { bytes: 400 * count + 200, content: 'text', identity: `lock:${names.join(',')}` });
  }
  if (pkgs.length > 0) {
    putFile(run, `${modules}/.package-lock.json`, { bytes: 350 * count, content: 'text', identity: `npm-hidden-lock:${names.join(',')}` });
  }
  const cache = cacheDir(tool, run, inv);
  const cacheMount = mountAt(run, resolvePath(run.fs.root, cache, true).path);
  const warm = cacheMount?.type === 'cache' ? (run.warmMounts.get(cacheMount.id) ?? 0) : 0;
  const cacheBytes = pkgs.reduce((s, p) => s + (p.cacheBytes ?? p.bytes * run.catalog.figures.npmCacheRatio), 0);
  if (pkgs.length > 0) putFile(run, `${cache}/content-v2/${tool}-${count}-packages.cache`, { bytes: cacheBytes, content: 'compressed', estimate: true, identity: `npmcache:${names.join(',')}` });
  const fetched = Math.max(0, cacheBytes - warm);
  spend(run, 1.5 + fetched / run.catalog.figures.downloadBytesPerSecond + 0.02 * count + bytes / 1e6 * 0.05);
  log(run, tool === 'npm' ? `added ${count} packages, and audited ${count + 1} packages in ${Math.max(1, Math.round(run.seconds))}s` : `Done in ${run.seconds.toFixed(2)}s.`);
  log(run, `(node_modules ${mb(bytes)})`);
  return { status: 0 };
}

function prune(run: RunState, cwd: string, a: ReturnType<typeof parseArgv>, inv: Invocation): Outcome {
  const manifest = readManifest(run, cwd);
  if (typeof manifest !== 'object') return { status: 0 };
  if (omitDev('npm', a, inv.env)) for (const d of manifest.devDeps) remove(run, joinPath(cwd, `node_modules/${d}`));
  spend(run, 1);
  return { status: 0 };
}

function runScript(tool: Tool, name: string | undefined, inv: Invocation, run: RunState, cwd: string): Outcome {
  const manifest = readManifest(run, cwd);
  if (manifest === 'missing') return { status: tool === 'npm' ? 254 : 1, messages: [`npm error enoent Could not read package.json`] };
  if (manifest === 'invalid' || name === undefined) return { status: 1 };
  const script = manifest.scripts[name];
  if (script === undefined) {
    return { status: 1, messages: tool === 'npm' ? [`npm error Missing script: "${name}"`, 'npm error', 'npm error To see a list of scripts, run:', 'npm error   npm run'] : [`error Command "${name}" not found.`] };
  }
  log(run, `> ${manifest.name} ${name}`);
  log(run, `> ${script}`);
  const env = new Map(inv.env);
  env.set('PATH', `${joinPath(cwd, 'node_modules/.bin')}:${inv.env.get('PATH') ?? ''}`);
  const status = run.sh(script, env, cwd);
  return { status };
}
