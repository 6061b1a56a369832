// Shapes of the package data (apt, apk) and of the answers package lookups give.
import type { Confidence, Provenance } from './types.ts';

/** [version, Installed-Size in KiB (dpkg's estimate), download (.deb) bytes] */
export type AptPackageRow = readonly [version: string, installedKiB: number, downloadBytes: number];

export interface AptReleaseData extends Provenance {
  readonly manager: 'apt';
  readonly distro: 'debian' | 'ubuntu';
  readonly release: string;
  /** Bytes in /var/lib/apt/lists after `apt-get update` (indexes kept compressed, as in the Docker images). */
  readonly listsBytes: number;
  readonly packages: Readonly<Record<string, AptPackageRow>>;
  /** What `apt-get install <request>` adds on top of the `debian` base set. */
  readonly closures: Readonly<Record<string, { readonly noRecommends: readonly string[]; readonly withRecommends: readonly string[] }>>;
  /** Requests apt refuses, with apt's own error text. */
  readonly missing: Readonly<Record<string, string>>;
  /** Named sets of installed packages: 'debian' is the base image; the others are what an image adds to it. */
  readonly sets: Readonly<Record<string, readonly string[]>>;
}

export interface ApkPackageSpec {
  readonly version: string;
  /** Installed size of this package alone. */
  readonly installedBytes: number;
  readonly downloadBytes: number;
  /** Runtime dependencies not in the alpine base image (names of other entries). */
  readonly depends: readonly string[];
  readonly binaries: readonly string[];
  readonly source: string;
  readonly confidence: Confidence;
}

export interface ApkReleaseData extends Provenance {
  readonly manager: 'apk';
  readonly release: string;
  /** /var/cache/apk/APKINDEX.*.tar.gz left by `apk add` without --no-cache (main + community). */
  readonly indexBytes: number;
  readonly packages: Readonly<Record<string, ApkPackageSpec>>;
  /** Packages already in the alpine base image. */
  readonly base: readonly string[];
}

export interface ResolvedPackage {
  readonly name: string;
  readonly version: string | undefined;
  readonly installedBytes: number;
  readonly downloadBytes: number;
  /** The request(s) that pulled it in. */
  readonly requestedBy: readonly string[];
  readonly binaries: readonly string[];
  readonly estimated: boolean;
}

export interface PackageClosure extends Provenance {
  readonly manager: 'apt' | 'apk';
  /** The release asked for ('bookworm', 'noble', '3.20'). */
  readonly release: string;
  /** The release whose data answered (differs when one stands in for another). */
  readonly dataRelease: string;
  readonly recommends: boolean;
  readonly requested: readonly string[];
  /** Packages that would be installed (already-installed ones left out), in a stable order. */
  readonly packages: readonly ResolvedPackage[];
  readonly totalInstalledBytes: number;
  readonly totalDownloadBytes: number;
  /** Extra bytes the package manager writes besides the packages (dpkg info files, apk db). */
  readonly metadataBytes: number;
  /** Commands the new packages put on PATH (absolute paths). */
  readonly binaries: readonly string[];
  /** True when any figure in the answer is an estimate. */
  readonly estimated: boolean;
  /** Requests the package manager would refuse, with its message (the RUN would fail). */
  readonly failures: readonly { readonly name: string; readonly message: string }[];
  readonly notes: readonly string[];
}

export interface PipPackageSpec extends Provenance {
  readonly version: string;
  /** The cp312 manylinux x86_64 wheel (or sdist when there is no wheel). */
  readonly downloadBytes: number;
  /** This package alone in site-packages. */
  readonly installedBytes: number;
  /** Requirements pip installs with it (names of other entries). */
  readonly depends: readonly string[];
  readonly manylinuxWheel: boolean;
  readonly musllinuxWheel: boolean;
  /** Whether pip has to compile: 'never' (pure Python / wheels everywhere), 'no-wheel' (only where no wheel fits), 'always' (sdist only). */
  readonly compiles: 'never' | 'no-wheel' | 'always';
  /** What a compile needs (package names). */
  readonly buildDeps?: { readonly apt: readonly string[]; readonly apk: readonly string[] };
  /** Console scripts it installs on PATH (`gunicorn`, `flask`). */
  readonly scripts?: readonly string[];
  /**
   * Built from source here: the shared libraries its extension links besides libc (ELF DT_NEEDED), which must
   * be in the image that imports it (a wheel bundles its own copies instead).
   */
  readonly links?: readonly string[];
  /** The compiled extension module, without its ABI suffix (`psycopg2/_psycopg`). */
  readonly extensionModule?: string;
  readonly note?: string;
}

export interface NpmPackageSpec extends Provenance {
  readonly version: string;
  /** Packages in node_modules, this one included. */
  readonly packageCount: number;
  /** Apparent bytes of node_modules (what a layer tar holds, before 512-byte headers). */
  readonly installedBytes: number;
  /** `du` of node_modules (block-rounded). */
  readonly diskBytes: number;
  /** Growth of ~/.npm/_cacache by the install (tarballs + registry metadata). */
  readonly cacheBytes: number;
  readonly installSeconds: number;
  /** Where it usually belongs: a runtime dependency or a build-time devDependency. */
  readonly typical: 'prod' | 'dev';
  /** Commands it links into node_modules/.bin. */
  readonly bins: readonly string[];
  /** Platform-specific binaries it downloads (glibc vs musl builds). */
  readonly native?: string;
  readonly note?: string;
}

export interface BuildOutputSpec extends Provenance {
  readonly toolchain: 'go' | 'cargo';
  readonly project: string;
  /** Release binary size. */
  readonly binaryBytes: number;
  readonly linkage: 'static' | 'dynamic-glibc';
  /** Module/crate downloads (GOMODCACHE, ~/.cargo/registry). */
  readonly downloadCacheBytes: number;
  /** Compiler caches (~/.cache/go-build, target/). */
  readonly buildCacheBytes: number;
  /** Cold build on 2 cores, seconds. */
  readonly coldBuildSeconds: number;
  /** Rebuild after a one-line change with warm caches, seconds. */
  readonly warmBuildSeconds: number;
  readonly note: string;
}

/** What a Go program links decides most of its size: fmt only, the `net` package, or `net/http`. */
export type GoProgramKind = 'hello' | 'net' | 'http';

export interface GoBinarySizes extends Provenance {
  /** The release the `programs` figures were measured with. */
  readonly measuredWith: string;
  /** linux/amd64, CGO_ENABLED=0: default build and `-ldflags="-s -w"` (on ELF `-s` alone drops DWARF too). */
  readonly programs: Readonly<Record<GoProgramKind, { readonly bytes: number; readonly strippedBytes: number }>>;
  /** `-ldflags=-w` alone (DWARF dropped, symbol table kept), as a share of the default build. */
  readonly dwarfOnlyRatio: number;
  /** CGO_ENABLED=1 with the C library linked dynamically, as a share of the static build. */
  readonly cgoRatio: number;
  /** Added per required module (unstripped; an estimate). */
  readonly moduleBytes: number;
  /** Size of the same program relative to `measuredWith`, by Go minor release (`'1.23'`). */
  readonly releaseGrowth: Readonly<Record<string, number>>;
  /** Growth assumed for a release newer than the table's last. */
  readonly newestGrowth: number;
}
