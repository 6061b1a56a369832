// The shapes of the catalog: base images, packages and ecosystem figures.
// Every figure carries where it came from (`source`, with a date) and how much to trust it (`confidence`):
//   'measured' — we ran something and read the number (method in the source text);
//   'registry' — read from a registry/index record (docker-library/repo-info, Debian Packages, ...);
//   'estimate' — reasoned, labelled with why, kept in the right order of magnitude.

export type Confidence = 'measured' | 'registry' | 'estimate';

export interface Provenance {
  readonly source: string;
  readonly confidence: Confidence;
}

/** A byte count with its provenance. */
export interface Bytes extends Provenance {
  readonly bytes: number;
}

export type Platform = 'linux/amd64' | 'linux/arm64' | 'linux/arm/v7' | 'linux/386' | 'linux/ppc64le' | 'linux/s390x' | 'linux/riscv64';

export type Libc = 'glibc' | 'musl' | 'none';
export type ShellImpl = 'dash' | 'bash' | 'busybox-ash';
export type PackageManager = 'apt' | 'apk' | 'none';
export type OsFamily = 'debian' | 'ubuntu' | 'alpine' | 'distroless' | 'scratch' | 'busybox';

/** One entry of the image history (what `docker history` lists), oldest first. */
export interface LayerSpec {
  readonly createdBy: string;
  readonly emptyLayer: boolean;
  /** Uncompressed bytes of the layer tar (what `docker history` SIZE shows); 0 for empty layers. */
  readonly bytes: number;
  /** Compressed (gzip) bytes as pushed to the registry; 0 for empty layers. */
  readonly compressedBytes: number;
}

export interface LayerList extends Provenance {
  readonly items: readonly LayerSpec[];
}

export interface ShellSpec {
  readonly path: string;
  readonly impl: ShellImpl;
  /**
   * Whether `sh -c 'cmd'` replaces itself with a lone simple command (so `cmd` becomes PID 1).
   * Debian's dash: no (Debian patch 0004); bash 5.2 and BusyBox ash: yes — runtime-signals.md §2.
   */
  readonly execsLoneCommand: boolean;
  readonly source: string;
}

export interface UserSpec {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
  readonly home?: string;
  readonly shell?: string;
}

export interface ImageConfig extends Provenance {
  readonly entrypoint: readonly string[] | undefined;
  readonly cmd: readonly string[] | undefined;
  readonly env: Readonly<Record<string, string>>;
  /** '' means unset (Docker then uses '/'). */
  readonly workdir: string;
  /** '' means unset (root). */
  readonly user: string;
  readonly stopSignal: string | undefined;
  /** e.g. '80/tcp' */
  readonly exposedPorts: readonly string[];
  /** The Config.Shell used by shell-form RUN/CMD/ENTRYPOINT (Docker's default is ["/bin/sh","-c"]). */
  readonly shell: readonly string[];
  readonly labels?: Readonly<Record<string, string>>;
}

export interface OsSpec {
  readonly family: OsFamily;
  /** 'bookworm', 'trixie', '3.21', 'noble', ... */
  readonly release: string | undefined;
  readonly libc: Libc;
  readonly libcVersion?: string;
  /** The ELF interpreter dynamically linked programs need; undefined when there is no libc. */
  readonly loaderPath: string | undefined;
  readonly shell: ShellSpec | undefined;
  readonly packageManager: PackageManager;
  /** Which package index a `apt-get install` / `apk add` in this image reads ('bookworm', '3.21', 'noble'). */
  readonly packageRelease?: string;
  /** Named sets of packages already installed (apt: keys of data/apt-<release>.ts `sets`, e.g. ['debian', 'python-slim']). */
  readonly packageSets?: readonly string[];
  /** /bin, /sbin, /lib are symlinks into /usr (Debian ≥ 12, Ubuntu ≥ 20.04). */
  readonly usrMerged: boolean;
  /** dpkg path-excludes drop /usr/share/{doc,man,info,locale} of new packages (debian -slim images). */
  readonly slim: boolean;
  /** Official Debian/Ubuntu images delete .debs after each install (apt.conf.d/docker-clean). */
  readonly aptDockerClean?: boolean;
}

export type ToolName =
  | 'bash' | 'curl' | 'wget' | 'tini' | 'ca-certificates' | 'python3' | 'pip' | 'node' | 'npm'
  | 'gcc' | 'make' | 'git' | 'java' | 'go' | 'cargo';

export const TOOL_NAMES: readonly ToolName[] = [
  'bash', 'curl', 'wget', 'tini', 'ca-certificates', 'python3', 'pip', 'node', 'npm',
  'gcc', 'make', 'git', 'java', 'go', 'cargo',
];

/** Where each well-known tool lives in the image, or undefined when it is absent. */
export type ToolSet = Readonly<Record<ToolName, string | undefined>>;

export type RuntimeName = 'node' | 'python' | 'java' | 'go' | 'nginx' | 'rust';

export interface RuntimeSpec {
  readonly name: RuntimeName;
  readonly version: string;
  readonly binaryPath: string;
  /**
   * What SIGTERM does to this runtime when it is PID 1 and the app installed no handler:
   * 'ignored' (the kernel drops it; docker stop waits and SIGKILLs, 137) or 'exits'.
   */
  readonly sigtermAsPid1: 'ignored' | 'exits';
  /** Exit code when it exits on SIGTERM (java 143, go 2, nginx 0). */
  readonly exitCodeOnSigterm: number | undefined;
  /** The signal the runtime treats as a graceful stop, when the image sets one (nginx: SIGQUIT). */
  readonly gracefulSignal?: string;
  readonly note: string;
  readonly source: string;
}

export type FsEntry =
  | { readonly kind: 'file'; readonly size: number; readonly mode?: number }
  | { readonly kind: 'dir'; readonly size?: number }
  | { readonly kind: 'symlink'; readonly target: string };

/** A small synthetic file tree of well-known paths (absolute, no trailing slash), with where it came from. */
export interface FsSeed extends Provenance {
  readonly paths: Readonly<Record<string, FsEntry>>;
}

/** Per-platform availability; compressedBytes when known. */
export type PlatformTable = Readonly<Partial<Record<Platform, { readonly compressedBytes?: number }>>>;

export interface ImageRecord {
  /** Normalised repository, e.g. 'docker.io/library/python', 'gcr.io/distroless/static-debian12'. */
  readonly repository: string;
  /** Other repository names that serve the same images (e.g. 'gcr.io/distroless/static' for '…/static-debian12'). */
  readonly repositoryAliases?: readonly string[];
  /** The tag this record is filed under. */
  readonly tag: string;
  /** Other tags that point at the same image (same digest in the registry at snapshot time). */
  readonly aliases: readonly string[];
  /** Tags we answer with this record although they are not the same image (older patch releases...). */
  readonly nearAliases?: readonly { readonly tag: string; readonly note: string }[];
  readonly title: string;
  /** When the figures were taken (YYYY-MM). */
  readonly snapshot: string;
  readonly platforms: PlatformTable;
  readonly compressed: Bytes;
  readonly onDisk: Bytes;
  readonly layers: LayerList;
  readonly config: ImageConfig;
  readonly os: OsSpec;
  readonly users: readonly UserSpec[];
  readonly tools: ToolSet;
  readonly runtimes: readonly RuntimeSpec[];
  readonly fs: FsSeed;
  readonly notes?: readonly string[];
  /** Set on records made by a team catalog extension. */
  readonly team?: { readonly from: string | undefined; readonly file: string | undefined };
}

/** A record as lookups return it: with its stable fake digest. */
export interface CatalogImage extends ImageRecord {
  readonly digest: string;
}
