// What `apt-get install` / `apk add` would add to an image: the dependency closure minus what is already
// installed, with per-package and total installed/download bytes and the commands that land on PATH.
// apt closures are measured (data/apt-<release>.ts); Ubuntu releases borrow Debian bookworm's (labelled);
// apk closures walk the depends lists of data/apk.ts (estimates).
import { APK_ALPINE } from './data/apk.ts';
import { APT_BINARIES } from './data/apt-binaries.ts';
import { APT_BOOKWORM } from './data/apt-bookworm.ts';
import { APT_TRIXIE } from './data/apt-trixie.ts';
import { ECOSYSTEM } from './data/ecosystem.ts';
import type { AptReleaseData, PackageClosure, ResolvedPackage } from './package-types.ts';

/** An apt package the catalog has never heard of (estimate: a mid-sized library or tool with a few deps). */
export const UNKNOWN_APT_INSTALLED_BYTES = 5_000_000;
export const UNKNOWN_APT_DOWNLOAD_BYTES = 1_800_000;
/** An apk package the catalog has never heard of (estimate: Alpine packages are smaller — no docs, split -dev/-doc). */
export const UNKNOWN_APK_INSTALLED_BYTES = 2_000_000;
export const UNKNOWN_APK_DOWNLOAD_BYTES = 800_000;

export interface PackageLookupOptions {
  /** apt only: install Recommends too (apt's default; false for --no-install-recommends). */
  readonly recommends?: boolean;
  /** Named installed sets of the image (ImageRecord.os.packageSets); apt default ['debian']. */
  readonly sets?: readonly string[];
  /** Packages installed by earlier steps. */
  readonly installed?: Iterable<string>;
  /** The image drops docs/man/locales of new packages (debian -slim, Ubuntu). */
  readonly slim?: boolean;
}

const UBUNTU = new Set(['bionic', 'focal', 'jammy', 'kinetic', 'lunar', 'mantic', 'noble', 'oracular', 'plucky', 'questing', 'resolute']);

export function lookupPackages(
  manager: 'apt' | 'apk',
  release: string | undefined,
  names: readonly string[],
  options: PackageLookupOptions = {},
): PackageClosure {
  return manager === 'apt' ? aptClosure(release, names, options) : apkClosure(release, names, options);
}

/** Strip version pins, target releases and architectures: `curl=7.88*`, `git/bookworm-backports`, `gcc:amd64`. */
export function packageName(spec: string, manager: 'apt' | 'apk'): string {
  // Debian and Alpine package names are short; a longer "name" is not one (and must not bloat messages).
  if (spec.length > 200) return spec.slice(0, 200).trim();
  const cut = manager === 'apt' ? /[=/:]/ : /[=<>~@]/;
  const i = spec.search(cut);
  return (i >= 0 ? spec.slice(0, i) : spec).trim();
}

function aptData(release: string | undefined): { data: AptReleaseData; note: string | undefined } {
  const r = (release ?? '').toLowerCase();
  if (r === 'trixie' || r === 'forky' || r === 'sid') {
    return { data: APT_TRIXIE, note: r === 'trixie' ? undefined : `no ${r} data: Debian trixie figures used (estimate)` };
  }
  if (r === 'bookworm') return { data: APT_BOOKWORM, note: undefined };
  if (UBUNTU.has(r)) {
    return { data: APT_BOOKWORM, note: `Ubuntu ${r}: package sizes and closures approximated from Debian bookworm (estimate; Ubuntu's versions differ)` };
  }
  return { data: APT_BOOKWORM, note: `no data for release "${release ?? 'unknown'}": Debian bookworm figures used (estimate)` };
}

function aptClosure(release: string | undefined, names: readonly string[], options: PackageLookupOptions): PackageClosure {
  const recommends = options.recommends ?? true;
  const { data, note } = aptData(release);
  const proxy = note !== undefined;
  const installed = new Set<string>(options.installed ?? []);
  for (const set of options.sets ?? ['debian']) for (const n of data.sets[set] ?? []) installed.add(n);
  const keep = options.slim ? 1 - ECOSYSTEM.apt.docShare.ratio : 1;
  const picked = new Map<string, { requestedBy: string[]; estimated: boolean; own: boolean }>();
  const failures: { name: string; message: string }[] = [];
  const notes: string[] = note ? [note] : [];
  const requested: string[] = [];

  for (const spec of names) {
    const name = packageName(spec, 'apt');
    if (name === '') continue;
    requested.push(name);
    const missing = data.missing[name];
    if (missing !== undefined) {
      failures.push({ name, message: `E: ${missing}` });
      continue;
    }
    // An installed package is left alone: apt reports "already the newest version" and does not go back for
    // the Recommends it was installed without.
    if (installed.has(name)) {
      notes.push(`${name} is already installed`);
      continue;
    }
    const closure = data.closures[name];
    let members: readonly string[];
    let estimated = proxy;
    if (closure) {
      members = recommends ? closure.withRecommends : closure.noRecommends;
      if (members.length === 0 && !installed.has(name)) members = [name];
    } else if (data.packages[name]) {
      members = [name];
      notes.push(`${name}: its own size is known but its dependencies were not measured (only ${name} counted)`);
    } else {
      members = [name];
      estimated = true;
      notes.push(`${name}: not in the catalog — estimated at ≈${UNKNOWN_APT_INSTALLED_BYTES / 1e6} MB installed`);
    }
    for (const m of members) {
      if (installed.has(m)) continue;
      const entry = picked.get(m) ?? { requestedBy: [], estimated, own: m === name };
      if (!entry.requestedBy.includes(name)) entry.requestedBy.push(name);
      entry.estimated = entry.estimated && estimated;
      picked.set(m, entry);
    }
  }

  const order = [...picked.keys()].sort((a, b) => rank(a, requested) - rank(b, requested) || (a < b ? -1 : a > b ? 1 : 0));
  const packages: ResolvedPackage[] = order.map((n) => {
    const e = picked.get(n) as { requestedBy: string[]; estimated: boolean };
    const row = data.packages[n];
    return {
      name: n,
      version: row ? row[0] : undefined,
      installedBytes: Math.round((row ? row[1] * 1024 : UNKNOWN_APT_INSTALLED_BYTES) * keep),
      downloadBytes: row ? row[2] : UNKNOWN_APT_DOWNLOAD_BYTES,
      requestedBy: e.requestedBy,
      binaries: APT_BINARIES[n] ?? [],
      estimated: e.estimated || row === undefined,
    };
  });
  if (options.slim) notes.push(`slim image: /usr/share/{doc,man,locale} of new packages are not unpacked (−${Math.round(ECOSYSTEM.apt.docShare.ratio * 1000) / 10} %)`);
  return finish('apt', release ?? data.release, data.release, recommends, requested, packages, failures, notes,
    packages.length > 0 ? packages.length * ECOSYSTEM.apt.dpkgInfoBytesPerPackage.bytes + ECOSYSTEM.apt.perInstallOverheadBytes.bytes : 0,
    proxy ? `estimate: ${data.source} (standing in for ${release ?? 'an unknown release'})` : data.source,
    proxy ? 'estimate' : data.confidence);
}

function apkClosure(release: string | undefined, names: readonly string[], options: PackageLookupOptions): PackageClosure {
  const data = APK_ALPINE;
  const installed = new Set<string>([...data.base, ...(options.installed ?? [])]);
  const picked = new Map<string, string[]>();
  const requested: string[] = [];
  const notes: string[] = [`Alpine ${release ?? ''}: one estimate table stands for Alpine 3.18–3.24`.replace('  ', ' ')];
  const visit = (name: string, by: string, depth: number) => {
    if (installed.has(name) || depth > 32) return;
    const by_ = picked.get(name);
    if (by_) {
      if (!by_.includes(by)) by_.push(by);
      return;
    }
    picked.set(name, [by]);
    for (const d of data.packages[name]?.depends ?? []) visit(d, by, depth + 1);
  };
  for (const spec of names) {
    const name = packageName(spec, 'apk');
    if (name === '' || name.startsWith('.')) continue;
    requested.push(name);
    if (!data.packages[name] && !installed.has(name)) {
      notes.push(`${name}: not in the catalog — estimated at ≈${UNKNOWN_APK_INSTALLED_BYTES / 1e6} MB installed`);
    }
    visit(name, name, 0);
  }
  const order = [...picked.keys()].sort((a, b) => rank(a, requested) - rank(b, requested) || (a < b ? -1 : a > b ? 1 : 0));
  const packages: ResolvedPackage[] = order.map((n) => {
    const spec = data.packages[n];
    return {
      name: n,
      version: spec?.version,
      installedBytes: spec ? spec.installedBytes : UNKNOWN_APK_INSTALLED_BYTES,
      downloadBytes: spec ? spec.downloadBytes : UNKNOWN_APK_DOWNLOAD_BYTES,
      requestedBy: picked.get(n) ?? [],
      binaries: spec?.binaries ?? [],
      estimated: spec ? spec.confidence === 'estimate' : true,
    };
  });
  return finish('apk', release ?? data.release, data.release, false, requested, packages, [], notes,
    packages.length * ECOSYSTEM.apk.dbBytesPerPackage.bytes, data.source, data.confidence);
}

function rank(name: string, requested: readonly string[]): number {
  const i = requested.indexOf(name);
  return i >= 0 ? i : requested.length;
}

function finish(
  manager: 'apt' | 'apk', release: string, dataRelease: string, recommends: boolean, requested: readonly string[],
  packages: readonly ResolvedPackage[], failures: readonly { name: string; message: string }[], notes: readonly string[],
  metadataBytes: number, source: string, confidence: PackageClosure['confidence'],
): PackageClosure {
  const binaries = [...new Set(packages.flatMap((p) => p.binaries))];
  return {
    manager, release, dataRelease, recommends, requested, packages,
    totalInstalledBytes: packages.reduce((s, p) => s + p.installedBytes, 0),
    totalDownloadBytes: packages.reduce((s, p) => s + p.downloadBytes, 0),
    metadataBytes, binaries,
    estimated: confidence === 'estimate' || packages.some((p) => p.estimated),
    failures, notes, source, confidence,
  };
}

/** The packages an image's named sets hold (apt: `ImageRecord.os.packageSets`, default the `debian` base; apk: Alpine's base). */
export function basePackages(manager: 'apt' | 'apk', release: string | undefined, sets: readonly string[] = []): ReadonlySet<string> {
  if (manager === 'apk') return new Set(APK_ALPINE.base);
  const { data } = aptData(release);
  const out = new Set<string>();
  for (const set of sets.length > 0 ? sets : ['debian']) for (const n of data.sets[set] ?? []) out.add(n);
  return out;
}
