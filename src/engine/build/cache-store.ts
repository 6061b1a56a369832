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
  const used = update.usedKeys;
  // A first build keeps the keys it used, in the order it used them: no merge needed.
  const keys = used instanceof Set && used.size <= MAX_KEYS && isEmpty(previous.keys)
    ? recordOfKeys(used as ReadonlySet<string>, generation)
    : mergedKeys(previous, used, generation);
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
    keys,
    steps: update.steps.map(capFiles),
    mounts: Object.fromEntries([...mounts].slice(-MAX_MOUNTS)),
    images: Object.fromEntries([...images].slice(-MAX_IMAGES)),
  };
}

/** The previous keys plus the used ones (re-inserted, so the most recently used come last), pruned to MAX_KEYS. */
function mergedKeys(previous: BuildCache, used: Iterable<string>, generation: number): Record<string, number> {
  const keys = new Map<string, number>(Object.entries(previous.keys));
  for (const key of used) {
    keys.delete(key); // re-insert so that iteration order is oldest first
    keys.set(key, generation);
  }
  if (keys.size <= MAX_KEYS) return recordOf(keys);
  let entries = [...keys];
  entries.sort((a, b) => a[1] - b[1]);
  entries = entries.slice(entries.length - MAX_KEYS);
  return Object.fromEntries(entries);
}

/** The record has no key (without listing them). */
export function isEmpty(record: Readonly<Record<string, unknown>>): boolean {
  for (const _ in record) return false;
  return true;
}

/** `recordOf` of a map from each of `keys` to `value`. */
function recordOfKeys(keys: ReadonlySet<string>, value: number): Record<string, number> {
  if (keys.size < 64) return Object.fromEntries([...keys].map((key) => [key, value]));
  const out = Object.create(null) as Record<string, number>;
  keys.forEach((key) => {
    out[key] = value;
  });
  return Object.setPrototypeOf(out, Object.prototype) as Record<string, number>;
}

/**
 * `Object.fromEntries(map)` for a large map, the same object made faster: filled while it has no prototype
 * (so a `__proto__` key is an own property, as fromEntries makes it, and the engine keeps the object as a
 * hash table instead of making a hidden class per key), then given Object.prototype.
 */
export function recordOf<T>(map: ReadonlyMap<string, T>): Record<string, T> {
  if (map.size < 64) return Object.fromEntries(map);
  const out = Object.create(null) as Record<string, T>;
  map.forEach((value, key) => {
    out[key] = value;
  });
  return Object.setPrototypeOf(out, Object.prototype) as Record<string, T>;
}

function capFiles(step: CacheStepRecord): CacheStepRecord {
  if (step.files === undefined) return step;
  let count = 0;
  for (const _ in step.files) if (++count > MAX_FILES_PER_STEP) break;
  if (count <= MAX_FILES_PER_STEP) return step;
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
