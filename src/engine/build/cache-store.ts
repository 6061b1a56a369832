/**
 * The build cache as a plain, JSON-serialisable value. Like BuildKit's cache it is content-addressed: a
 * key made by any earlier build is a hit (until pruned), not only the last build's. The last build's
 * step records are kept so that a miss can be explained in words (cache-reason.ts).
 *
 * Bounds keep a cache file small however long it is used: at most MAX_KEYS keys (least recently used
 * dropped first, like `docker builder prune`'s LRU) and at most MAX_FILES_PER_STEP file digests per
 * COPY record (beyond that a miss is explained as "files in the copied sources changed").
 */
import type { BuildCache, CacheStepRecord } from './types.ts';

export const MAX_KEYS = 20_000;
export const MAX_FILES_PER_STEP = 2_000;
const MAX_MOUNTS = 500;
const MAX_IMAGES = 500;

export function emptyBuildCache(): BuildCache {
  return { version: 1, generation: 0, keys: {}, steps: [], mounts: {}, images: {} };
}

/** Accepts a cache read back from disk or storage; anything malformed yields an empty cache. */
export function readBuildCache(value: unknown): BuildCache {
  if (typeof value !== 'object' || value === null) return emptyBuildCache();
  const v = value as Partial<Record<keyof BuildCache, unknown>>;
  if (v.version !== 1 || typeof v.generation !== 'number' || !isRecord(v.keys) || !Array.isArray(v.steps)) {
    return emptyBuildCache();
  }
  return {
    version: 1,
    generation: v.generation,
    keys: numbers(v.keys),
    steps: v.steps.filter(isStepRecord),
    mounts: isRecord(v.mounts) ? numbers(v.mounts) : {},
    images: isRecord(v.images) ? strings(v.images) : {},
  };
}

export interface CacheUpdate {
  readonly usedKeys: Iterable<string>;
  readonly steps: readonly CacheStepRecord[];
  readonly mounts: ReadonlyMap<string, number>;
  readonly images: ReadonlyMap<string, string>;
}

/** The cache after a build: old keys plus the ones this build made or reused, pruned to the bounds. */
export function nextBuildCache(previous: BuildCache, update: CacheUpdate): BuildCache {
  const generation = previous.generation + 1;
  const keys = new Map<string, number>(Object.entries(previous.keys));
  for (const key of update.usedKeys) {
    keys.delete(key); // re-insert so that iteration order is oldest first
    keys.set(key, generation);
  }
  let entries = [...keys];
  if (entries.length > MAX_KEYS) {
    entries.sort((a, b) => a[1] - b[1]);
    entries = entries.slice(entries.length - MAX_KEYS);
  }
  const mounts = new Map(Object.entries(previous.mounts));
  for (const [id, bytes] of update.mounts) {
    mounts.delete(id);
    mounts.set(id, bytes);
  }
  const images = new Map(Object.entries(previous.images));
  for (const [ref, digest] of update.images) {
    images.delete(ref);
    images.set(ref, digest);
  }
  return {
    version: 1,
    generation,
    keys: Object.fromEntries(entries),
    steps: update.steps.map(capFiles),
    mounts: Object.fromEntries([...mounts].slice(-MAX_MOUNTS)),
    images: Object.fromEntries([...images].slice(-MAX_IMAGES)),
  };
}

function capFiles(step: CacheStepRecord): CacheStepRecord {
  if (step.files === undefined) return step;
  const names = Object.keys(step.files);
  if (names.length <= MAX_FILES_PER_STEP) return step;
  const { files: _dropped, ...rest } = step;
  return rest;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function numbers(r: Record<string, unknown>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

function strings(r: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(r).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

function isStepRecord(v: unknown): v is CacheStepRecord {
  if (!isRecord(v)) return false;
  return typeof v.key === 'string' && typeof v.parent === 'string' && typeof v.kind === 'string' && typeof v.text === 'string';
}
