/**
 * Scopes as versions of one growing record. Every expanded instruction keeps the scope it saw, so an ENV or
 * ARG must not change the map earlier instructions hold. Copying the whole map at each ENV made a stage with
 * N ENVs cost O(N²); folding layers every few steps still copied the map N/k times. Here the scopes of a
 * stage share one history: each name keeps the versions at which it was set, and a scope is the history
 * read at its version. Extending the newest scope costs O(entries); a lookup in the newest scope is one
 * map read, in an older one a binary search over that name's versions. A scope is turned into a plain map
 * only when it is iterated (rare: the first RUN of a stage, a lint suggestion), and then once.
 */
import type { ScopeVariable } from './expansion-types.ts';

type Scope = ReadonlyMap<string, ScopeVariable>;

interface History {
  /** The map the history grows from (a stage's starting scope). */
  readonly root: Scope;
  /** Per name: the versions at which it was set (ascending) and the variable set at each. */
  readonly names: Map<string, { readonly versions: number[]; readonly values: ScopeVariable[] }>;
  latest: number;
}

/** The history read at one version. A Map-like view: behaviour, not data, hence a class. */
class VersionedScope implements ReadonlyMap<string, ScopeVariable> {
  readonly history: History;
  readonly version: number;
  private flat: Map<string, ScopeVariable> | undefined;

  constructor(history: History, version: number) {
    this.history = history;
    this.version = version;
    this.flat = undefined;
  }

  get(key: string): ScopeVariable | undefined {
    const set = this.history.names.get(key);
    if (set !== undefined) {
      const i = lastAtOrBefore(set.versions, this.version);
      if (i >= 0) return set.values[i];
    }
    return this.history.root.get(key);
  }

  has(key: string): boolean {
    const set = this.history.names.get(key);
    if (set !== undefined && set.versions[0]! <= this.version) return true;
    return this.history.root.has(key);
  }

  get size(): number {
    return this.toMap().size;
  }

  forEach(callback: (value: ScopeVariable, key: string, map: ReadonlyMap<string, ScopeVariable>) => void, thisArg?: unknown): void {
    this.toMap().forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  entries(): MapIterator<[string, ScopeVariable]> {
    return this.toMap().entries();
  }

  keys(): MapIterator<string> {
    return this.toMap().keys();
  }

  values(): MapIterator<ScopeVariable> {
    return this.toMap().values();
  }

  [Symbol.iterator](): MapIterator<[string, ScopeVariable]> {
    return this.toMap()[Symbol.iterator]();
  }

  /** The scope as one map, in the order a copied map would have: the root's names, then new names as first set. */
  private toMap(): Map<string, ScopeVariable> {
    if (this.flat !== undefined) return this.flat;
    const flat = new Map(this.history.root);
    const version = this.version;
    this.history.names.forEach((set, key) => {
      const i = lastAtOrBefore(set.versions, version);
      if (i >= 0) flat.set(key, set.values[i]!);
    });
    this.flat = flat;
    return flat;
  }
}

/** Index of the last version <= `version`, or -1. The newest scope reads the last one, checked first. */
function lastAtOrBefore(versions: readonly number[], version: number): number {
  let hi = versions.length - 1;
  if (versions[hi]! <= version) return hi;
  let lo = 0;
  if (versions[0]! > version) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (versions[mid]! <= version) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A scope with `entries` set over `base`; `base` is left as it was. */
export function extendScope(base: Scope, entries: Iterable<readonly [string, ScopeVariable]>): Scope {
  let history: History;
  if (base instanceof VersionedScope && base.version === base.history.latest) history = base.history;
  else {
    // A plain map, or an older version than the newest (a branch): start a history of its own over it.
    history = { root: base instanceof VersionedScope ? new Map(base) : base, names: new Map(), latest: 0 };
  }
  const version = history.latest + 1;
  let any = false;
  for (const [key, value] of entries) {
    any = true;
    const set = history.names.get(key);
    if (set === undefined) history.names.set(key, { versions: [version], values: [value] });
    else if (set.versions[set.versions.length - 1] === version) set.values[set.values.length - 1] = value;
    else {
      set.versions.push(version);
      set.values.push(value);
    }
  }
  if (!any) return base;
  history.latest = version;
  return new VersionedScope(history, version);
}
