/**
 * The environment a RUN gets — every variable in scope with a value: the image's ENV, the stage's ENV and
 * every ARG with a value (BuildKit adds ARGs to the RUN's env whether or not the command uses them) — with
 * its digest for the cache key: a per-variable hash summed order-independently and updated by difference,
 * so a long Dockerfile does not pay for its whole environment at every RUN. Proxy variables are left out
 * of the digest, as BuildKit leaves them out of the key.
 */
import type { ScopeVariable } from '../dockerfile/expansion-types.ts';
import { PROXY_VARS } from './cache-key.ts';
import { hashLanes, hex } from './hash.ts';

export interface RunEnv {
  readonly env: ReadonlyMap<string, string>;
  /** Order-independent digest of the (non-proxy) variables. */
  readonly digest: string;
  /** Names of the variables that are build args (ARG), for "build arg X changed". */
  readonly argNames: readonly string[];
}

/** A variable's hash; a tracker keeps it while the variable is set, so each is computed once per stage. */
function hashOf(v: ScopeVariable): readonly [number, number] {
  return hashLanes(`${v.name}=${v.value ?? ''}`);
}

/** For a RUN without expansion data: the config's ENV. */
export function runEnvFromMap(env: ReadonlyMap<string, string>): RunEnv {
  let a = 0;
  let b = 0;
  for (const [k, v] of env) {
    if (PROXY_VARS.has(k)) continue;
    const [ha, hb] = hashLanes(`${k}=${v}`);
    a = (a + ha) >>> 0;
    b = (b + hb) >>> 0;
  }
  return { env, digest: `${hex(a)}.${hex(b)}.${env.size}`, argNames: [] };
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
  /** What the last RUN got. */
  last: RunEnv | undefined;
}

export function newEnvTracker(): EnvTracker {
  return { scope: undefined, env: new Map(), hashes: new Map(), args: new Set(), pending: new Set(), a: 0, b: 0, last: undefined };
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
  let changed = t.last === undefined;
  if (t.scope === undefined) {
    for (const [name, v] of scope) setVar(t, name, v);
    changed = true;
  } else if (scope !== t.scope && t.pending.size > 0) {
    for (const name of t.pending) setVar(t, name, scope.get(name));
    changed = true;
  }
  t.pending.clear();
  t.scope = scope;
  // Unchanged since the last RUN: the same environment (its map is the tracker's own, kept up to date).
  if (!changed && t.last !== undefined) return t.last;
  t.last = { env: t.env, digest: `${hex(t.a)}.${hex(t.b)}.${t.env.size}`, argNames: [...t.args] };
  return t.last;
}
