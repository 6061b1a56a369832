/**
 * The build's view of the catalog (catalog-view.ts). Until src/engine/catalog publishes its lookups,
 * this answers from estimates only: every image is unknown and every package gets a small, labelled
 * estimate. The ecosystem figures come from simulation-model.md (§4.1–4.3, sources there).
 */
import type { CatalogView, EcosystemFigures, NpmPackage, PackagePlan, PipPackage } from './catalog-view.ts';
import type { CatalogInput } from './peer-types.ts';

/** Estimates for what the catalog does not know (labelled wherever they are used). */
export const UNKNOWN_APT_PACKAGE_BYTES = 2e6;
export const UNKNOWN_APK_PACKAGE_BYTES = 1e6;
export const UNKNOWN_PIP_PACKAGE_BYTES = 3e6;
export const UNKNOWN_NPM_PACKAGE_BYTES = 2e6;

export const DEFAULT_FIGURES: EcosystemFigures = {
  // 19.86 MB measured on bookworm (§4.1); Ubuntu's four components × three pockets: estimate 50 MB.
  aptListsBytes: (release) => (release === 'jammy' || release === 'noble' || release === 'resolute' ? 50e6 : 19_856_468),
  // §4.2: "estimate 2–3 MB for main+community".
  apkIndexBytes: 2.5e6,
  // §4.1: /var/lib/dpkg/info ≈ 31 KB per package (22.3 MB / 711 packages, measured).
  dpkgInfoBytesPerPackage: 31_000,
  // §4.3: wheels ≈ 25–40 % of installed size (estimate).
  pipCacheRatio: 0.33,
  // npm's _cacache holds the packed tarballs: ≈ a third of node_modules (estimate).
  npmCacheRatio: 0.35,
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

export function estimateView(figures: EcosystemFigures = DEFAULT_FIGURES): CatalogView {
  return {
    image: () => undefined,
    aptPlan: (_image, names, options) => estimatePlan(names, options.installed, UNKNOWN_APT_PACKAGE_BYTES),
    apkPlan: (_release, names, installed) => estimatePlan(names, installed, UNKNOWN_APK_PACKAGE_BYTES),
    pip: (name): PipPackage => ({ name, bytes: UNKNOWN_PIP_PACKAGE_BYTES, wheelBytes: UNKNOWN_PIP_PACKAGE_BYTES / 3, native: false, scripts: [], estimate: true }),
    npm: (name): NpmPackage => ({ name, bytes: UNKNOWN_NPM_PACKAGE_BYTES, packages: 5, bins: [], estimate: true }),
    figures,
  };
}

export function catalogView(extra: CatalogInput | undefined): CatalogView {
  void extra;
  return estimateView();
}
