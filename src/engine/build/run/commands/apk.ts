/**
 * apk on Alpine images (apk-tools 2.14 / 3.0).
 *
 * - `apk add` fetches the APKINDEX; without `--no-cache` it is kept in /var/cache/apk (≈2–3 MB, estimate,
 *   simulation-model.md §4.2), and `apk update` keeps it too. `--no-cache` keeps nothing.
 * - `--virtual NAME` records a virtual package that depends on what was added, so `apk del NAME` removes
 *   them again — in the same RUN that saves their bytes, in a later RUN it only adds whiteouts.
 * - The installed database /lib/apk/db/installed and /etc/apk/world are rewritten (new copies in the layer).
 * - As a non-root user apk cannot lock its database: `ERROR: Unable to lock database: Permission denied`,
 *   `ERROR: Failed to open apk database: Permission denied`, exit code 99 (apk-tools src/apk.c: a negative
 *   result becomes 250, capped at 99).
 */
import type { CommandHandler, Outcome } from '../command-types.ts';
import type { RunState } from '../run-state.ts';
import { estimate, isRoot, log, putFile, remove, spend } from '../run-state.ts';
import { parseArgv } from '../argv.ts';
import { lookup, walkFiles } from '../../fs-tree.ts';
import { layDown, mb } from './install-files.ts';
import { librariesOfPackage } from '../../../catalog/index.ts';
import { hashString } from '../../hash.ts';

const DB = '/lib/apk/db/installed';
const WORLD = '/etc/apk/world';
const CACHE = '/var/cache/apk';

export const apk: CommandHandler = (inv, run) => {
  const a = parseArgv(inv.argv.slice(1), ['-t', '--virtual', '-X', '--repository', '-p', '--root', '--cache-dir']);
  const [verb = '', ...rest] = a.positionals;
  if (verb === '' || verb === 'info' || verb === 'search' || verb === 'version' || verb === 'policy') return { status: 0 };
  if (!isRoot(run)) {
    return { status: 99, messages: ['ERROR: Unable to lock database: Permission denied', 'ERROR: Failed to open apk database: Permission denied'] };
  }
  const noCache = a.options.has('--no-cache');
  const update = a.options.has('-U') || a.options.has('--update') || a.options.has('--update-cache');
  switch (verb) {
    case 'update':
      fetchIndex(run, false);
      log(run, `OK: ${indexCount(run)} distinct packages available`);
      return { status: 0 };
    case 'add':
      if (update || !noCache) fetchIndex(run, noCache);
      else fetchIndex(run, true);
      return add(run, rest, a.options.get('-t') ?? a.options.get('--virtual'));
    case 'del':
      return del(run, rest);
    case 'upgrade':
      fetchIndex(run, noCache);
      estimate(run, '`apk upgrade` was simulated as upgrading nothing');
      return { status: 0 };
    case 'cache':
      if (rest[0] === 'clean' || rest[0] === 'purge') clearCache(run);
      return { status: 0 };
    default:
      estimate(run, `\`apk ${verb}\` is not simulated`);
      return { status: 0 };
  }
};

/** `apk update`'s "OK: N distinct packages available" (Alpine main + community ≈ 25,000, estimate). */
function indexCount(_run: RunState): number {
  return 25_000;
}

function fetchIndex(run: RunState, noCache: boolean): void {
  const rel = run.os.packageRelease ?? 'latest-stable';
  const repo = /^\d/.test(rel) ? `v${rel}` : rel;
  const arch = run.platform.arch === 'arm64' ? 'aarch64' : 'x86_64';
  log(run, `fetch https://dl-cdn.alpinelinux.org/alpine/${repo}/main/${arch}/APKINDEX.tar.gz`);
  log(run, `fetch https://dl-cdn.alpinelinux.org/alpine/${repo}/community/${arch}/APKINDEX.tar.gz`);
  const bytes = run.catalog.figures.apkIndexBytes;
  spend(run, 0.6 + bytes / run.catalog.figures.downloadBytesPerSecond);
  if (noCache) return;
  // apk names a cached index APKINDEX.<first 8 hex of the repository URL's hash>.tar.gz.
  for (const [repoName, share] of [['main', 0.3], ['community', 0.7]] as const) {
    const id = hashString(`https://dl-cdn.alpinelinux.org/alpine/${repo}/${repoName}`).slice(0, 8);
    putFile(run, `${CACHE}/APKINDEX.${id}.tar.gz`, { bytes: bytes * share, content: 'compressed', estimate: true, identity: `apkindex:${rel}:${repoName}`, uid: 0, gid: 0 });
  }
}

export function installedApks(run: RunState): Set<string> {
  const text = dbText(run);
  const out = new Set<string>();
  for (const m of text.matchAll(/^P:(.+)$/gm)) out.add(m[1] as string);
  return out;
}

function dbText(run: RunState): string {
  const n = lookup(run.fs.root, DB);
  return n?.kind === 'file' ? (n.text ?? '') : '';
}

function add(run: RunState, names: readonly string[], virtual: string | undefined): Outcome {
  const wanted = names.filter((n) => !n.startsWith('-')).map((n) => n.replace(/[=<>~].*$/, ''));
  const installed = installedApks(run);
  const plan = run.catalog.apkPlan(run.os.packageRelease, wanted, installed);
  if (plan.unavailable.length > 0) {
    return { status: plan.unavailable.length, messages: ['ERROR: unable to select packages:', ...plan.unavailable.map((u) => `  ${u.message}`)] };
  }
  for (const note of plan.notes) {
    if (/estimat|not in the catalog|approximat|not measured/i.test(note)) estimate(run, note);
    else log(run, note);
  }
  for (const n of plan.unknown) estimate(run, `apk package \`${n}\` is not in the catalog: its size is an estimate`);
  const total = plan.packages.length + (virtual ? 1 : 0);
  let db = dbText(run);
  let i = 0;
  if (virtual !== undefined) log(run, `(${++i}/${total}) Installing ${virtual} (20260101.000000)`);
  // Each asked-for package records the dependencies that came with it (D:), so `apk del` can take them
  // away again; a --virtual package depends on everything this add brought.
  const groups: { name: string; deps: string[] }[] = [];
  for (const p of plan.packages) {
    log(run, `(${++i}/${total}) Installing ${p.name}`);
    const files = layDown(run, { name: p.name, bytes: p.bytes, binaries: p.binaries, estimate: p.estimate, identity: `apk:${run.os.packageRelease ?? ''}:${p.name}`, libraries: librariesOfPackage('apk', p.name) }, '/usr/bin', '/usr/lib', `package ${p.name}`);
    db += `P:${p.name}\n${files.map((f) => `R:${f}`).join('\n')}\n\n`;
    if (!p.auto || groups.length === 0) groups.push({ name: p.name, deps: [] });
    else groups[groups.length - 1]?.deps.push(p.name);
  }
  for (const g of groups) if (g.deps.length > 0) db = db.replace(`P:${g.name}\n`, `P:${g.name}\nD:${g.deps.join(' ')}\n`);
  if (virtual !== undefined) db += `P:${virtual}\nD:${plan.packages.map((p) => p.name).join(' ')}\n\n`;
  const bytes = plan.packages.reduce((s, p) => s + p.bytes, 0);
  if (total > 0) {
    putFile(run, DB, { bytes: db.length + 400 * plan.packages.length, content: 'text', text: db, identity: `apkdb:${db.length}:${run.seed}`, uid: 0, gid: 0 });
    const world = new Set(worldText(run).split('\n').filter((x) => x !== ''));
    if (virtual !== undefined) world.add(virtual);
    else for (const n of wanted) world.add(n);
    const text = `${[...world].sort().join('\n')}\n`;
    putFile(run, WORLD, { bytes: text.length, content: 'text', text, identity: `world:${text}`, uid: 0, gid: 0 });
  }
  const download = plan.packages.reduce((s, p) => s + p.downloadBytes, 0);
  spend(run, download / run.catalog.figures.downloadBytesPerSecond + bytes / 1e6 * 0.05 + 0.05 * plan.packages.length);
  log(run, `OK: ${mb(bytes)} in ${installed.size + plan.packages.length} packages`);
  return { status: 0 };
}

function worldText(run: RunState): string {
  const n = lookup(run.fs.root, WORLD);
  return n?.kind === 'file' ? (n.text ?? '') : '';
}

function del(run: RunState, names: readonly string[]): Outcome {
  let db = dbText(run);
  const blocks = db.split(/\n\n+/).filter((b) => b.trim() !== '');
  const byName = new Map<string, string>();
  for (const b of blocks) {
    const name = /^P:(.+)$/m.exec(b)?.[1];
    if (name !== undefined) byName.set(name, b);
  }
  const toRemove = new Set<string>();
  const queue = names.filter((x) => !x.startsWith('-'));
  while (queue.length > 0) {
    const n = queue.shift() as string;
    const block = byName.get(n);
    if (block === undefined || toRemove.has(n)) continue;
    toRemove.add(n);
    for (const dep of (/^D:(.*)$/m.exec(block)?.[1] ?? '').split(' ').filter((x) => x !== '')) queue.push(dep);
  }
  const world = new Set(worldText(run).split('\n').filter((x) => x !== ''));
  let removed = 0;
  for (const n of toRemove) {
    if (world.has(n) && !names.includes(n)) continue; // still asked for by someone else
    const block = byName.get(n);
    if (block === undefined) continue;
    for (const m of block.matchAll(/^R:(.+)$/gm)) remove(run, m[1] as string);
    byName.delete(n);
    world.delete(n);
    removed++;
    log(run, `(${removed}/${toRemove.size}) Purging ${n}`);
  }
  db = [...byName.values()].map((b) => `${b}\n\n`).join('');
  putFile(run, DB, { bytes: db.length + 400 * byName.size, content: 'text', text: db, identity: `apkdb:${db.length}:${run.seed}:del`, uid: 0, gid: 0 });
  const text = `${[...world].sort().join('\n')}\n`;
  putFile(run, WORLD, { bytes: text.length, content: 'text', text, identity: `world:${text}`, uid: 0, gid: 0 });
  spend(run, 0.3 + 0.05 * removed);
  return { status: 0 };
}

function clearCache(run: RunState): void {
  const dir = lookup(run.fs.root, CACHE);
  if (dir?.kind !== 'dir') return;
  for (const { path } of [...walkFiles(dir)]) remove(run, `${CACHE}/${path}`);
}
