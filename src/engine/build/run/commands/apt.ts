/**
 * apt-get / apt on Debian and Ubuntu images.
 *
 * - `update` fills /var/lib/apt/lists (≈20 MB on bookworm, indexes kept compressed by the image's
 *   `docker-gzip-indexes` config — simulation-model.md §4.1). The lists stay in the layer unless the same
 *   RUN removes them.
 * - `install` needs lists (Debian images ship without them: `E: Unable to locate package …`), installs the
 *   catalog's dependency closure with or without Recommends (`--no-install-recommends`,
 *   `-o APT::Install-Recommends=false`), and leaves dpkg's bookkeeping: /var/lib/dpkg/info, a new copy of
 *   /var/lib/dpkg/status, /var/cache/debconf, logs. The official images' `docker-clean` hook
 *   (/etc/apt/apt.conf.d/docker-clean) deletes the .debs after each install; without it they stay in
 *   /var/cache/apt/archives (a cache mount there keeps them out of the layer).
 * - `remove` / `purge` delete a package's files (whiteouts when an earlier layer has them) and those of the
 *   installed packages that depend on it; `autoremove` / `--auto-remove` then remove the automatically
 *   installed packages nothing needs any more (apt-marks.ts); `clean` empties /var/cache/apt — not the lists.
 * - Run as a non-root user apt cannot take its locks and exits 100.
 */
import type { CommandHandler, Outcome } from '../command-types.ts';
import type { RunState } from '../run-state.ts';
import { estimate, isRoot, log, mountAt, putFile, remove, spend } from '../run-state.ts';
import { parseArgv } from '../argv.ts';
import { lookup, walkFiles } from '../../fs-tree.ts';
import { archTriplet, layDown, mb } from './install-files.ts';
import { resolvePath } from '../../fs-tree.ts';
import { librariesOfPackage } from '../../../catalog/index.ts';
import { autoMarked, autoremove, dependents, installedDebs, recommendsImportant, removeDeb, unneeded, writeAutoMarks } from './apt-marks.ts';

const LISTS = '/var/lib/apt/lists';
const ARCHIVES = '/var/cache/apt/archives';
const DOCKER_CLEAN = '/etc/apt/apt.conf.d/docker-clean';
/** pkgcache.bin + srcpkgcache.bin when docker-clean does not drop them (estimate). */
const APT_BIN_CACHE_BYTES = 2 * 27e6;

export const aptGet: CommandHandler = (inv, run) => {
  const a = parseArgv(inv.argv.slice(1), ['-o', '-t', '--target-release', '-c']);
  const [verb = '', ...names] = a.positionals;
  const opts = a.all.get('-o') ?? [];
  if (verb === '' || verb === 'help') return { status: 0 };
  if (!isRoot(run)) return notRoot(verb);
  switch (verb) {
    case 'update':
      return update(run);
    case 'install':
    case 'reinstall': {
      const noRecommends = a.options.has('--no-install-recommends') || opts.some((o) => /^APT::Install-Recommends=(false|0|no)$/i.test(o));
      const recommends = !noRecommends || a.options.has('--install-recommends');
      const yes = a.options.has('-y') || a.options.has('--yes') || a.options.has('--assume-yes') || inv.env.get('DEBIAN_FRONTEND') === 'noninteractive' || a.options.has('-qq');
      return install(run, names.filter((n) => !n.startsWith('-')), recommends, yes);
    }
    case 'remove':
    case 'purge':
      return removePackages(run, names, a.options.has('--auto-remove') || a.options.has('--autoremove'), recommendsImportant(opts));
    case 'autoremove': {
      const n = autoremove(run, recommendsImportant(opts));
      log(run, `0 upgraded, 0 newly installed, ${n} to remove and 0 not upgraded.`);
      spend(run, 0.5 + 0.1 * n);
      return { status: 0 };
    }
    case 'clean':
    case 'autoclean':
      clean(run);
      return { status: 0 };
    case 'upgrade':
    case 'dist-upgrade':
    case 'full-upgrade':
      if (!hasLists(run)) return { status: 0, messages: ['0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.'] };
      estimate(run, '`apt-get upgrade` was simulated as upgrading nothing (what it changes depends on the day)');
      spend(run, 3);
      return { status: 0, messages: ['0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.'] };
    default:
      estimate(run, `\`apt-get ${verb}\` is not simulated`);
      return { status: 0 };
  }
};

function notRoot(verb: string): Outcome {
  if (verb === 'update') {
    return { status: 100, messages: [`E: Could not open lock file ${LISTS}/lock - open (13: Permission denied)`, `E: Unable to lock directory ${LISTS}/`] };
  }
  if (verb === 'clean' || verb === 'autoclean') {
    return { status: 100, messages: [`E: Could not open lock file ${ARCHIVES}/lock - open (13: Permission denied)`, `E: Unable to lock directory ${ARCHIVES}/`] };
  }
  return {
    status: 100,
    messages: [
      'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)',
      'E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?',
    ],
  };
}

function release(run: RunState): string | undefined {
  return run.os.packageRelease;
}

function mirror(run: RunState): { host: string; path: string } {
  return run.os.family === 'ubuntu' ? { host: 'archive.ubuntu.com', path: 'ubuntu' } : { host: 'deb.debian.org', path: 'debian' };
}

function update(run: RunState): Outcome {
  const total = run.catalog.figures.aptListsBytes(release(run));
  const rel = release(run) ?? 'stable';
  const m = mirror(run);
  const arch = run.platform.arch;
  const base = `${m.host}_${m.path}_dists_${rel}`;
  const security = run.os.family === 'ubuntu' ? `security.ubuntu.com_ubuntu_dists_${rel}-security` : `deb.debian.org_debian-security_dists_${rel}-security`;
  // Shares of the measured bookworm lists (19.86 MB): main Packages 18.84, security 0.76, updates 0.01, InRelease 0.24.
  const files: [string, number][] = [
    [`${base}_InRelease`, 0.0076],
    [`${base}_main_binary-${arch}_Packages.lz4`, 0.9487],
    [`${base}-updates_InRelease`, 0.0028],
    [`${base}-updates_main_binary-${arch}_Packages.lz4`, 0.0005],
    [`${security}_InRelease`, 0.0017],
    [`${security}_main_binary-${arch}_Packages.lz4`, 0.0383],
  ];
  const url = `http://${m.host}/${m.path}`;
  spend(run, 0.3);
  log(run, `Get:1 ${url} ${rel} InRelease [151 kB]`);
  log(run, `Get:2 ${url} ${rel}-updates InRelease [55.4 kB]`);
  log(run, `Get:3 ${url}-security ${rel}-security InRelease [48.0 kB]`);
  log(run, `Get:4 ${url} ${rel}/main ${run.platform.arch} Packages [${Math.round((total * 0.45) / 1000)} kB]`);
  for (const [name, share] of files) {
    putFile(run, `${LISTS}/${name}`, { bytes: total * share, content: 'compressed', identity: `apt-lists:${rel}:${name}`, uid: 0, gid: 0 });
  }
  putFile(run, `${LISTS}/lock`, { bytes: 0, mode: 0o640, content: 'text', text: '', uid: 0, gid: 0, identity: 'apt-lock' });
  if (lookup(run.fs.root, DOCKER_CLEAN) === undefined) {
    putFile(run, '/var/cache/apt/pkgcache.bin', { bytes: APT_BIN_CACHE_BYTES / 2, content: 'binary', estimate: true, identity: `apt-pkgcache:${rel}` });
    putFile(run, '/var/cache/apt/srcpkgcache.bin', { bytes: APT_BIN_CACHE_BYTES / 2, content: 'binary', estimate: true, identity: `apt-srcpkgcache:${rel}` });
  }
  const seconds = 1.2 + (total * 0.45) / run.catalog.figures.downloadBytesPerSecond;
  spend(run, seconds);
  log(run, `Fetched ${Math.round((total * 0.45) / 1000).toLocaleString('en-US')} kB in ${Math.max(1, Math.round(seconds))}s`);
  log(run, 'Reading package lists...');
  return { status: 0 };
}

function hasLists(run: RunState): boolean {
  const real = resolvePath(run.fs.root, LISTS, true);
  if (mountAt(run, real.path) !== undefined) return true;
  const dir = real.node;
  if (dir?.kind !== 'dir') return false;
  for (const name of dir.children.keys()) if (name.endsWith('Packages.lz4') || name.endsWith('Packages') || name.endsWith('Packages.gz')) return true;
  return false;
}

function install(run: RunState, names: readonly string[], recommends: boolean, yes: boolean): Outcome {
  if (names.length === 0) return { status: 0, messages: ['0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.'] };
  log(run, 'Reading package lists...');
  log(run, 'Building dependency tree...');
  if (!hasLists(run)) {
    return { status: 100, messages: [`E: Unable to locate package ${names[0] ?? ''}`], };
  }
  const plan = run.catalog.aptPlan(
    { release: release(run), sets: run.os.packageSets, slim: run.os.slim },
    names.map((n) => n.replace(/[=/].*$/, '')),
    { recommends, installed: installedDebs(run) },
  );
  if (plan.unavailable.length > 0) return { status: 100, messages: plan.unavailable.map((u) => `E: ${u.message}`) };
  for (const note of plan.notes) {
    if (/estimat|not in the catalog|approximat|not measured/i.test(note)) estimate(run, note);
    else log(run, note);
  }
  for (const n of plan.unknown) estimate(run, `apt package \`${n}\` is not in the catalog: its size is an estimate`);
  const newPkgs = plan.packages;
  const installedBytes = newPkgs.reduce((s, p) => s + p.bytes, 0);
  const downloadBytes = newPkgs.reduce((s, p) => s + p.downloadBytes, 0);
  if (newPkgs.length > 0 && !yes) {
    log(run, `Need to get ${mb(downloadBytes)} of archives.`);
    log(run, `After this operation, ${mb(installedBytes)} of additional disk space will be used.`);
    log(run, 'Do you want to continue? [Y/n] Abort.');
    return { status: 1 };
  }
  log(run, `0 upgraded, ${newPkgs.length} newly installed, 0 to remove and 0 not upgraded.`);
  log(run, `Need to get ${mb(downloadBytes)} of archives.`);
  log(run, `After this operation, ${mb(installedBytes)} of additional disk space will be used.`);

  const triplet = archTriplet(run.platform.arch, run.os.libc);
  const keepDebs = lookup(run.fs.root, DOCKER_CLEAN) === undefined;
  const rel = release(run) ?? 'stable';
  const warm = warmArchiveBytes(run);
  let toDownload = 0;
  let statusBytes = fileBytes(run, '/var/lib/dpkg/status', 120_000);
  for (const p of newPkgs) {
    const identity = `apt:${rel}:${p.name}`;
    const libraries = librariesOfPackage('apt', p.name, release(run));
    const files = layDown(run, { name: p.name, bytes: p.bytes, binaries: p.binaries, estimate: p.estimate, identity, libraries }, '/usr/bin', `/usr/lib/${triplet}`, `package ${p.name}`);
    files.push(...specialFiles(run, p.name));
    const listText = `${files.join('\n')}\n`;
    putFile(run, `/var/lib/dpkg/info/${p.name}.list`, { bytes: listText.length, content: 'text', text: listText, identity: `${identity}:list` });
    putFile(run, `/var/lib/dpkg/info/${p.name}.md5sums`, {
      bytes: Math.max(0, run.catalog.figures.dpkgInfoBytesPerPackage - listText.length),
      content: 'text',
      identity: `${identity}:md5sums`,
    });
    if (keepDebs) putFile(run, `${ARCHIVES}/${p.name}_${run.platform.arch}.deb`, { bytes: p.downloadBytes, content: 'compressed', identity: `${identity}:deb` });
    statusBytes += 1100;
    toDownload += p.downloadBytes;
  }
  if (newPkgs.length > 0) {
    putFile(run, '/var/lib/dpkg/status', { bytes: statusBytes, content: 'text', identity: `dpkg-status:${run.seed}` });
    putFile(run, '/var/lib/dpkg/status-old', { bytes: statusBytes - 1100 * newPkgs.length, content: 'text', identity: `dpkg-status-old:${run.seed}` });
    const debconf = fileBytes(run, '/var/cache/debconf/templates.dat', 1_200_000) + 6_000 * newPkgs.length;
    putFile(run, '/var/cache/debconf/templates.dat', { bytes: debconf, content: 'text', estimate: true, identity: `debconf:${run.seed}` });
    putFile(run, '/var/log/dpkg.log', { bytes: fileBytes(run, '/var/log/dpkg.log', 0) + 420 * newPkgs.length, content: 'text', identity: `dpkg-log:${run.seed}` });
    putFile(run, '/var/log/apt/history.log', { bytes: fileBytes(run, '/var/log/apt/history.log', 0) + 300 + 60 * newPkgs.length, content: 'text', identity: `apt-history:${run.seed}` });
    putFile(run, '/var/log/apt/eipp.log.xz', { bytes: 24_000, content: 'compressed', estimate: true, identity: `apt-eipp:${run.seed}` });
  }
  // Dependencies are marked automatic; a named package is manual, even one an earlier install pulled in.
  const auto = autoMarked(run);
  for (const p of newPkgs) if (p.auto) auto.add(p.name);
  for (const n of names) {
    const name = n.replace(/[=/:].*$/, '');
    if (auto.delete(name)) log(run, `${name} set to manually installed.`);
  }
  writeAutoMarks(run, auto);
  const fetched = Math.max(0, toDownload - warm);
  const seconds = fetched / run.catalog.figures.downloadBytesPerSecond + installedBytes / 1e6 * 0.1 + 0.08 * newPkgs.length;
  log(run, `Fetched ${mb(fetched)} in ${Math.max(0, Math.round(fetched / run.catalog.figures.downloadBytesPerSecond))}s`);
  for (const p of newPkgs.slice(0, 3)) log(run, `Setting up ${p.name} ...`);
  spend(run, seconds);
  return { status: 0 };
}

/** Files a few packages are known for, which later steps look for. */
function specialFiles(run: RunState, name: string): string[] {
  const out: string[] = [];
  if (name === 'ca-certificates') {
    const p = putFile(run, '/etc/ssl/certs/ca-certificates.crt', { bytes: 219_000, content: 'text', identity: 'ca-certificates.crt' });
    if (p) out.push(p);
  }
  if (/^python3(\.\d+)?$/.test(name) && (run.os.packageRelease === 'bookworm' || run.os.packageRelease === 'trixie' || run.os.packageRelease === 'noble')) {
    // PEP 668: Debian 12+ / Ubuntu 23.04+ mark the system Python as externally managed.
    const p = putFile(run, '/usr/lib/python3/EXTERNALLY-MANAGED', { bytes: 645, content: 'text', identity: 'externally-managed' });
    if (p) out.push(p);
  }
  return out;
}

function fileBytes(run: RunState, path: string, fallback: number): number {
  const n = lookup(run.fs.root, path);
  return n?.kind === 'file' ? n.bytes : fallback;
}

function warmArchiveBytes(run: RunState): number {
  const m = mountAt(run, ARCHIVES);
  if (m === undefined || m.type !== 'cache') return 0;
  // The .debs survive in the cache mount only when docker-clean is gone (the documented apt cache-mount recipe).
  return lookup(run.fs.root, DOCKER_CLEAN) === undefined ? (run.warmMounts.get(m.id) ?? 0) : 0;
}

function removePackages(run: RunState, names: readonly string[], auto: boolean, recommendsMatter: boolean): Outcome {
  const installed = installedDebs(run);
  const named = new Set(names.filter((n) => !n.startsWith('-')).map((n) => n.replace(/[=/:].*$/, '')));
  let removed = 0;
  for (const name of named) {
    if (installed.has(name)) continue;
    // A package of the base image: its well-known commands go.
    if (lookup(run.fs.root, `/usr/bin/${name}`) !== undefined) {
      remove(run, `/usr/bin/${name}`);
      removed++;
    }
  }
  const targets = new Set([...named].filter((n) => installed.has(n)));
  // Whatever depends on a removed package goes with it, and so on.
  for (let more = dependents(run, targets); more.size > 0; more = dependents(run, targets)) for (const d of more) targets.add(d);
  if (targets.size > 0) log(run, `The following packages will be REMOVED: ${[...targets].sort().join(' ')}`);
  for (const name of targets) removeDeb(run, name);
  removed += targets.size;
  writeAutoMarks(run, autoMarked(run));
  if (auto) removed += autoremove(run, recommendsMatter);
  else {
    const left = unneeded(run, recommendsMatter);
    if (left.length > 0) {
      log(run, 'The following packages were automatically installed and are no longer required:');
      log(run, `  ${left.join(' ')}`);
      log(run, `Use 'apt autoremove' to remove ${left.length === 1 ? 'it' : 'them'}.`);
    }
  }
  log(run, `0 upgraded, 0 newly installed, ${removed} to remove and 0 not upgraded.`);
  spend(run, 0.5 + 0.1 * removed);
  return { status: 0 };
}

function clean(run: RunState): void {
  const dir = lookup(run.fs.root, ARCHIVES);
  if (dir?.kind === 'dir') {
    for (const { path, node } of [...walkFiles(dir)]) if (node.kind === 'file' && path.endsWith('.deb')) remove(run, `${ARCHIVES}/${path}`);
  }
  remove(run, '/var/cache/apt/pkgcache.bin');
  remove(run, '/var/cache/apt/srcpkgcache.bin');
  spend(run, 0.2);
}
