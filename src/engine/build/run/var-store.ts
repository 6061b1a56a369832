/**
 * A shell's variables layered over the RUN's environment: reads fall through to the environment, writes
 * and unsets stay in the shell. Starting a shell is then O(1) however large the environment is (a long
 * Dockerfile's stage can carry hundreds of ENV values into every RUN).
 */
export interface VarStore extends ReadonlyMap<string, string> {
  set(key: string, value: string): VarStore;
  delete(key: string): boolean;
}

export function layeredVars(base: ReadonlyMap<string, string>): VarStore {
  const own = new Map<string, string>();
  const removed = new Set<string>();
  const merged = (): Map<string, string> => {
    const m = new Map<string, string>();
    for (const [k, v] of base) if (!removed.has(k) && !own.has(k)) m.set(k, v);
    for (const [k, v] of own) m.set(k, v);
    return m;
  };
  const store: VarStore = {
    get(key) {
      const v = own.get(key);
      if (v !== undefined) return v;
      return removed.has(key) ? undefined : base.get(key);
    },
    has(key) {
      return own.has(key) || (!removed.has(key) && base.has(key));
    },
    set(key, value) {
      own.set(key, value);
      removed.delete(key);
      return store;
    },
    delete(key) {
      const had = store.has(key);
      own.delete(key);
      removed.add(key);
      return had;
    },
    get size() {
      return merged().size;
    },
    forEach(fn, thisArg) {
      merged().forEach((v, k) => fn.call(thisArg, v, k, store));
    },
    entries: () => merged().entries(),
    keys: () => merged().keys(),
    values: () => merged().values(),
    [Symbol.iterator]: () => merged()[Symbol.iterator](),
  };
  return store;
}
