/**
 * Why a step missed the cache, in words: the first miss of a chain is compared with what the previous
 * build did at the same point (the step that had the same parent) to name what changed — a file, a build
 * arg, an ENV value, the command, the base image. Later misses of the chain are "an earlier step changed".
 */
import type { CacheStepRecord } from './types.ts';

export const EARLIER_STEP_CHANGED = 'an earlier step changed';
export const NO_CACHE = '--no-cache';
export const NOTHING_CACHED = 'nothing cached yet';

export interface ReasonIndex {
  readonly byParent: ReadonlyMap<string, readonly CacheStepRecord[]>;
  readonly fromByStage: ReadonlyMap<string, CacheStepRecord>;
  readonly empty: boolean;
}

export function indexRecords(records: readonly CacheStepRecord[]): ReasonIndex {
  const byParent = new Map<string, CacheStepRecord[]>();
  const fromByStage = new Map<string, CacheStepRecord>();
  for (const r of records) {
    if (r.kind === 'from') fromByStage.set(r.stage, r);
    const list = byParent.get(r.parent) ?? [];
    list.push(r);
    byParent.set(r.parent, list);
  }
  return { byParent, fromByStage, empty: records.length === 0 };
}

/** The reason a step with record `now` missed, given the previous build's records. */
export function missReason(now: CacheStepRecord, index: ReasonIndex): string {
  if (index.empty) return NOTHING_CACHED;
  if (now.kind === 'from') {
    const before = index.fromByStage.get(now.stage);
    if (before === undefined) return 'base image not used by the last build';
    if (before.image !== now.image) return `base image changed (${before.image ?? '?'} → ${now.image ?? '?'})`;
    if (before.digest !== now.digest) return `base image changed (${now.image ?? ''} now has a new digest)`;
    return 'base image changed';
  }
  const candidates = (index.byParent.get(now.parent) ?? []).filter((r) => r.kind === now.kind);
  const before = candidates.find((r) => r.stage === now.stage && r.text === now.text) ?? candidates.find((r) => r.stage === now.stage) ?? candidates[0];
  if (before === undefined) return now.parent === '' ? 'the copied files changed' : 'new step (not in the last build at this point)';
  if (before.text !== now.text) {
    if (now.kind === 'run') return 'the RUN command changed';
    if (now.kind === 'workdir') return 'the WORKDIR changed';
    return `the ${now.kind.toUpperCase()} instruction changed`;
  }
  if (now.kind === 'run') return runReason(before, now);
  if (now.kind === 'copy' || now.kind === 'add') return filesReason(before, now);
  if (now.kind === 'workdir' && before.user !== now.user) return 'the user changed';
  return 'not in the build cache';
}

function runReason(before: CacheStepRecord, now: CacheStepRecord): string {
  if ((before.env === undefined || now.env === undefined) && before.envDigest !== now.envDigest) return 'the environment changed (ENV or build args)';
  const a = before.env ?? {};
  const b = now.env ?? {};
  const changed: string[] = [];
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) if (a[k] !== b[k]) changed.push(k);
  if (changed.length > 0) {
    const args = new Set([...(now.argNames ?? []), ...(before.argNames ?? [])]);
    const names = changed.sort().slice(0, 3);
    const kind = names.every((n) => args.has(n)) ? 'build arg' : names.some((n) => args.has(n)) ? 'build arg/ENV' : 'ENV';
    const more = changed.length > 3 ? ` and ${changed.length - 3} more` : '';
    return `${kind} ${names.join(', ')}${more} changed`;
  }
  if (before.workdir !== now.workdir) return `the working directory changed (${before.workdir ?? ''} → ${now.workdir ?? ''})`;
  if (before.user !== now.user) return `the user changed (${before.user || 'root'} → ${now.user || 'root'})`;
  if (before.mounts !== now.mounts) return 'its --mount options changed';
  return 'not in the build cache';
}

function filesReason(before: CacheStepRecord, now: CacheStepRecord): string {
  const a = before.files;
  const b = now.files;
  if (a === undefined || b === undefined) return before.sources === now.sources ? 'not in the build cache' : 'the copied files changed';
  const changed: string[] = [];
  const added: string[] = [];
  const removed: string[] = [];
  for (const [k, v] of Object.entries(b)) {
    if (!(k in a)) added.push(k);
    else if (a[k] !== v) changed.push(k);
  }
  for (const k of Object.keys(a)) if (!(k in b)) removed.push(k);
  const parts: string[] = [];
  const list = (xs: string[], verb: string): void => {
    if (xs.length === 0) return;
    xs.sort();
    const shown = xs.slice(0, 3).map((x) => x || '(the copied file)').join(', ');
    const more = xs.length > 3 ? ` and ${xs.length - 3} more` : '';
    parts.push(`${shown}${more} ${verb}`);
  };
  list(changed, changed.length === 1 ? 'changed' : 'changed');
  list(added, 'added');
  list(removed, 'removed');
  if (parts.length === 0) return before.sources === now.sources ? 'not in the build cache' : 'the copied files changed (metadata)';
  return parts.join('; ');
}
