/**
 * The built image from the target stage: config, filesystem, layers (base image's first), sizes, dive's
 * efficiency and waste (computed by the inspect folder exactly as dive computes them), history rows.
 */
import type { ImageLayer } from '../inspect/layer.ts';
import { analyzeEfficiency } from '../inspect/efficiency.ts';
import type { BuiltImage, HistoryRow } from './types.ts';
import type { StageRun } from './stage-run.ts';
import { readGroups, readUsers } from './filesystem-query.ts';
import { recordOf } from './cache-store.ts';

export function assembleImage(run: StageRun): BuiltImage {
  const own: ImageLayer[] = run.layers.map((l, i) => ({ ...l, compressedBytes: run.compressed.get(i) ?? (l.emptyLayer ? 0 : l.compressedBytes) }));
  const layers = [...run.inherited, ...own];
  let diskBytes = 0;
  let compressedBytes = 0;
  for (let k = 0; k < layers.length; k++) {
    const l = layers[k]!;
    if (l.emptyLayer) continue;
    diskBytes += l.bytes;
    compressedBytes += l.compressedBytes ?? Math.round(l.bytes / 2.6);
  }
  const efficiency = analyzeEfficiency(layers);
  const c = run.config;
  const history: HistoryRow[] = layers.map((l) => ({
    createdBy: l.createdBy,
    bytes: l.emptyLayer ? 0 : l.bytes,
    emptyLayer: l.emptyLayer,
    comment: l.comment ?? '',
    line: l.line,
  }));
  const estimates = [
    'compressed size: an estimate from a gzip ratio per kind of content (text, binaries, already-compressed data)',
    ...run.estimates,
  ];
  return {
    stage: run.name,
    baseImage: run.baseImage,
    platform: run.platform,
    os: run.os,
    config: {
      entrypoint: c.entrypoint,
      cmd: c.cmd,
      entrypointOrigin: c.entrypointOrigin,
      cmdOrigin: c.cmdOrigin,
      env: recordOf(c.env),
      workdir: c.workdir === '' ? '/' : c.workdir,
      user: c.user,
      exposedPorts: c.exposedPorts,
      stopSignal: c.stopSignal,
      healthcheck: c.healthcheck,
      shell: c.shell,
      labels: recordOf(c.labels),
      volumes: c.volumes,
      onbuild: c.onbuild,
    },
    filesystem: run.fs.root,
    layers,
    history,
    diskBytes,
    compressedBytes,
    wastedBytes: efficiency.wastedBytes,
    efficiency: efficiency.score,
    users: readUsers(run.fs.root),
    groups: readGroups(run.fs.root),
    estimates,
  };
}
