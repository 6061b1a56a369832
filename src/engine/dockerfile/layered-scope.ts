/**
 * Scopes as persistent layers. Every expanded instruction keeps the scope it saw, so an ENV or ARG must not
 * change the map earlier instructions hold. Copying the whole map at each ENV made a stage with N ENVs cost
 * O(N²) (a 5,000-instruction file spent most of its time copying); a new layer over the old scope costs O(1),
 * and layers are folded into one map every `FOLD_DEPTH` steps so a lookup stays cheap.
 */
import type { ScopeVariable } from './expansion-types.ts';

type Scope = ReadonlyMap<string, ScopeVariable>;

const FOLD_DEPTH = 32;

interface Layer {
  readonly parent: Scope;
  readonly own: ReadonlyMap<string, ScopeVariable>;
  readonly depth: number;
  flat: Map<string, ScopeVariable> | undefined;
}

const layers = new WeakMap<Scope, Layer>();

function depthOf(scope: Scope): number {
  return layers.get(scope)?.depth ?? 0;
}

/** A scope with `entries` set over `base`; `base` is left as it was. */
export function extendScope(base: Scope, entries: Iterable<readonly [string, ScopeVariable]>): Scope {
  const own = new Map(entries);
  if (own.size === 0) return base;
  if (depthOf(base) >= FOLD_DEPTH) {
    const folded = new Map(flattenLayers(base));
    for (const [key, value] of own) folded.set(key, value);
    return folded;
  }
  const flatten = (): Map<string, ScopeVariable> => flattenLayers(scope);
  const scope: Scope = {
    get: (key) => own.get(key) ?? base.get(key),
    has: (key) => own.has(key) || base.has(key),
    get size() {
      return flatten().size;
    },
    keys: () => flatten().keys(),
    values: () => flatten().values(),
    entries: () => flatten().entries(),
    forEach: (callback, thisArg) => flatten().forEach((value, key) => callback.call(thisArg, value, key, scope)),
    [Symbol.iterator]: () => flatten()[Symbol.iterator](),
  };
  layers.set(scope, { parent: base, own, depth: depthOf(base) + 1, flat: undefined });
  return scope;
}

/** One map for a layered scope: walk down to a plain (or already flattened) map once, then apply the layers. */
function flattenLayers(scope: Scope): Map<string, ScopeVariable> {
  const top = layers.get(scope);
  if (!top) return new Map(scope);
  if (top.flat) return top.flat;
  const pending: Layer[] = [];
  let cursor: Scope = scope;
  let layer = layers.get(cursor);
  while (layer && !layer.flat) {
    pending.push(layer);
    cursor = layer.parent;
    layer = layers.get(cursor);
  }
  const flat = new Map(layer?.flat ?? cursor);
  for (let i = pending.length - 1; i >= 0; i--) for (const [key, value] of pending[i]!.own) flat.set(key, value);
  top.flat = flat;
  return flat;
}
