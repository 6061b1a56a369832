/**
 * The build's view of the catalog (catalog-view.ts), answered from src/engine/catalog: images through
 * `lookupImage` (an image the catalog only estimates is passed on as unknown, so missing commands are
 * assumed present rather than failing), packages through catalog-packages.ts, figures from the catalog's
 * ecosystem costs (each with its source there).
 */
import { lookupImage } from '../catalog/image-lookup.ts';
import type { CatalogExtension } from '../catalog/image-lookup.ts';
import { ECOSYSTEM } from '../catalog/data/ecosystem.ts';
import type { CatalogView, EcosystemFigures, NpmPackage, PackagePlan, PipPackage } from './catalog-view.ts';
import type { CatalogInput } from './peer-types.ts';
import { aptPlan, apkPlan, npmPackage, pipPlan } from './catalog-packages.ts';
import { UNKNOWN_APK_PACKAGE_BYTES, UNKNOWN_APT_PACKAGE_BYTES, UNKNOWN_NPM_PACKAGE_BYTES, UNKNOWN_PIP_PACKAGE_BYTES } from './catalog-estimates.ts';

export { UNKNOWN_APK_PACKAGE_BYTES, UNKNOWN_APT_PACKAGE_BYTES, UNKNOWN_NPM_PACKAGE_BYTES, UNKNOWN_PIP_PACKAGE_BYTES };

const UBUNTU = new Set(['jammy', 'noble', 'resolute', 'focal']);

export const DEFAULT_FIGURES: EcosystemFigures = {
  aptListsBytes: (release) => {
    const lists = ECOSYSTEM.apt.listsBytes;
    if (release !== undefined && UBUNTU.has(release)) return lists.ubuntu?.bytes ?? 45e6;
    return (release !== undefined ? lists[release]?.bytes : undefined) ?? lists.bookworm?.bytes ?? 19_856_468;
  },
  apkIndexBytes: ECOSYSTEM.apk.indexBytes.bytes,
  dpkgInfoBytesPerPackage: ECOSYSTEM.apt.dpkgInfoBytesPerPackage.bytes,
  pipCacheRatio: ECOSYSTEM.pip.cacheRatio.ratio,
  npmCacheRatio: ECOSYSTEM.npm.cacheRatio.ratio,
  // A build machine's download rate (estimate): 40 MB/s.
  downloadBytesPerSecond: 40e6,
};

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
    pipPlan: (names): PipPackage[] => names.map((name) => ({ name, bytes: UNKNOWN_PIP_PACKAGE_BYTES, wheelBytes: UNKNOWN_PIP_PACKAGE_BYTES / 3, native: false, scripts: [], estimate: true })),
    npm: (name): NpmPackage => ({ name, bytes: UNKNOWN_NPM_PACKAGE_BYTES, packages: 5, bins: [], estimate: true }),
    figures,
  };
}

function isExtension(x: unknown): x is CatalogExtension {
  return typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'catalog-extension';
}

/** The catalog view a build uses; `extra` is a team catalog extension (or a list of them). */
export function catalogView(extra: CatalogInput | undefined): CatalogView {
  const extensions = Array.isArray(extra) ? extra.filter(isExtension) : isExtension(extra) ? [extra] : [];
  return {
    image: (ref, platform) => {
      const found = lookupImage(ref, { platform, extra: extensions });
      return found.match === 'estimate' ? undefined : found.image;
    },
    aptPlan,
    apkPlan: (_release, names, installed) => apkPlan(names, installed),
    pipPlan,
    npm: npmPackage,
    figures: DEFAULT_FIGURES,
  };
}
