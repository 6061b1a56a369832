/**
 * FROM: a stage starts from an image (a step of its own, keyed on the image's digest; pulled unless the
 * previous build had it), from `scratch` (the empty state, no step — convert.go counts no FROM step for
 * it), or from an earlier stage (its filesystem, config and history; no step either).
 */
import type { Stage } from '../../dockerfile/ast.ts';
import { parseReference } from '../../catalog/reference.ts';
import type { ImageLayer } from '../../inspect/layer.ts';
import type { BuildSession } from '../session.ts';
import { decide } from '../session.ts';
import type { StageNode } from '../stage-graph.ts';
import type { ConfigState, StageRun } from '../stage-run.ts';
import { copyConfig, stepPrefix } from '../stage-run.ts';
import type { BaseImage } from '../base-image.ts';
import { catalogImage, scratchImage, unknownImage } from '../base-image.ts';
import { cloneDir, newFsState } from '../fs-tree.ts';
import { fromKey, scratchKey } from '../cache-key.ts';
import { commitStep, failStep } from './commit.ts';
import { displayDigest } from '../hash.ts';
import type { Platform } from '../types.ts';
import { newEnvTracker } from '../run-env.ts';

/** Extracting a pulled layer onto disk (estimate: ~400 MB/s of uncompressed data). */
const EXTRACT_BYTES_PER_SECOND = 400e6;

function stepTotal(stage: Stage, countsFrom: boolean): number {
  let n = countsFrom ? 1 : 0;
  for (const i of stage.instructions) if (i.kind === 'run' || i.kind === 'copy' || i.kind === 'add' || i.kind === 'workdir') n++;
  return n;
}

function platformOf(text: string | undefined, fallback: Platform): Platform {
  if (text === undefined || text === '') return fallback;
  const [os = 'linux', arch = fallback.arch, variant] = text.split('/');
  return { os, arch, ...(variant !== undefined ? { variant } : {}) };
}

function configFrom(base: BaseImage): ConfigState {
  const c = base.config;
  const inherited = (args: readonly string[] | undefined) =>
    args === undefined ? undefined : { form: 'exec' as const, script: undefined, shell: undefined, line: undefined, inherited: true };
  return {
    env: new Map(c.env),
    cmd: c.cmd,
    entrypoint: c.entrypoint,
    cmdOrigin: inherited(c.cmd),
    entrypointOrigin: inherited(c.entrypoint),
    workdir: c.workdir,
    user: c.user,
    shell: c.shell,
    shellSet: false,
    stopSignal: c.stopSignal,
    exposedPorts: [...c.exposedPorts],
    labels: new Map(c.labels),
    volumes: [],
    onbuild: [],
    healthcheck: undefined,
  };
}

export function startStage(session: BuildSession, node: StageNode, stage: Stage): StageRun | undefined {
  const expandedStage = session.expanded.get(stage.from);
  const platformText = expandedStage?.words.find((w) => w.field === 'platform')?.value;
  const platform = platformOf(platformText, session.platform);
  const pText = `${platform.os}/${platform.arch}${platform.variant ? `/${platform.variant}` : ''}`;
  const make = (base: { fs: ReturnType<typeof newFsState>; inherited: readonly ImageLayer[]; config: ConfigState; os: StageRun['os']; baseImage: string; knows: boolean; key: string; missed: boolean }, countsFrom: boolean): StageRun => ({
    node,
    stage,
    name: node.displayName,
    fs: base.fs,
    inherited: base.inherited,
    layers: [],
    compressed: new Map(),
    config: base.config,
    os: base.os,
    platform,
    baseImage: base.baseImage,
    knowsContents: base.knows,
    key: base.key,
    chainMissed: base.missed,
    buildArgs: new Map(),
    envTracker: newEnvTracker(),
    cmdSet: false,
    stepIndex: 0,
    stepTotal: stepTotal(stage, countsFrom),
    seconds: 0,
    estimates: [],
  });

  if (node.base.kind === 'stage') {
    const base = session.runs.get(node.base.index);
    if (base === undefined) return undefined;
    const config = copyConfig(base.config);
    config.cmdOrigin = config.cmdOrigin && { ...config.cmdOrigin, inherited: true };
    config.entrypointOrigin = config.entrypointOrigin && { ...config.entrypointOrigin, inherited: true };
    const own = base.layers.map((l, i) => ({ ...l, compressedBytes: base.compressed.get(i) ?? l.compressedBytes ?? 0 }));
    const run = make({ fs: newFsState(cloneDir(base.fs.root)), inherited: [...base.inherited, ...own], config, os: base.os, baseImage: base.baseImage, knows: base.knowsContents, key: base.key, missed: base.chainMissed }, false);
    run.estimates.push(...base.estimates);
    return run;
  }
  if (node.base.kind === 'scratch') {
    const base = scratchImage();
    return make({ fs: newFsState(base.root), inherited: [], config: configFrom(base), os: base.os, baseImage: 'scratch', knows: true, key: scratchKey(pText), missed: false }, false);
  }

  const ref = node.base.ref;
  const parsed = parseReference(ref);
  if (!parsed.ok) {
    const run = make({ fs: newFsState(), inherited: [], config: configFrom(scratchImage()), os: scratchImage().os, baseImage: ref, knows: true, key: '', missed: true }, true);
    failStep(session, run, {
      kind: 'from',
      instruction: stage.from,
      name: undefined,
      key: '',
      logs: [],
      vertexError: parsed.error,
      message: `failed to solve: failed to parse stage name "${ref}": invalid reference format: ${parsed.error}`,
      explanation: `"${ref}" is not a valid image reference (names are lower case: name[:tag][@digest]).`,
      seconds: 0,
      estimates: [],
    });
    return undefined;
  }
  const found = session.catalog.image(ref, pText);
  const base = found !== undefined ? catalogImage(found, ref, platform.arch) : unknownImage(ref, platform);
  const run = make({ fs: newFsState(base.root), inherited: base.layers, config: configFrom(base), os: base.os, baseImage: ref, knows: base.known, key: '', missed: false }, true);
  run.estimates.push(...base.estimates);
  const key = fromKey(base.digest, pText);
  const canonical = parsed.ref.canonical.includes('@') ? parsed.ref.canonical : `${parsed.ref.canonical}@${base.digest.startsWith('sha256:') ? base.digest : displayDigest(base.digest)}`;
  const record = { key, parent: '', stage: run.name, kind: 'from' as const, text: ref, image: parsed.ref.familiar, digest: base.digest };
  const decision = decide(session, run, key, record, false);
  const pulled = session.prev.images[parsed.ref.familiar] === base.digest;
  const bandwidth = session.catalog.figures.downloadBytesPerSecond;
  const statuses: string[] = [`resolve ${canonical} done`];
  let seconds = 0.1;
  if (!pulled) {
    base.layers.forEach((l, i) => {
      if (l.emptyLayer || l.bytes === 0) return;
      const compressed = l.compressedBytes ?? Math.round(l.bytes / 2.6);
      const t = compressed / bandwidth;
      const x = l.bytes / EXTRACT_BYTES_PER_SECOND;
      const id = displayDigest(`${base.digest}:${i}`);
      statuses.push(`${id} ${mbText(compressed)} / ${mbText(compressed)} ${t.toFixed(1)}s done`);
      statuses.push(`extracting ${id} ${x.toFixed(1)}s done`);
      seconds += t + x;
    });
  }
  session.images.set(parsed.ref.familiar, base.digest);
  const name = `${stepPrefix(run)}FROM ${canonical}`;
  commitStep(session, run, {
    kind: 'from',
    instruction: stage.from,
    name,
    key,
    chainKey: key,
    record,
    decision: decision.status === 'cached' && !pulled ? { status: 'run', reason: 'base image not pulled yet' } : decision,
    seconds,
    entries: undefined,
    createdBy: undefined,
    logs: [],
    statuses,
    estimates: [...base.estimates],
    usesContext: false,
  });
  return run;
}

/** go-units style `28.23MB`. */
function mbText(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)}GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(2)}MB`;
  return `${(bytes / 1e3).toFixed(2)}kB`;
}
