/**
 * The terminal's data: what the learner's project is (the workspace), what the simulated Docker daemon holds
 * between commands (the session), and what a command prints (output items). Plain JSON-serialisable data, so
 * the session can travel between the page and a worker and be kept in sessionStorage.
 */
import type { BuildCache } from '../build/index.ts';
import type { CatalogInput } from '../build/index.ts';
import type { ContextEntryInput } from '../context/index.ts';
import type { LayerView, Report } from '../index.ts';
import type { RunOptions, StopReport } from '../run/index.ts';

/** The project the commands run against: the files in the editor over the rest of the build context. */
export interface Workspace {
  /** The files the learner edits (Dockerfile, .dockerignore, compose.yaml …), by context path. */
  readonly files: Readonly<Record<string, string>>;
  /** The rest of the build context: small files with content, big ones by declared size. */
  readonly context: readonly ContextEntryInput[];
  /** The directory name (`docker compose` names its project after it). */
  readonly projectName?: string | undefined;
  /** A team's own base images (see src/engine/catalog, `parseCatalogExtension`). */
  readonly catalog?: CatalogInput | undefined;
}

/** What the terminal around the engine knows: the clock and its width. Inputs, so results stay deterministic. */
export interface TerminalEnv {
  /** Milliseconds since the epoch, for CREATED columns (`2 minutes ago`). */
  readonly now: number;
  /** Terminal width in columns (BuildKit's progress lines are padded to it). */
  readonly columns: number;
}

/** How to rebuild an image exactly (to simulate `docker run` of it later with other options). */
export interface BuildRecipe {
  readonly dockerfile: string;
  readonly dockerfilePath: string;
  readonly files: Readonly<Record<string, string>>;
  readonly context: readonly ContextEntryInput[];
  readonly target: string | undefined;
  readonly buildArgs: Readonly<Record<string, string>>;
}

export interface SessionImage {
  /** `sha256:<64 hex>`, the same id the `docker history` table shows on its top row. */
  readonly id: string;
  /** Familiar names (`app:latest`), as `docker images` lists them. */
  readonly tags: readonly string[];
  /** When it was built (ms). */
  readonly created: number;
  readonly diskBytes: number;
  readonly compressedBytes: number;
  /** `docker history` as the engine printed it. */
  readonly history: string;
  readonly layers: readonly LayerView[];
  readonly recipe: BuildRecipe;
}

export interface SessionContainer {
  /** 64 hex characters. */
  readonly id: string;
  readonly name: string;
  /** The image as the learner wrote it (`app`). */
  readonly image: string;
  readonly imageId: string;
  /** The command as `docker ps` shows it (path and args, args with spaces quoted). */
  readonly command: string;
  readonly created: number;
  readonly state: 'running' | 'exited' | 'created';
  readonly startedAt: number;
  readonly finishedAt: number | undefined;
  readonly exitCode: number | undefined;
  readonly ports: string;
  readonly options: RunOptions;
  /** What `docker stop` does to it, simulated when it started (with its `--stop-timeout` / `--stop-signal`). */
  readonly stop: StopReport | undefined;
  /** `docker run --rm`. */
  readonly autoRemove: boolean;
}

export interface TerminalSession {
  readonly version: 1;
  readonly images: readonly SessionImage[];
  readonly containers: readonly SessionContainer[];
  /** BuildKit's cache after the last build, so the next one shows what it reuses. */
  readonly cache: BuildCache | undefined;
  /** Advances with every container created: ids and names come from it, never from a random source. */
  readonly serial: number;
  /** `docker compose up` of the project: the containers it lists, until `down`. */
  readonly compose: { readonly project: string; readonly containers: readonly string[] } | undefined;
}

export type Tone = 'plain' | 'error' | 'warning' | 'dim' | 'ok' | 'note' | 'strong' | 'accent';

/**
 * What a command prints: lines (each a plain string, no control codes — the client colours them by `tone`),
 * and pauses the client plays in (simulated) time, so a build unfolds step by step and `docker stop` takes
 * its 10 seconds.
 */
export type OutputItem =
  | { readonly kind: 'line'; readonly text: string; readonly tone: Tone; readonly stream: 'stdout' | 'stderr' }
  | { readonly kind: 'pause'; readonly seconds: number; readonly purpose: 'build' | 'stop' | 'run' };

/** Work the engine cannot do and asks its host for. */
export type Effect =
  | { readonly kind: 'clear' }
  /** Run a Node command in a WebContainer (the host says in one line when it cannot). */
  | { readonly kind: 'node'; readonly argv: readonly string[] }
  /** `docker run` without `-d`: the terminal stays attached to the container until Ctrl+C. */
  | { readonly kind: 'attach'; readonly container: string };

export interface CommandResult {
  readonly output: readonly OutputItem[];
  readonly session: TerminalSession;
  readonly exitCode: number;
  readonly effects: readonly Effect[];
  /** The engine's report of the last build or run the command made, for panels that follow the terminal. */
  readonly report: Report | undefined;
}
