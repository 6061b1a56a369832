/**
 * What the build asks of the catalog, in the build's own terms. catalog-adapter.ts answers it from
 * src/engine/catalog; tests can answer it with a table. Every figure says whether it is an estimate.
 */
import type { CatalogImage } from '../catalog/types.ts';

export interface PlannedPackage {
  readonly name: string;
  /** Installed bytes (dpkg Installed-Size × 1024, apk installed size). */
  readonly bytes: number;
  /** Bytes downloaded (.deb / .apk). */
  readonly downloadBytes: number;
  /** Commands it puts on PATH: absolute paths (`/usr/bin/curl`), or bare names meaning `/usr/bin/<name>`. */
  readonly binaries: readonly string[];
  /** Pulled in as a dependency (auto-installed), not asked for. */
  readonly auto: boolean;
  readonly estimate: boolean;
}

export interface PackagePlan {
  /** New packages (those already installed are left out), requested ones first. */
  readonly packages: readonly PlannedPackage[];
  /** Requested names the catalog does not know (estimated). */
  readonly unknown: readonly string[];
  /** Requested names the package manager would refuse, with its message (`Unable to locate package x`). */
  readonly unavailable: readonly { readonly name: string; readonly message: string }[];
  readonly notes: readonly string[];
}

export interface PipPackage {
  readonly name: string;
  readonly bytes: number;
  /** The wheel (download) size, what pip's cache keeps. */
  readonly wheelBytes: number;
  /** Has a C extension: needs a compiler when no wheel fits the platform (musl without musllinux wheel). */
  readonly native: boolean;
  /** Console scripts it installs (`gunicorn`, `flask`). */
  readonly scripts: readonly string[];
  readonly estimate: boolean;
}

export interface NpmPackage {
  readonly name: string;
  /** node_modules bytes of it and its dependencies. */
  readonly bytes: number;
  readonly packages: number;
  readonly bins: readonly string[];
  /** What the install adds to npm's cache, when measured. */
  readonly cacheBytes?: number;
  readonly estimate: boolean;
}

export interface EcosystemFigures {
  /** /var/lib/apt/lists after `apt-get update`, by package release (`bookworm`). */
  readonly aptListsBytes: (release: string | undefined) => number;
  /** /var/cache/apk after `apk update` / `apk add` without --no-cache. */
  readonly apkIndexBytes: number;
  /** /var/lib/dpkg/info bytes per installed package. */
  readonly dpkgInfoBytesPerPackage: number;
  /** pip's cache as a share of installed bytes. */
  readonly pipCacheRatio: number;
  /** npm's ~/.npm/_cacache as a share of node_modules bytes. */
  readonly npmCacheRatio: number;
  /** Download bandwidth assumed for time estimates, bytes/s. */
  readonly downloadBytesPerSecond: number;
}

export interface CatalogView {
  image(ref: string, platform: string): CatalogImage | undefined;
  aptPlan(
    image: { readonly release: string | undefined; readonly sets: readonly string[]; readonly slim: boolean },
    names: readonly string[],
    options: { readonly recommends: boolean; readonly installed: ReadonlySet<string> },
  ): PackagePlan;
  apkPlan(release: string | undefined, names: readonly string[], installed: ReadonlySet<string>): PackagePlan;
  /** The distinct packages `pip install <names>` installs (requested ones and their dependencies), with notes. */
  pipPlan(names: readonly string[], libc: 'glibc' | 'musl' | 'none'): { readonly packages: readonly PipPackage[]; readonly notes: readonly string[] };
  npm(name: string): NpmPackage;
  readonly figures: EcosystemFigures;
}
