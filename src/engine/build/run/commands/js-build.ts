/**
 * JavaScript build tools run by `npm run build` (tsc, vite, webpack, next, react-scripts, esbuild,
 * rollup, parcel, nest). Their output directory gets an estimated size from the sources they read
 * (the project's files outside node_modules); `next build` also leaves a large `.next/cache`.
 */
import type { CommandHandler } from '../command-types.ts';
import { estimate, putFile, spend } from '../run-state.ts';
import { lookup, treeBytes } from '../../fs-tree.ts';
import { joinPath, normalizePath } from '../../fs-path.ts';

function sourceBytes(root: ReturnType<typeof lookup>): number {
  if (root?.kind !== 'dir') return 0;
  let total = 0;
  for (const [name, child] of root.children) if (name !== 'node_modules' && !name.startsWith('.')) total += treeBytes(child);
  return total;
}

export const jsBuild: CommandHandler = (inv, run) => {
  const args = inv.argv.slice(1);
  const project = lookup(run.fs.root, inv.cwd);
  const src = sourceBytes(project);
  const outFlag = args.findIndex((a) => a === '--outDir' || a === '--out-dir' || a === '-d' || a === '--outdir');
  const outDir = outFlag >= 0 ? args[outFlag + 1] ?? 'dist'
    : inv.name === 'next' ? '.next'
      : inv.name === 'react-scripts' ? 'build'
        : 'dist';
  const bytes = Math.max(20_000, src * (inv.name === 'tsc' ? 1.1 : 0.6));
  const dir = normalizePath(outDir, inv.cwd);
  putFile(run, joinPath(dir, 'bundle.contents'), { bytes, content: 'text', estimate: true, identity: `jsbuild:${inv.name}:${src}:${args.join(' ')}` });
  if (inv.name === 'next') putFile(run, joinPath(dir, 'cache/webpack.contents'), { bytes: 80e6, content: 'binary', estimate: true, identity: `nextcache:${src}` });
  estimate(run, `the output of \`${inv.name}\` is estimated from the size of the sources`);
  spend(run, 4 + src / 200_000);
  return { status: 0 };
};
