// Package-manager side costs that do not belong to one package. Measured ones say how; the rest are estimates.
import type { Bytes } from '../types.ts';

export interface EcosystemCosts {
  readonly apt: {
    /** /var/lib/apt/lists after `apt-get update`, per release (indexes kept lz4-compressed as in the Docker images). */
    readonly listsBytes: Readonly<Record<string, Bytes>>;
    /** What `apt-get update` downloads. */
    readonly updateDownloadBytes: Readonly<Record<string, Bytes>>;
    /** /var/lib/dpkg/info files per installed package (not in Installed-Size). */
    readonly dpkgInfoBytesPerPackage: Bytes;
    /** /var/cache/debconf + /var/log/{dpkg.log,apt} written by any install. */
    readonly perInstallOverheadBytes: Bytes;
    /** Share of a package's bytes under /usr/share/{doc,man,info,locale} — dropped on -slim and Ubuntu images. */
    readonly docShare: Bytes & { readonly ratio: number };
    readonly dockerClean: { readonly deletesDebs: true; readonly source: string };
  };
  readonly apk: {
    /** /var/cache/apk/APKINDEX.*.tar.gz left by `apk update` / `apk add` without --no-cache. */
    readonly indexBytes: Bytes;
    /** /lib/apk/db growth per installed package. */
    readonly dbBytesPerPackage: Bytes;
  };
  readonly pip: {
    readonly cachePath: string;
    /** Cache written without --no-cache-dir, as a share of the installed bytes (≈ the wheels). */
    readonly cacheRatio: Bytes & { readonly ratio: number };
  };
  readonly npm: {
    readonly cachePath: string;
    /** _cacache growth as a share of node_modules, for packages not in the table. */
    readonly cacheRatio: Bytes & { readonly ratio: number };
  };
  readonly go: { readonly modCachePath: string; readonly buildCachePath: string };
  readonly cargo: { readonly registryPath: string; readonly targetPath: string };
}

const APT_MEASURED = 'measured: apt-get update into a private state dir with the Docker images\' apt.conf.d (GzipIndexes, no languages), the Debian archive, 2026-11';

export const ECOSYSTEM: EcosystemCosts = {
  apt: {
    listsBytes: {
      bookworm: { bytes: 19_856_468, source: `${APT_MEASURED}; simulation-model.md §4.1 has 19.86 MB`, confidence: 'measured' },
      trixie: { bytes: 21_659_893, source: APT_MEASURED, confidence: 'measured' },
      ubuntu: { bytes: 45_000_000, source: 'estimate: 4 components × 3 pockets, lz4 indexes (simulation-model.md §4.1 "40–60 MB")', confidence: 'estimate' },
    },
    updateDownloadBytes: {
      bookworm: { bytes: 12_700_000, source: `${APT_MEASURED} ("Fetched 12.7 MB")`, confidence: 'measured' },
      trixie: { bytes: 13_900_000, source: `${APT_MEASURED} ("Fetched 13.9 MB")`, confidence: 'measured' },
      ubuntu: { bytes: 30_000_000, source: 'estimate: universe dominates; ≈ two thirds of the lists size', confidence: 'estimate' },
    },
    dpkgInfoBytesPerPackage: { bytes: 31_000, source: 'measured: /var/lib/dpkg/info 22.3 MB / 711 packages on a bookworm machine (simulation-model.md §4.1), 2026-11', confidence: 'measured' },
    perInstallOverheadBytes: { bytes: 2_100_000, source: 'estimate: /var/cache/debconf ≈2 MB + dpkg/apt logs tens of KB (simulation-model.md §4.1)', confidence: 'estimate' },
    docShare: { ratio: 0.076, bytes: 0, source: 'measured: bytes under /usr/share/{doc,man,info,locale,…} in 61 bookworm .debs (42.3 of 554.3 MB; dpkg-deb -c), 2026-11', confidence: 'measured' },
    dockerClean: {
      deletesDebs: true,
      source: 'debuerreotype scripts/debuerreotype-minimizing-config: apt.conf.d/docker-clean runs rm -f /var/cache/apt/archives/*.deb after every dpkg run (simulation-model.md §4.1)',
    },
  },
  apk: {
    indexBytes: { bytes: 2_600_000, source: 'estimate: main + community APKINDEX.tar.gz (simulation-model.md §4.2 "2–3 MB"; 0.8 MB in 2019)', confidence: 'estimate' },
    dbBytesPerPackage: { bytes: 3_000, source: 'estimate: /lib/apk/db/installed lists every file with a checksum (~60 B per file)', confidence: 'estimate' },
  },
  pip: {
    cachePath: '/root/.cache/pip',
    cacheRatio: { ratio: 0.35, bytes: 0, source: 'estimate: pip keeps the downloaded wheels (HTTP cache) — 25–40 % of installed size (simulation-model.md §4.3); official images do not set PIP_NO_CACHE_DIR', confidence: 'estimate' },
  },
  npm: {
    cachePath: '/root/.npm/_cacache',
    cacheRatio: { ratio: 0.99, bytes: 0, source: 'measured: median of _cacache/node_modules over the 15 packages in data/npm.ts (npm 11.19.1), 2026-11', confidence: 'measured' },
  },
  go: { modCachePath: '/go/pkg/mod', buildCachePath: '/root/.cache/go-build' },
  cargo: { registryPath: '/usr/local/cargo/registry', targetPath: 'target' },
};
