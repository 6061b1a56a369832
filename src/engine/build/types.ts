/**
 * The build's public data: the simulated filesystem, the built image, the steps of a build, the
 * serialisable build cache, and the input / result of `build()`. Plain readonly data; the runtime
 * simulation, lint and grade read these shapes, so they change only by adding fields.
 *
 * Conventions: sizes are bytes (apparent size, what a layer tar's header `Size` counts — dive's unit);
 * durations are seconds; paths are absolute, normalised, `/`-separated, without a trailing slash
 * (the root is `/`).
 */
import type { ParseResult } from '../dockerfile/ast.ts';
import type { ShellScript } from '../shell/types.ts';
import type { ContextInput, CatalogInput, ImageLayer } from './peer-types.ts';

// ---------------------------------------------------------------------------------------------
// Filesystem

/**
 * What a file's bytes are, for the compressed-size estimate (gzip ratio per kind, see
 * compression.ts) and for the runtime (is it a script? an ELF?).
 */
export type ContentClass = 'text' | 'binary' | 'compressed' | 'mixed';

/** How an ELF executable is linked — decides whether it starts on scratch / Alpine / Debian. */
export interface BinaryInfo {
  /** `static`: needs nothing from the image. `dynamic`: needs `interpreter` (the ELF loader) to exist. */
  readonly linkage: 'static' | 'dynamic';
  /**
   * The ELF `PT_INTERP` path: `/lib64/ld-linux-x86-64.so.2` (glibc, amd64), `/lib/ld-musl-x86_64.so.1`
   * (musl, amd64), `/lib/ld-linux-aarch64.so.1` (glibc, arm64) ... `undefined` when static.
   */
  readonly interpreter: string | undefined;
  /** The C library it was linked against (`none` for a static Go binary without cgo). */
  readonly libc: 'glibc' | 'musl' | 'none';
  /** Shared libraries it needs besides libc (DT_NEEDED), e.g. `libssl.so.3`; empty when unknown. */
  readonly needs: readonly string[];
  /** GOARCH-style architecture: `amd64`, `arm64`. */
  readonly arch: string;
  /** What made it: `go build`, `cargo build`, `gcc`, `base image`, `package <name>` ... */
  readonly producer: string;
  /**
   * Signals the program handles itself, found by the build in its sources (Go: `signal.Notify` /
   * `signal.NotifyContext`); absent when it handles none or the build could not tell.
   */
  readonly handledSignals?: readonly number[];
}

export interface FileNode {
  readonly kind: 'file';
  readonly bytes: number;
  /** Permission bits (`0o755`). */
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  /**
   * A digest of the content: equal content has an equal digest, whatever its path or mtime
   * (BuildKit's COPY checksums content + mode + owner, never mtime — see cache-key.ts).
   */
  readonly digest: string;
  /** The text, when it is small and known: files from the build context, /etc/passwd, scripts. */
  readonly text: string | undefined;
  /** Set for ELF executables whose linkage the simulation knows. */
  readonly binary: BinaryInfo | undefined;
  readonly content: ContentClass;
  /** The size is an estimate (an unknown command's output, a catalog figure labelled estimate). */
  readonly estimate: boolean;
}

export interface SymlinkNode {
  readonly kind: 'symlink';
  /** As written (`usr/bin`, `/usr/bin/dash`); resolved relative to the link's directory. */
  readonly target: string;
  readonly uid: number;
  readonly gid: number;
}

export interface DirNode {
  readonly kind: 'dir';
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  /** Entries by name. Read with the helpers in filesystem-query.ts. */
  readonly children: ReadonlyMap<string, FsNode>;
}

export type FsNode = FileNode | SymlinkNode | DirNode;

/** A user from /etc/passwd. */
export interface UserAccount {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
  readonly home: string;
  readonly shell: string;
}

/** A group from /etc/group. */
export interface GroupAccount {
  readonly name: string;
  readonly gid: number;
  readonly members: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// The image

export interface Platform {
  readonly os: string;
  readonly arch: string;
  readonly variant?: string | undefined;
}

/** Where a CMD / ENTRYPOINT / HEALTHCHECK command came from, so the runtime can reason about PID 1. */
export interface CommandOrigin {
  /** `exec`: JSON array. `shell`: wrapped in the stage's SHELL (`/bin/sh -c`) when stored in `config`. */
  readonly form: 'exec' | 'shell';
  /** The shell-words model of a shell-form command (the text after the SHELL prefix). */
  readonly script: ShellScript | undefined;
  /** The shell it is wrapped in (the stage's SHELL when it was set), for shell form. */
  readonly shell: readonly string[] | undefined;
  /** Dockerfile line; `undefined` when inherited from the base image. */
  readonly line: number | undefined;
  /** Set in a base image (or an earlier stage), not in this Dockerfile's target stage. */
  readonly inherited: boolean;
}

export interface Healthcheck {
  /** Docker's `Test`: `['NONE']`, `['CMD', ...argv]` or `['CMD-SHELL', text]`. */
  readonly test: readonly string[];
  /** Seconds; `undefined` = Docker's default (interval 30, timeout 30, start period 0, start interval 5). */
  readonly intervalSeconds: number | undefined;
  readonly timeoutSeconds: number | undefined;
  readonly startPeriodSeconds: number | undefined;
  readonly startIntervalSeconds: number | undefined;
  /** `undefined` = Docker's default 3. */
  readonly retries: number | undefined;
  readonly origin: CommandOrigin | undefined;
}

/** The image config (OCI `config` as Docker shows it in `docker inspect`). */
export interface ImageConfig {
  /** As stored: a shell-form ENTRYPOINT is `[...shell, text]`. `undefined` when unset. */
  readonly entrypoint: readonly string[] | undefined;
  readonly cmd: readonly string[] | undefined;
  readonly entrypointOrigin: CommandOrigin | undefined;
  readonly cmdOrigin: CommandOrigin | undefined;
  /** `NAME -> value`, the image's ENV (base image ENV first, then the Dockerfile's). */
  readonly env: Readonly<Record<string, string>>;
  /** Absolute; `/` when unset (what Docker starts in). */
  readonly workdir: string;
  /** As written in USER (`app`, `10000`, `10000:10001`); `''` = root. */
  readonly user: string;
  /** `80/tcp`, `53/udp`, in order of first appearance. */
  readonly exposedPorts: readonly string[];
  /** `SIGQUIT` ...; `undefined` = Docker's default SIGTERM. */
  readonly stopSignal: string | undefined;
  readonly healthcheck: Healthcheck | undefined;
  /** SHELL; `['/bin/sh', '-c']` by default. */
  readonly shell: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  readonly volumes: readonly string[];
  readonly onbuild: readonly string[];
}

/** What the base image says about its OS, carried into the built image (the runtime needs it). */
export interface ImageOs {
  /** `debian`, `ubuntu`, `alpine`, `distroless`, `scratch`, `busybox`, `unknown` ... */
  readonly family: string;
  readonly libc: 'glibc' | 'musl' | 'none';
  /** `dash` / `bash` / `busybox-ash` / `undefined` when the image has no shell (as the catalog says). */
  readonly shellImpl: string | undefined;
  readonly packageManager: 'apt' | 'apk' | undefined;
  /** `bookworm`, `3.21`, `noble` — the release whose packages `apt-get install` / `apk add` get. */
  readonly packageRelease: string | undefined;
  /** The catalog's names for the package sets the base image already has (`debian`, `python-slim`). */
  readonly packageSets: readonly string[];
  /** Debian `-slim`: new packages lose /usr/share/{doc,man,locale}. */
  readonly slim: boolean;
}

/** One `docker history` row (newest last here; `docker history` prints them newest first). */
export interface HistoryRow {
  /** CREATED BY as Docker records it (`RUN /bin/sh -c apt-get ... # buildkit`). */
  readonly createdBy: string;
  readonly bytes: number;
  readonly emptyLayer: boolean;
  /** `buildkit.dockerfile.v0` for our steps; the base image's own comment otherwise. */
  readonly comment: string;
  /** Dockerfile line, `undefined` for base-image rows. */
  readonly line: number | undefined;
}

export interface BuiltImage {
  /** Display name of the target stage (`runtime`, `stage-1`, or `''` for a one-stage file). */
  readonly stage: string;
  /** The root image of the target's FROM chain as written and resolved (`python:3.12-slim`, `scratch`). */
  readonly baseImage: string;
  readonly platform: Platform;
  readonly os: ImageOs;
  readonly config: ImageConfig;
  /** The final merged filesystem. Query it with filesystem-query.ts (`lookupPath`, `findOnPath` ...). */
  readonly filesystem: DirNode;
  /** Base image layers first, then one per RUN / COPY / ADD / WORKDIR of the chain. */
  readonly layers: readonly ImageLayer[];
  readonly history: readonly HistoryRow[];
  /** Σ layer bytes (what `docker images` shows as SIZE, decimal units). */
  readonly diskBytes: number;
  /** Estimated registry transfer size (gzip ratio per content kind) — an estimate, always. */
  readonly compressedBytes: number;
  /** dive's "potential wasted space" and efficiency score (0..1). */
  readonly wastedBytes: number;
  readonly efficiency: number;
  /** Users and groups from the final /etc/passwd and /etc/group. */
  readonly users: readonly UserAccount[];
  readonly groups: readonly GroupAccount[];
  /** Plain-words notes on what is an estimate (`size of an unknown command's output estimated`). */
  readonly estimates: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Steps, stages, errors

export type StepStatus = 'cached' | 'run' | 'skipped' | 'failed';

/**
 * One BuildKit vertex: FROM (an external image), RUN, COPY, ADD, WORKDIR (not `/`). ENV, ARG,
 * LABEL, EXPOSE, CMD ... are not vertices in BuildKit (they only change the config) and are not steps.
 */
export interface BuildStep {
  /** Stage display name as BuildKit prints it (`build`, `stage-0`; `''` in a one-stage file). */
  readonly stage: string;
  readonly stageIndex: number;
  readonly line: number;
  /** The instruction's source text on one line (continuations joined). */
  readonly instruction: string;
  readonly kind: 'from' | 'run' | 'copy' | 'add' | 'workdir';
  readonly status: StepStatus;
  /** Estimated duration; ~0 when cached. */
  readonly seconds: number;
  /**
   * Why it ran (first miss of a chain: `package.json changed`, `build arg VERSION changed`, `base image
   * changed`, `the RUN command changed`; later ones: `an earlier step changed`), why it was skipped, or
   * why it failed.
   */
  readonly reason?: string | undefined;
  /** BuildKit's progress name: `[build 2/5] RUN go build ...`. */
  readonly name: string;
  /** Bytes the step's layer adds (0 for FROM). */
  readonly layerBytes: number;
  /** The step's cache key (hex). */
  readonly cacheKey: string;
  /** What the step printed (simulated), as in the progress log. */
  readonly output: readonly string[];
  /** What was estimated in this step, in words. */
  readonly estimates: readonly string[];
}

export interface StageReport {
  readonly index: number;
  /** Display name (`build`, `stage-1`). */
  readonly name: string;
  readonly line: number;
  /** FROM's image after the global ARGs are applied (`node:22-alpine` for `node:${V}-alpine`), or the stage it builds on. */
  readonly image: string;
  /** Index of the earlier stage FROM names, when it builds on one. */
  readonly baseStage: number | undefined;
  readonly built: boolean;
  /** Why it was skipped (`not needed for target "runtime"`). */
  readonly reason: string | undefined;
}

export interface BuildError {
  readonly line: number;
  /** Docker's final line without the `ERROR: ` prefix (`failed to solve: process "/bin/sh -c gcc ..." did not complete successfully: exit code: 127`). */
  readonly message: string;
  /** What the failing step printed before failing (`/bin/sh: 1: gcc: not found`). */
  readonly output: readonly string[];
  /** The stage the failing step belongs to (display name); `undefined` for errors before any stage. */
  readonly stage: string | undefined;
  /** A plain-words explanation for a learner. */
  readonly explanation: string;
}

// ---------------------------------------------------------------------------------------------
// Cache

/** What the previous build did at one step, kept to explain the next build's first miss. */
export interface CacheStepRecord {
  readonly key: string;
  /** The parent key (`''` for a linked COPY, which has none). */
  readonly parent: string;
  readonly stage: string;
  readonly kind: BuildStep['kind'];
  /** The instruction after variable expansion, flags included. */
  readonly text: string;
  /** RUN: environment (ENV + ARGs in scope), kept while it has at most 64 variables. */
  readonly env?: Readonly<Record<string, string>>;
  /** RUN: digest of the environment (proxy variables excluded). */
  readonly envDigest?: string;
  /** RUN: names of `env` that are build args (ARG), for "build arg X changed". */
  readonly argNames?: readonly string[];
  readonly workdir?: string;
  readonly user?: string;
  /** RUN: mounts as they enter the key. */
  readonly mounts?: string;
  /** COPY / ADD: relative path -> content digest of each copied file (capped, see cache-store.ts). */
  readonly files?: Readonly<Record<string, string>>;
  /** COPY / ADD: the aggregate checksum of the sources. */
  readonly sources?: string;
  /** FROM: the image reference and digest. */
  readonly image?: string;
  readonly digest?: string;
}

/**
 * The build cache, as a plain JSON-serialisable object: the CLI stores it on disk, the site in memory.
 * Pass the `cache` of one build's result into the next build.
 */
export interface BuildCache {
  readonly version: 1;
  /** Bumped by every build; used to keep the most recently used keys when pruning. */
  readonly generation: number;
  /** Step cache keys BuildKit would hold -> generation that last used them. */
  readonly keys: Readonly<Record<string, number>>;
  /** The steps of the last build, to explain misses in words. */
  readonly steps: readonly CacheStepRecord[];
  /** Cache-mount contents by mount id -> bytes held (a warm mount makes a rerun faster). */
  readonly mounts: Readonly<Record<string, number>>;
  /** Base images already pulled: reference -> digest. */
  readonly images: Readonly<Record<string, string>>;
}

// ---------------------------------------------------------------------------------------------
// Input and result

export interface BuildInput {
  /** Dockerfile text, or the parse result when the caller already has it (parse once). */
  readonly dockerfile: string | ParseResult;
  /** The build context; an empty context when omitted. */
  readonly context?: ContextInput | undefined;
  /** Stage name (or index) to build; the last stage by default. */
  readonly target?: string | undefined;
  readonly buildArgs?: Readonly<Record<string, string>> | undefined;
  /** `linux/amd64` by default. */
  readonly platform?: string | undefined;
  /** The previous build's `cache`. */
  readonly cache?: BuildCache | undefined;
  readonly noCache?: boolean | undefined;
  /** Extra base images / packages (a team's own images), merged over the built-in catalog. */
  readonly catalog?: CatalogInput | undefined;
  /** Shown in error excerpts: `Dockerfile:7`. */
  readonly dockerfilePath?: string | undefined;
}

export interface BuildResult {
  readonly ok: boolean;
  readonly error: BuildError | undefined;
  /** The target's image; `undefined` when the build failed. */
  readonly image: BuiltImage | undefined;
  readonly steps: readonly BuildStep[];
  readonly stages: readonly StageReport[];
  /** BuildKit's plain progress output (`--progress=plain`), simulated. */
  readonly log: string;
  /** Pass to the next build. Holds what this build cached, even when it failed. */
  readonly cache: BuildCache;
  /**
   * Estimated wall-clock seconds: the critical path through the stage graph (independent stages overlap,
   * as BuildKit runs them in parallel), plus image metadata, context transfer and export.
   */
  readonly totalSeconds: number;
}
