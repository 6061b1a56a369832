/**
 * What one RUN step works on while its script is simulated: the stage's filesystem, who runs it, the
 * mounts (whose writes never land in the layer), the catalog, and what the step prints, how long it
 * takes and what it had to estimate.
 */
import type { BinaryInfo, ContentClass, FileNode, ImageOs, Platform } from '../types.ts';
import type { FsState } from '../fs-tree.ts';
import { changeMeta, lookup, mkdirp, removePath, resolveInParent, resolvePath, writeFile } from '../fs-tree.ts';
import { isWithin, normalizePath } from '../fs-path.ts';
import { hashParts } from '../hash.ts';
import type { CatalogView } from '../catalog-view.ts';
import type { LogLine } from '../progress-log.ts';

export interface RunMount {
  readonly type: string;
  /** Absolute target path. */
  readonly target: string;
  /** Cache mounts: the id their contents are kept under. */
  readonly id: string;
  readonly readOnly: boolean;
}

export interface RunUser {
  readonly uid: number;
  readonly gid: number;
  readonly name: string;
}

export interface RunState {
  readonly fs: FsState;
  readonly os: ImageOs;
  readonly platform: Platform;
  readonly catalog: CatalogView;
  readonly user: RunUser;
  /** `/bin/sh` (or the SHELL's first word) — used in the shell's error messages. */
  readonly shellPath: string;
  readonly shellImpl: string;
  readonly mounts: readonly RunMount[];
  /** Bytes already in each cache mount from earlier builds (warm cache). */
  readonly warmMounts: ReadonlyMap<string, number>;
  /** Bytes written into each cache mount by this step. */
  readonly mountWrites: Map<string, number>;
  /** `RUN --network=none` cuts downloads off. */
  readonly network: string;
  /** Whether a command missing from the filesystem is really missing (the base image is known). */
  readonly knowsContents: boolean;
  /** Seed for content digests of what this step writes (its cache key). */
  readonly seed: string;
  /** Runs shell text (an npm script, a `sh -c` argument) in this step, as `sh -c` would. */
  readonly sh: (text: string, env: ReadonlyMap<string, string>, cwd: string, argv0?: string) => number;
  /** Nesting of shells and functions (`sh -c`, npm scripts, recursion), capped at MAX_DEPTH. */
  depth: number;
  /** Simulated seconds since the step started. */
  seconds: number;
  readonly logs: LogLine[];
  readonly estimates: string[];
}

export interface FileSpec {
  readonly bytes: number;
  readonly mode?: number;
  readonly content?: ContentClass;
  readonly text?: string;
  readonly binary?: BinaryInfo;
  readonly estimate?: boolean;
  /** What makes the content what it is (equal inputs give equal digests across builds). */
  readonly identity?: string;
  /** Owner; the running user by default. */
  readonly uid?: number;
  readonly gid?: number;
}

/** Deeper nesting than this is treated as runaway recursion (bash stops at 1000 function levels; we stop sooner). */
export const MAX_DEPTH = 64;

export function log(run: RunState, text: string): void {
  run.logs.push({ at: run.seconds, text });
}

export function spend(run: RunState, seconds: number): void {
  run.seconds += Math.max(0, seconds);
}

export function estimate(run: RunState, note: string): void {
  if (!run.estimates.includes(note)) run.estimates.push(note);
}

/** The mount a path falls under (writes there are not part of the layer), if any. */
export function mountAt(run: RunState, path: string): RunMount | undefined {
  let best: RunMount | undefined;
  for (const m of run.mounts) if (isWithin(path, m.target) && (best === undefined || m.target.length > best.target.length)) best = m;
  return best;
}

export function makeFile(run: RunState, path: string, spec: FileSpec): FileNode {
  const identity = spec.identity ?? `${run.seed}:${path}`;
  return {
    kind: 'file',
    bytes: Math.max(0, Math.round(spec.bytes)),
    mode: spec.mode ?? 0o644,
    uid: spec.uid ?? run.user.uid,
    gid: spec.gid ?? run.user.gid,
    digest: hashParts([identity, String(spec.bytes), spec.text ?? '']),
    text: spec.text,
    binary: spec.binary,
    content: spec.content ?? 'binary',
    estimate: spec.estimate ?? false,
  };
}

/**
 * Writes a file as the step's process would: into a mount when the path is under one (counted for the
 * cache mount, never in the layer), otherwise into the filesystem (parents made as needed).
 */
export function putFile(run: RunState, rawPath: string, spec: FileSpec, cwd = '/'): string | undefined {
  const path = normalizePath(rawPath, cwd);
  const resolved = resolveInParent(run.fs.root, path, true);
  const real = resolved.path;
  const mount = mountAt(run, real);
  if (mount !== undefined) {
    if (mount.type === 'cache') run.mountWrites.set(mount.id, (run.mountWrites.get(mount.id) ?? 0) + spec.bytes);
    return real;
  }
  // Parents are made as the writing user (a parent found by the walk is there already).
  if (resolved.parent === undefined) {
    const parent = real.slice(0, real.lastIndexOf('/')) || '/';
    mkdirp(run.fs, parent, { uid: spec.uid ?? run.user.uid, gid: spec.gid ?? run.user.gid });
  }
  return writeFile(run.fs, real, makeFile(run, real, spec));
}

export function makeDir(run: RunState, rawPath: string, cwd = '/', mode = 0o755): boolean {
  const path = normalizePath(rawPath, cwd);
  if (run.mounts.length > 0 && mountAt(run, resolvePath(run.fs.root, path, true).path) !== undefined) return true;
  return mkdirp(run.fs, path, run.user, mode) !== undefined;
}

export function remove(run: RunState, rawPath: string, cwd = '/'): boolean {
  const path = normalizePath(rawPath, cwd);
  const real = resolvePath(run.fs.root, path, false).path;
  if (mountAt(run, real) !== undefined) return true;
  return removePath(run.fs, real);
}

export function chmodChown(run: RunState, rawPath: string, change: { mode?: number; uid?: number; gid?: number }, cwd = '/'): boolean {
  const path = normalizePath(rawPath, cwd);
  if (run.mounts.length > 0 && mountAt(run, resolvePath(run.fs.root, path, true).path) !== undefined) return true;
  return changeMeta(run.fs, path, change);
}

export function exists(run: RunState, rawPath: string, cwd = '/'): boolean {
  return lookup(run.fs.root, normalizePath(rawPath, cwd)) !== undefined;
}

export function isRoot(run: RunState): boolean {
  return run.user.uid === 0;
}
