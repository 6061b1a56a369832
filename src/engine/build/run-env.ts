/**
 * The environment a RUN gets — every variable in scope with a value: the image's ENV, the stage's ENV and
 * every ARG with a value (BuildKit adds ARGs to the RUN's env whether or not the command uses them) — with
 * its digest for the cache key: a per-variable hash summed order-independently and updated by difference,
 * so a long Dockerfile does not pay for its whole environment at every RUN. Proxy variables are left out
 * of the digest, as BuildKit leaves them out of the key.
 */
import type { ScopeVariable } from '../dockerfile/expansion-types.ts';
import { PROXY_VARS } from './cache-key.ts';
import { hashString } from './hash.ts';

export interface RunEnv {
  readonly env: ReadonlyMap<string, string>;
  /** Order-independent digest of the (non-proxy) variables. */
  readonly digest: string;
  /** Names of the variables that are build args (ARG), for "build arg X changed". */
  readonly argNames: readonly string[];
}

const varHash = new WeakMap<ScopeVariable, readonly [number, number]>();

function hashOf(v: ScopeVariable): readonly [number, number] {
  let h = varHash.get(v);
  if (h === undefined) {
    const hex = hashString(`${v.name}=${v.value ?? ''}`);
    h = [Number.parseInt(hex.slice(0, 8), 16), Number.parseInt(hex.slice(8), 16)];
    varHash.set(v, h);
  }
  return h;
}

/** For a RUN without expansion data: the config's ENV. */
export function runEnvFromMap(env: ReadonlyMap<string, string>): RunEnv {
  let a = 0;
  let b = 0;
  for (const [k, v] of env) {
    if (PROXY_VARS.has(k)) continue;
    const hex = hashString(`${k}=${v}`);
    a = (a + Number.parseInt(hex.slice(0, 8), 16)) >>> 0;
    b = (b + Number.parseInt(hex.slice(8), 16)) >>> 0;
  }
  return { env, digest: `${a.toString(16)}.${b.toString(16)}.${env.size}`, argNames: [] };
}

/** Records keep the variables themselves only while they are few (to name what changed); else the digest. */
export const MAX_RECORDED_ENV = 64;

/**
 * A stage's running environment, updated by difference: a new scope differs from the last one only in
 * the variables its ENV and ARG instructions set (`pending`), so a RUN costs O(changes), not O(variables).
 */
export interface EnvTracker {
  scope: ReadonlyMap<string, ScopeVariable> | undefined;
  readonly env: Map<string, string>;
  readonly hashes: Map<string, readonly [number, number]>;
  readonly args: Set<string>;
  readonly pending: Set<string>;
  a: number;
  b: number;
}

export function newEnvTracker(): EnvTracker {
  return { scope: undefined, env: new Map(), hashes: new Map(), args: new Set(), pending: new Set(), a: 0, b: 0 };
}

function setVar(t: EnvTracker, name: string, v: ScopeVariable | undefined): void {
  const old = t.hashes.get(name);
  if (old !== undefined) {
    t.a = (t.a - old[0]) >>> 0;
    t.b = (t.b - old[1]) >>> 0;
    t.hashes.delete(name);
  }
  t.env.delete(name);
  t.args.delete(name);
  if (v === undefined || v.value === undefined) return;
  t.env.set(name, v.value);
  if (v.source === 'arg' || v.source === 'global-arg' || (v.source === 'builtin' && v.line !== undefined)) t.args.add(name);
  if (PROXY_VARS.has(name)) return;
  const h = hashOf(v);
  t.hashes.set(name, h);
  t.a = (t.a + h[0]) >>> 0;
  t.b = (t.b + h[1]) >>> 0;
}

export function trackedEnv(t: EnvTracker, scope: ReadonlyMap<string, ScopeVariable>): RunEnv {
  if (t.scope === undefined) {
    for (const [name, v] of scope) setVar(t, name, v);
  } else if (scope !== t.scope) {
    for (const name of t.pending) setVar(t, name, scope.get(name));
  }
  t.pending.clear();
  t.scope = scope;
  return { env: t.env, digest: `${t.a.toString(16)}.${t.b.toString(16)}.${t.env.size}`, argNames: [...t.args] };
}
