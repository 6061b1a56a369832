/**
 * JavaScript bundlers and framework builds run by `npm run build`, each writing where it writes by default
 * (sizes are estimates from the project's sources outside node_modules):
 *
 * - `vite build`: `dist/index.html`, `dist/assets/index-<hash>.js` (and `.css` when there are styles), and
 *   `public/` copied into `dist/` (vite docs, "Building for Production"; `--outDir` moves it).
 * - `webpack`: `dist/main.js` — the default entry `./src` and output `[name].js` in `dist` (webpack docs,
 *   "Configuration": zero-config defaults); a webpack.config.js may say otherwise (estimate).
 * - `esbuild <entry>`: `--outfile=<file>`, or `--outdir=<dir>` with one `<name>.js` per entry; neither writes
 *   to stdout.
 * - `rollup <entry>`: `-o/--file <file>` or `-d/--dir <dir>`; with `-c` the config decides (estimate:
 *   `dist/bundle.js`).
 * - `parcel build <entry>`: `dist/<entry name>.js` (`.html` for an HTML entry).
 * - `react-scripts build`: `build/index.html` and `build/static/js/main.<hash>.js`.
 * - `next build`: `.next/` with its server and static output, and a large `.next/cache`.
 * - `nest build`: compiles with tsc and `tsconfig.build.json` (Nest CLI's default), file by file into dist.
 * tsc itself is simulated in tsc.ts.
 */
import type { CommandHandler, Invocation } from '../command-types.ts';
import type { RunState } from '../run-state.ts';
import { estimate, putFile, spend } from '../run-state.ts';
import { lookup, treeBytes, walkFiles } from '../../fs-tree.ts';
import { basename, joinPath, normalizePath } from '../../fs-path.ts';
import { hashParts } from '../../hash.ts';
import { tsc } from './tsc.ts';

function sourceBytes(root: ReturnType<typeof lookup>): number {
  if (root?.kind !== 'dir') return 0;
  let total = 0;
  for (const [name, child] of root.children) if (name !== 'node_modules' && !name.startsWith('.')) total += treeBytes(child);
  return total;
}

/** `--flag=value`, `--flag value` or `-f value`. */
function flag(args: readonly string[], ...names: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    for (const n of names) {
      if (a === n) return args[i + 1];
      if (a.startsWith(`${n}=`)) return a.slice(n.length + 1);
    }
  }
  return undefined;
}

const entries = (args: readonly string[]): string[] => args.filter((a, i) => !a.startsWith('-') && !(i > 0 && /^-(o|d|c)$|^--(file|dir|outdir|outfile|out-dir|config)$/.test(args[i - 1] ?? '')));

const stem = (path: string): string => basename(path).replace(/\.[^.]+$/, '');

/** Copies `public/` into `dist` as vite does (files keep their size). */
function copyPublic(run: RunState, project: string, dist: string): void {
  const pub = lookup(run.fs.root, joinPath(project, 'public'));
  if (pub?.kind !== 'dir') return;
  for (const { path, node } of walkFiles(pub)) {
    if (node.kind === 'file') putFile(run, joinPath(dist, path), { bytes: node.bytes, content: node.content, text: node.text, identity: `vite-public:${node.digest}` });
  }
}

/** The files a tool writes: path (relative to the project) -> share of the output bytes. */
function outputs(inv: Invocation, run: RunState, project: string): { files: [string, number][]; note?: string } {
  const args = inv.argv.slice(1).filter((a) => a !== 'build');
  const hash = hashParts([inv.name, String(sourceBytes(lookup(run.fs.root, project)))]).slice(0, 8);
  switch (inv.name) {
    case 'vite': {
      const out = flag(args, '--outDir') ?? 'dist';
      const css = [...walkFilesSafe(run, joinPath(project, 'src'))].some((p) => /\.(css|scss|sass|less)$/.test(p));
      const files: [string, number][] = [[`${out}/assets/index-${hash}.js`, css ? 0.85 : 0.97]];
      if (css) files.push([`${out}/assets/index-${hash}.css`, 0.12]);
      if (lookup(run.fs.root, joinPath(project, 'index.html'))?.kind === 'file') files.push([`${out}/index.html`, 0.03]);
      copyPublic(run, project, normalizePath(out, project));
      return { files };
    }
    case 'webpack':
    case 'webpack-cli': {
      const config = ['webpack.config.js', 'webpack.config.cjs', 'webpack.config.mjs', 'webpack.config.ts'].some((c) => lookup(run.fs.root, joinPath(project, c)) !== undefined);
      return { files: [[`${flag(args, '--output-path', '-o') ?? 'dist'}/${flag(args, '--output-filename') ?? 'main.js'}`, 1]], ...(config ? { note: 'webpack: the config file is not read; the default output dist/main.js was assumed' } : {}) };
    }
    case 'esbuild': {
      const outfile = flag(args, '--outfile');
      if (outfile !== undefined) return { files: [[outfile, 1]] };
      const outdir = flag(args, '--outdir');
      const ins = entries(args);
      if (outdir !== undefined) return { files: ins.map((e) => [`${outdir}/${stem(e)}.js`, 1 / Math.max(1, ins.length)] as [string, number]) };
      return { files: [] }; // esbuild prints the bundle on stdout
    }
    case 'rollup': {
      const file = flag(args, '-o', '--file');
      if (file !== undefined) return { files: [[file, 1]] };
      const dir = flag(args, '-d', '--dir');
      const ins = entries(args);
      if (dir !== undefined && ins.length > 0) return { files: ins.map((e) => [`${dir}/${stem(e)}.js`, 1 / ins.length] as [string, number]) };
      return { files: [['dist/bundle.js', 1]], note: 'rollup: the config file is not read; dist/bundle.js was assumed' };
    }
    case 'parcel': {
      const ins = entries(args);
      const dist = flag(args, '--dist-dir') ?? 'dist';
      return { files: (ins.length > 0 ? ins : ['index.html']).map((e) => [`${dist}/${stem(e)}${/\.html?$/.test(e) ? '.html' : '.js'}`, 1 / Math.max(1, ins.length)] as [string, number]) };
    }
    case 'next':
      return { files: [] }; // written below: .next/
    case 'react-scripts':
      return { files: [['build/index.html', 0.02], [`build/static/js/main.${hash}.js`, 0.98]] };
    default:
      return { files: [[`${flag(args, '--outDir', '--out-dir', '-d', '--outdir') ?? 'dist'}/index.js`, 1]], note: `${inv.name}: its output layout is an estimate` };
  }
}

function* walkFilesSafe(run: RunState, dir: string): Generator<string> {
  const node = lookup(run.fs.root, dir);
  if (node?.kind !== 'dir') return;
  for (const { path, node: f } of walkFiles(node)) if (f.kind === 'file') yield path;
}

export const jsBuild: CommandHandler = (inv, run) => {
  if (inv.name === 'nest') {
    // Nest CLI builds with tsc and tsconfig.build.json by default (`-p` overrides it).
    const p = flag(inv.argv, '-p', '--path') ?? (lookup(run.fs.root, joinPath(inv.cwd, 'tsconfig.build.json')) !== undefined ? 'tsconfig.build.json' : 'tsconfig.json');
    return tsc({ ...inv, name: 'tsc', argv: ['tsc', '-p', p] }, run);
  }
  const project = inv.cwd;
  const src = sourceBytes(lookup(run.fs.root, project));
  const bytes = Math.max(20_000, src * 0.6);
  const { files, note } = outputs(inv, run, project);
  for (const [rel, share] of files) {
    putFile(run, normalizePath(rel, project), { bytes: bytes * share, content: 'text', estimate: true, identity: `jsbuild:${inv.name}:${rel}:${src}:${inv.argv.join(' ')}` });
  }
  if (inv.name === 'next') {
    putFile(run, joinPath(project, '.next/server/app.contents'), { bytes, content: 'text', estimate: true, identity: `next:${src}` });
    putFile(run, joinPath(project, '.next/cache/webpack.contents'), { bytes: 80e6, content: 'binary', estimate: true, identity: `nextcache:${src}` });
  }
  if (note !== undefined) estimate(run, note);
  estimate(run, `the output of \`${inv.name}\` is estimated from the size of the sources`);
  spend(run, 4 + src / 200_000);
  return { status: 0 };
};
