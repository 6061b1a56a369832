/**
 * Package plans from the catalog's data: which packages `apt-get install` / `apk add` / `pip install` would
 * add, with their sizes and commands. A thin adapter over src/engine/catalog/data until the catalog folder
 * publishes its own resolver (package-types.ts `PackageClosure`); replace these functions with calls to it
 * then. apt: the measured closures (without / with Recommends) on top of the image's installed package sets;
 * apk: the dependency table walked; pip: the requirement table walked.
 */
import type { AptReleaseData } from '../catalog/package-types.ts';
import { APT_BOOKWORM } from '../catalog/data/apt-bookworm.ts';
import { APT_TRIXIE } from '../catalog/data/apt-trixie.ts';
import { APT_BINARIES } from '../catalog/data/apt-binaries.ts';
import { APK_ALPINE } from '../catalog/data/apk.ts';
import { PIP_PACKAGES } from '../catalog/data/pip.ts';
import { NPM_PACKAGES } from '../catalog/data/npm.ts';
import { ECOSYSTEM } from '../catalog/data/ecosystem.ts';
import type { NpmPackage, PackagePlan, PipPackage, PlannedPackage } from './catalog-view.ts';
import { UNKNOWN_APK_PACKAGE_BYTES, UNKNOWN_APT_PACKAGE_BYTES, UNKNOWN_NPM_PACKAGE_BYTES, UNKNOWN_PIP_PACKAGE_BYTES } from './catalog-estimates.ts';

/**
 * Packages only vendors' own apt repositories have (NVIDIA's CUDA: "not in Debian main", simulation-model.md
 * §4.3): without that repository apt cannot find them. (Catalog data to move into the catalog's `missing`.)
 */
const NOT_IN_DEBIAN = /^(cuda(-[a-z0-9.-]+)?|nvidia-[a-z0-9.-]+|libcudnn[0-9]*(-dev)?)$/;

/** .deb download ≈ installed / 2.6 when the index has no figure (the whole-image gzip ratio, simulation-model.md §3). */
const DEB_RATIO = 2.6;

function aptData(release: string | undefined): { data: AptReleaseData; note: string | undefined } {
  if (release === 'trixie') return { data: APT_TRIXIE, note: undefined };
  if (release === undefined || release === 'bookworm') return { data: APT_BOOKWORM, note: undefined };
  return { data: APT_BOOKWORM, note: `apt figures of Debian bookworm stand in for ${release} (estimate)` };
}

export function aptPlan(
  image: { readonly release: string | undefined; readonly sets: readonly string[]; readonly slim: boolean },
  names: readonly string[],
  options: { readonly recommends: boolean; readonly installed: ReadonlySet<string> },
): PackagePlan {
  const { data, note } = aptData(image.release);
  const have = new Set(options.installed);
  for (const set of ['debian', ...image.sets]) for (const p of data.sets[set] ?? []) have.add(p);
  const docShare = image.slim ? ECOSYSTEM.apt.docShare.ratio : 0;
  const requested = new Set(names);
  const packages: PlannedPackage[] = [];
  const unknown: string[] = [];
  const unavailable: { name: string; message: string }[] = [];
  const notes: string[] = note === undefined ? [] : [note];
  const add = (name: string, estimate: boolean): void => {
    if (have.has(name)) return;
    have.add(name);
    const row = data.packages[name];
    const bytes = row === undefined ? UNKNOWN_APT_PACKAGE_BYTES : row[1] * 1024 * (1 - docShare);
    packages.push({
      name,
      bytes,
      downloadBytes: row === undefined ? bytes / DEB_RATIO : row[2],
      binaries: APT_BINARIES[name] ?? (requested.has(name) && row === undefined ? [`/usr/bin/${name}`] : []),
      auto: !requested.has(name),
      estimate: estimate || row === undefined,
    });
  };
  for (const name of names) {
    const missing = data.missing[name] ?? (NOT_IN_DEBIAN.test(name) ? `Unable to locate package ${name}` : undefined);
    if (missing !== undefined) {
      unavailable.push({ name, message: missing });
      continue;
    }
    const closure = data.closures[name];
    if (closure !== undefined) {
      // The asked-for package first, then what it brings.
      add(name, false);
      for (const p of options.recommends ? closure.withRecommends : closure.noRecommends) add(p, false);
    } else if (data.packages[name] !== undefined) {
      add(name, false);
      notes.push(`apt package \`${name}\`: its dependencies are not in the catalog (only its own size is counted)`);
    } else {
      unknown.push(name);
      add(name, true);
    }
  }
  return { packages, unknown, unavailable, notes };
}

export function apkPlan(names: readonly string[], installed: ReadonlySet<string>): PackagePlan {
  const have = new Set([...installed, ...APK_ALPINE.base]);
  const packages: PlannedPackage[] = [];
  const unknown: string[] = [];
  const requested = new Set(names);
  const visit = (name: string): void => {
    if (have.has(name)) return;
    have.add(name);
    const spec = APK_ALPINE.packages[name];
    if (spec === undefined) {
      if (requested.has(name)) unknown.push(name);
      packages.push({ name, bytes: UNKNOWN_APK_PACKAGE_BYTES, downloadBytes: UNKNOWN_APK_PACKAGE_BYTES / DEB_RATIO, binaries: requested.has(name) ? [`/usr/bin/${name}`] : [], auto: !requested.has(name), estimate: true });
      return;
    }
    packages.push({ name, bytes: spec.installedBytes, downloadBytes: spec.downloadBytes, binaries: spec.binaries, auto: !requested.has(name), estimate: spec.confidence === 'estimate' });
    for (const d of spec.depends) visit(d);
  };
  for (const n of names) visit(n);
  const notes = packages.some((p) => p.estimate) ? ['apk package sizes are estimates (the Alpine index could not be measured)'] : [];
  return { packages, unknown, unavailable: [], notes };
}

function pipKey(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

export function pipPlan(names: readonly string[], libc: 'glibc' | 'musl' | 'none'): PipPackage[] {
  const out: PipPackage[] = [];
  const seen = new Set<string>();
  const visit = (raw: string): void => {
    const key = pipKey(raw);
    if (seen.has(key)) return;
    seen.add(key);
    const spec = PIP_PACKAGES[key] ?? PIP_PACKAGES[raw.toLowerCase()];
    if (spec === undefined) {
      out.push({ name: raw, bytes: UNKNOWN_PIP_PACKAGE_BYTES, wheelBytes: UNKNOWN_PIP_PACKAGE_BYTES / 3, native: false, scripts: [], estimate: true });
      return;
    }
    const wheel = libc === 'musl' ? spec.musllinuxWheel : spec.manylinuxWheel;
    out.push({
      name: raw,
      bytes: spec.installedBytes,
      wheelBytes: spec.downloadBytes,
      native: spec.compiles === 'always' || (spec.compiles === 'no-wheel' && !wheel),
      scripts: spec.scripts ?? [],
      // Known to the catalog (its figure may itself be an estimate: said once by the pip step).
      estimate: false,
    });
    for (const d of spec.depends) visit(d);
  };
  for (const n of names) visit(n);
  return out;
}

export function npmPackage(name: string): NpmPackage {
  const spec = NPM_PACKAGES[name];
  if (spec === undefined) return { name, bytes: UNKNOWN_NPM_PACKAGE_BYTES, packages: 5, bins: [], estimate: true };
  return { name, bytes: spec.installedBytes, packages: spec.packageCount, bins: spec.bins, cacheBytes: spec.cacheBytes, estimate: false };
}
