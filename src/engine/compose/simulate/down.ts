/**
 * `docker compose down [-v]` after an `up` of the same model (docker/compose `docs/reference/compose_down.md`):
 * stops and removes the containers (in reverse dependency order) and the project's networks; keeps volumes
 * unless `-v`, which removes the named volumes declared in the file and the containers' anonymous volumes;
 * never touches external networks and volumes, nor the host directories of bind mounts. A restart policy does
 * not bring back a container that `down` removed.
 */
import type { ComposeModel } from '../model-types.ts';
import { containerNames } from './networking.ts';
import type { DownReport } from './report-types.ts';
import { startOrder } from './start-order.ts';
import { volumeReports } from './volumes.ts';

export interface SimulateDownOptions {
  /** `down -v`. */
  readonly volumes?: boolean;
}

export function simulateDown(model: ComposeModel, options: SimulateDownOptions = {}): DownReport {
  const active = model.services.filter((s) => s.active);
  const byName = new Map(active.map((s) => [s.name, s]));
  const containers = startOrder(model.services)
    .reverse()
    .flatMap((name) => containerNames(model, byName.get(name)!));
  const networks = model.networks.filter((n) => !n.external).map((n) => n.fullName);
  const removedVolumes: string[] = [];
  const kept: { name: string; kind: DownReport['kept'][number]['kind']; why: string }[] = [];
  for (const v of volumeReports(model, active)) {
    const name = v.fullName ?? v.name;
    if (v.kind === 'tmpfs') continue;
    if (options.volumes && !v.survivesDownV) removedVolumes.push(v.kind === 'anonymous' ? `(anonymous volume of ${v.usedBy[0]?.service} at ${v.usedBy[0]?.target})` : name);
    else {
      const why =
        v.kind === 'external'
          ? 'external: not managed by this project'
          : v.kind === 'bind'
            ? 'a host directory: Docker never deletes your files'
            : options.volumes
              ? 'kept'
              : v.kind === 'anonymous'
                ? 'kept without -v, but the next up creates a new, empty one instead of reusing it'
                : 'volumes survive down; down -v would delete it';
      kept.push({ name, kind: v.kind, why });
    }
  }
  // Declared named volumes no active service uses are still the project's: `down -v` removes them too.
  for (const v of model.volumes) {
    if (v.external || removedVolumes.includes(v.fullName) || kept.some((k) => k.name === v.fullName)) continue;
    if (options.volumes) removedVolumes.push(v.fullName);
  }
  const notes = [
    'Containers are stopped (SIGTERM, then SIGKILL after the grace period) and removed; restart: always does not bring them back.',
    options.volumes
      ? 'With -v the data in the project\'s named and anonymous volumes is gone: the next up starts from empty volumes.'
      : kept.some((k) => k.kind === 'anonymous')
        ? 'Without -v every volume stays, and the next up finds the data of the named volumes where it left it — but not of the anonymous ones: new containers get new, empty anonymous volumes.'
        : 'Without -v every volume stays: the next up finds the data where it left it.',
    'Images are kept (down --rmi removes them).',
  ];
  return { removed: { containers, networks, volumes: removedVolumes }, kept, notes };
}
