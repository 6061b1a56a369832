/**
 * A shell's variables layered over the RUN's environment: reads fall through to the environment, writes
 * and unsets stay in the shell. Starting a shell is then O(1) however large the environment is (a long
 * Dockerfile's stage can carry hundreds of ENV values into every RUN), and costs one small object: the
 * store is a class so that its methods are shared, not made anew for every shell.
 */
export interface VarStore extends ReadonlyMap<string, string> {
  set(key: string, value: string): VarStore;
  delete(key: string): boolean;
}

class LayeredVars implements VarStore {
  private readonly base: ReadonlyMap<string, string>;
  private readonly own: Map<string, string>;
  private removed: Set<string> | undefined;

  constructor(base: ReadonlyMap<string, string>) {
    this.base = base;
    this.own = new Map();
    this.removed = undefined;
  }

  get(key: string): string | undefined {
    const v = this.own.get(key);
    if (v !== undefined) return v;
    return this.removed?.has(key) === true ? undefined : this.base.get(key);
  }

  has(key: string): boolean {
    return this.own.has(key) || (this.removed?.has(key) !== true && this.base.has(key));
  }

  set(key: string, value: string): VarStore {
    this.own.set(key, value);
    this.removed?.delete(key);
    return this;
  }

  delete(key: string): boolean {
    const had = this.has(key);
    this.own.delete(key);
    (this.removed ??= new Set()).add(key);
    return had;
  }

  get size(): number {
    return this.merged().size;
  }

  forEach(fn: (value: string, key: string, map: ReadonlyMap<string, string>) => void, thisArg?: unknown): void {
    this.merged().forEach((v, k) => fn.call(thisArg, v, k, this));
  }

  entries(): MapIterator<[string, string]> {
    return this.merged().entries();
  }

  keys(): MapIterator<string> {
    return this.merged().keys();
  }

  values(): MapIterator<string> {
    return this.merged().values();
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.merged()[Symbol.iterator]();
  }

  private merged(): Map<string, string> {
    const m = new Map<string, string>();
    for (const [k, v] of this.base) if (this.removed?.has(k) !== true && !this.own.has(k)) m.set(k, v);
    for (const [k, v] of this.own) m.set(k, v);
    return m;
  }
}

export function layeredVars(base: ReadonlyMap<string, string>): VarStore {
  return new LayeredVars(base);
}
