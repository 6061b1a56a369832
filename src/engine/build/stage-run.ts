/**
 * The state of one stage while it is built: its filesystem, its image config as it grows, its history,
 * the cache key of its chain so far, and what it spent. Plain mutable data, owned by build.ts.
 */
import type { Stage } from '../dockerfile/ast.ts';
import type { ImageLayer } from '../inspect/layer.ts';
import type { CommandOrigin, Healthcheck, ImageOs, Platform } from './types.ts';
import type { FsState } from './fs-tree.ts';
import type { StageNode } from './stage-graph.ts';
import type { EnvTracker } from './run-env.ts';

export interface ConfigState {
  env: Map<string, string>;
  cmd: readonly string[] | undefined;
  entrypoint: readonly string[] | undefined;
  cmdOrigin: CommandOrigin | undefined;
  entrypointOrigin: CommandOrigin | undefined;
  workdir: string;
  user: string;
  shell: readonly string[];
  /** SHELL was set in the Dockerfile (or inherited from a stage that set it). */
  shellSet: boolean;
  stopSignal: string | undefined;
  exposedPorts: string[];
  labels: Map<string, string>;
  volumes: string[];
  onbuild: string[];
  healthcheck: Healthcheck | undefined;
}

export interface StageRun {
  readonly node: StageNode;
  readonly stage: Stage;
  readonly name: string;
  readonly fs: FsState;
  /** History of the base (image layers, or the base stage's whole history). */
  readonly inherited: readonly ImageLayer[];
  /** This stage's own history entries, empty ones included. */
  readonly layers: ImageLayer[];
  /** Compressed size of each of this stage's layers (by index in `layers`), estimates. */
  readonly compressed: Map<number, number>;
  readonly config: ConfigState;
  readonly os: ImageOs;
  readonly platform: Platform;
  readonly baseImage: string;
  readonly knowsContents: boolean;
  /** Cache key of the chain so far. */
  key: string;
  /** The previous step of the chain ran (missed the cache). */
  chainMissed: boolean;
  /** ARGs declared in this stage with their values, in declaration order (for `RUN |N …` history). */
  readonly buildArgs: Map<string, string>;
  /** The RUN environment, kept up to date by difference (run-env.ts). */
  readonly envTracker: EnvTracker;
  /** CMD was set in this stage (an ENTRYPOINT then keeps it). */
  cmdSet: boolean;
  stepIndex: number;
  readonly stepTotal: number;
  /** Seconds this stage's steps took. */
  seconds: number;
  readonly estimates: string[];
}

export function copyConfig(c: ConfigState): ConfigState {
  return {
    ...c,
    env: new Map(c.env),
    exposedPorts: [...c.exposedPorts],
    labels: new Map(c.labels),
    volumes: [...c.volumes],
    onbuild: [...c.onbuild],
  };
}

/** `[build 2/5] ` — prefixCommand in convert.go (the step number is padded to the width of the total). */
export function stepPrefix(run: StageRun): string {
  if (run.stepTotal === 0) return '';
  run.stepIndex++;
  const width = 1 + Math.floor(Math.log10(run.stepTotal));
  return `[${run.name === '' ? '' : `${run.name} `}${String(run.stepIndex).padStart(width)}/${run.stepTotal}] `;
}
