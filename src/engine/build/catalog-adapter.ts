/**
 * The build's view of the catalog (catalog-view.ts), answered by src/engine/catalog: images through
 * `lookupImage` (an image the catalog only estimates is passed on as unknown, so that commands it might lack
 * are assumed present rather than failing), packages through `lookupPackages` / `lookupPip` / `lookupNpm`,
 * figures from the catalog's ecosystem costs (each with its source there).
 */
import { ECOSYSTEM, aptListsBytes, lookupImage, lookupNpm, lookupPackages, lookupPip } from '../catalog/index.ts';
import type { CatalogExtension, PackageClosure } from '../catalog/index.ts';
import type { CatalogView, EcosystemFigures, NpmPackage, PackagePlan, PipPackage } from './catalog-view.ts';
import type { CatalogInput } from './peer-types.ts';
import { UNKNOWN_APK_PACKAGE_BYTES, UNKNOWN_APT_PACKAGE_BYTES, UNKNOWN_NPM_PACKAGE_BYTES, UNKNOWN_PIP_PACKAGE_BYTES } from './catalog-estimates.ts';

/** A build machine's download rate (estimate): 40 MB/s. */
const DOWNLOAD_BYTES_PER_SECOND = 40e6;

export const DEFAULT_FIGURES: EcosystemFigures = {
  aptListsBytes: (release) => aptListsBytes(release).bytes,
  apkIndexBytes: ECOSYSTEM.apk.indexBytes.bytes,
  dpkgInfoBytesPerPackage: ECOSYSTEM.apt.dpkgInfoBytesPerPackage.bytes,
  pipCacheRatio: ECOSYSTEM.pip.cacheRatio.ratio,
  npmCacheRatio: ECOSYSTEM.npm.cacheRatio.ratio,
  downloadBytesPerSecond: DOWNLOAD_BYTES_PER_SECOND,
};

/**
 * Packages only a vendor's own apt repository has (NVIDIA's CUDA is "not in Debian main", simulation-model.md
 * §4.3): without that repository apt cannot find them. Catalog data that belongs in its `missing` lists.
 */
const NOT_IN_DEBIAN = /^(cuda(-[a-z0-9.-]+)?|nvidia-[a-z0-9.-]+|libcudnn[0-9]*(-dev)?)$/;

function toPlan(closure: PackageClosure, unavailable: readonly { name: string; message: string }[]): PackagePlan {
  const requested = new Set(closure.requested);
  return {
    packages: closure.packages.map((p) => ({
      name: p.name,
      bytes: p.installedBytes,
      downloadBytes: p.downloadBytes,
      binaries: p.binaries,
      auto: !requested.has(p.name),
      estimate: p.estimated,
    })),
    unknown: [],
    unavailable: [...unavailable, ...closure.failures.map((f) => ({ name: f.name, message: f.message.replace(/^E: /, '') }))],
    notes: closure.notes,
  };
}

function estimatePlan(names: readonly string[], installed: ReadonlySet<string>, bytes: number): PackagePlan {
  const wanted = names.filter((n) => !installed.has(n));
  return {
    packages: wanted.map((name) => ({ name, bytes, downloadBytes: bytes / 2.6, binaries: [name], auto: false, estimate: true })),
    unknown: wanted,
    unavailable: [],
    notes: [],
  };
}

/** A view that knows nothing (every image and package estimated): for tests and as a fallback. */
export function estimateView(figures: EcosystemFigures = DEFAULT_FIGURES): CatalogView {
  return {
    image: () => undefined,
    aptPlan: (_image, names, options) => estimatePlan(names, options.installed, UNKNOWN_APT_PACKAGE_BYTES),
    apkPlan: (_release, names, installed) => estimatePlan(names, installed, UNKNOWN_APK_PACKAGE_BYTES),
    pipPlan: (names) => ({
      packages: names.map((name): PipPackage => ({ name, bytes: UNKNOWN_PIP_PACKAGE_BYTES, wheelBytes: UNKNOWN_PIP_PACKAGE_BYTES / 3, native: false, scripts: [], estimate: true })),
      notes: names.map((n) => `${n}: not in the catalog — estimated`),
    }),
    npm: (name): NpmPackage => ({ name, bytes: UNKNOWN_NPM_PACKAGE_BYTES, packages: 5, bins: [], estimate: true }),
    figures,
  };
}

function isExtension(x: unknown): x is CatalogExtension {
  return typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'catalog-extension';
}

/** A build's `catalog` input as the list of team catalog extensions it holds. */
export function catalogExtensions(extra: CatalogInput | undefined): CatalogExtension[] {
  return Array.isArray(extra) ? extra.filter(isExtension) : isExtension(extra) ? [extra] : [];
}

/** The catalog view a build uses; `extra` is a team catalog extension (or a list of them). */
export function catalogView(extra: CatalogInput | undefined): CatalogView {
  const extensions = catalogExtensions(extra);
  return {
    image: (ref, platform) => {
      const found = lookupImage(ref, { platform, extra: extensions });
      return found.match === 'estimate' ? undefined : found.image;
    },
    aptPlan: (image, names, options) => {
      const vendorOnly = names.filter((n) => NOT_IN_DEBIAN.test(n)).map((name) => ({ name, message: `Unable to locate package ${name}` }));
      const closure = lookupPackages('apt', image.release, names.filter((n) => !NOT_IN_DEBIAN.test(n)), {
        recommends: options.recommends,
        sets: image.sets.length > 0 ? image.sets : ['debian'],
        installed: options.installed,
        slim: image.slim,
      });
      return toPlan(closure, vendorOnly);
    },
    apkPlan: (release, names, installed) => toPlan(lookupPackages('apk', release, names, { installed }), []),
    pipPlan: (names, libc) => {
      const closure = lookupPip(names, { libc });
      return {
        packages: closure.packages.map((p) => ({
          name: p.name,
          bytes: p.installedBytes,
          wheelBytes: p.downloadBytes,
          native: p.needsCompiler,
          scripts: p.scripts,
          estimate: p.estimated,
        })),
        notes: closure.estimated ? ['pip package sizes are the catalog\'s estimates (PyPI figures not measured)', ...closure.notes] : closure.notes,
      };
    },
    npm: (name) => {
      const p = lookupNpm([name]).packages[0];
      if (p === undefined) return { name, bytes: UNKNOWN_NPM_PACKAGE_BYTES, packages: 5, bins: [], estimate: true };
      return { name: p.name, bytes: p.installedBytes, packages: p.packageCount, bins: p.bins, cacheBytes: p.cacheBytes, estimate: p.estimated };
    },
    figures: DEFAULT_FIGURES,
  };
}
