/**
 * Where each service's data lives and what outlives `docker compose down` (docker/compose
 * `docs/reference/compose_down.md`): `down` removes containers and networks and keeps every volume;
 * `down -v` also removes the named volumes declared under `volumes:` and the anonymous volumes of the
 * containers; external volumes are never removed; bind mounts are host directories Docker never deletes;
 * tmpfs lives in memory and is gone when the container stops. A path the image declares with `VOLUME` that no mount
 * covers gets an anonymous volume per container too (compose `create.go` re-attaches it on a recreate).
 */
import type { Loc } from '../located.ts';
import { scalarText, valueOf } from '../located.ts';
import type { ComposeModel, ComposeService } from '../model-types.ts';
import type { MountType } from '../volume-spec.ts';
import { declaredVolumes } from './image-facts.ts';
import { containerNames } from './networking.ts';

export type VolumeKind = 'named' | 'external' | 'anonymous' | 'bind' | 'tmpfs' | 'other';

export interface VolumeUse {
  readonly service: string;
  readonly target: string;
  readonly readOnly: boolean;
  readonly loc: Loc;
}

export interface VolumeReport {
  /** The key under `volumes:`, the host path, or `(anonymous)`. */
  readonly name: string;
  /** An anonymous volume for a path the image declares with `VOLUME`, which no mount of the service covers. */
  readonly fromImage?: true;
  /** What Docker calls it (`demo_db-data`), when Docker names it. */
  readonly fullName: string | undefined;
  readonly kind: VolumeKind;
  readonly usedBy: readonly VolumeUse[];
  readonly survivesDown: boolean;
  readonly survivesDownV: boolean;
  readonly note: string;
}

function kindOf(model: ComposeModel, type: MountType, source: string | undefined): VolumeKind {
  if (type === 'bind') return 'bind';
  if (type === 'tmpfs') return 'tmpfs';
  if (type !== 'volume') return 'other';
  if (source === undefined) return 'anonymous';
  return model.volumes.find((v) => v.name === source)?.external ? 'external' : 'named';
}

const NOTES: Readonly<Record<VolumeKind, string>> = {
  named: 'A named volume: it outlives the containers and `down`; only `down -v` (or `docker volume rm`) deletes it.',
  external: 'External: created outside this project; Compose never deletes it, not even with `down -v`.',
  anonymous: 'An anonymous volume: kept by `down` but never mounted again by the next `up` (new containers get new ones); `down -v` deletes it.',
  bind: 'A bind mount of a host directory: the files are yours, Docker never deletes them.',
  tmpfs: 'In memory: gone as soon as the container stops.',
  other: 'Not simulated in detail.',
};

/** `tmpfs: /run` or `tmpfs: [/run, "/tmp:size=64m"]`: the mount points. */
function tmpfsTargets(s: ComposeService): string[] {
  const node = valueOf(s.node, 'tmpfs');
  const items = node?.kind === 'seq' ? node.items : node === undefined ? [] : [node];
  return items.map((item) => scalarText(item)?.split(':')[0]).filter((t): t is string => t !== undefined && t !== '');
}

export function volumeReports(model: ComposeModel, active: readonly ComposeService[]): VolumeReport[] {
  const reports = new Map<string, { name: string; fullName: string | undefined; kind: VolumeKind; usedBy: VolumeUse[]; fromImage?: true }>();
  for (const s of active) {
    if ((s.replicas?.value ?? 1) === 0) continue;
    for (const m of s.volumes) {
      const kind = kindOf(model, m.type, m.source);
      const use = { service: s.name, target: m.target, readOnly: m.readOnly, loc: m.loc };
      if (kind === 'anonymous') {
        // One per container; Docker names them with a random 64-hex id.
        for (const c of containerNames(model, s)) reports.set(`anon:${c}:${m.target}`, { name: '(anonymous)', fullName: undefined, kind, usedBy: [use] });
        continue;
      }
      const key = `${kind}:${m.source ?? m.target}`;
      const def = model.volumes.find((v) => v.name === m.source);
      const existing = reports.get(key);
      if (existing) existing.usedBy.push(use);
      else reports.set(key, { name: kind === 'tmpfs' ? `tmpfs ${m.target}` : (m.source ?? m.target), fullName: kind === 'named' || kind === 'external' ? def?.fullName : undefined, kind, usedBy: [use] });
    }
    // The image's own VOLUME paths that no mount covers: Docker creates an anonymous volume for each, per container.
    const targets = new Set([...s.volumes.map((m) => m.target), ...tmpfsTargets(s)].map((t) => t.replace(/\/+$/, '')));
    const mounted = (path: string) => targets.has(path);
    for (const path of s.build === undefined ? (declaredVolumes(s.image?.name, s.image?.tag) ?? []) : []) {
      if (mounted(path)) continue;
      const use = { service: s.name, target: path, readOnly: false, loc: s.image!.loc };
      for (const c of containerNames(model, s)) reports.set(`anon:${c}:${path}`, { name: '(anonymous)', fullName: undefined, kind: 'anonymous', usedBy: [use], fromImage: true });
    }
    const tmpfs = s.node.entries.find((e) => e.key === 'tmpfs');
    if (tmpfs) reports.set(`tmpfs-key:${s.name}`, { name: `tmpfs (${s.name})`, fullName: undefined, kind: 'tmpfs', usedBy: [{ service: s.name, target: '', readOnly: false, loc: tmpfs.keyLoc }] });
  }
  return [...reports.values()].map((r) => ({
    ...r,
    survivesDown: r.kind !== 'tmpfs',
    survivesDownV: r.kind === 'external' || r.kind === 'bind',
    note: r.fromImage ? `The image declares ${r.usedBy[0]?.target} a VOLUME and no mount covers it: ${NOTES.anonymous.charAt(0).toLowerCase()}${NOTES.anonymous.slice(1)} A recreate by \`up\` re-attaches it (unless \`up -V\`).` : NOTES[r.kind],
  }));
}
