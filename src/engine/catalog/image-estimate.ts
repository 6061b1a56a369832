// Labelled estimates for images the catalog does not have. A known repository with an unknown tag borrows the
// nearest record of the same variant (alpine / slim / full, closest version); an unknown repository is guessed
// from its name and tag (-alpine → musl + apk, -slim → Debian slim, distroless → no shell, ...) plus an assumed
// application layer. Every figure produced here says it is an estimate and why.
import { familiarOf, sameRepository } from './record-names.ts';
import type { ImageReference } from './reference.ts';
import type { ImageRecord, LayerSpec } from './types.ts';

/** Assumed size of the application layers of an image we know nothing about (order of magnitude). */
export const UNKNOWN_APP_LAYER_BYTES = 100_000_000;
/** Gzip ratio used to turn estimated on-disk bytes into compressed bytes (repo-info images: 2.4–2.8). */
export const ESTIMATED_COMPRESSION_RATIO = 2.6;

type Variant = 'alpine' | 'slim' | 'full';

export function estimateImage(ref: ImageReference | undefined, text: string, pool: readonly ImageRecord[]): ImageRecord {
  if (ref && !ref.scratch) {
    const sameRepo = pool.filter((r) => sameRepository(r, ref));
    if (sameRepo.length > 0) return borrowFromSibling(ref, sameRepo);
  }
  return guessFromName(ref, text, pool);
}

function borrowFromSibling(ref: ImageReference, siblings: readonly ImageRecord[]): ImageRecord {
  const wanted = variantOf(ref.tag);
  const version = versionOf(ref.tag);
  const scored = siblings
    .map((r) => ({ r, score: (variantOf(r.tag) === wanted ? 0 : 1000) + versionDistance(version, versionOf(r.tag)) }))
    .sort((a, b) => a.score - b.score || (a.r.tag < b.r.tag ? -1 : 1));
  const template = (scored[0] as { r: ImageRecord }).r;
  const from = familiarOf(template);
  const note = `${ref.familiar} is not in the catalog; figures are borrowed from ${from} (same image line, ${
    variantOf(template.tag) === wanted ? 'same variant' : 'nearest variant'}) and are estimates`;
  return relabel(template, ref, note, `estimate: ${from} figures used for ${ref.familiar}`);
}

function relabel(template: ImageRecord, ref: ImageReference, note: string, why: string): ImageRecord {
  return {
    ...template,
    repository: ref.repository,
    tag: ref.tag,
    aliases: [],
    nearAliases: [],
    title: `${ref.familiar} (estimated from ${familiarOf(template)})`,
    platforms: {},
    compressed: { bytes: template.compressed.bytes, source: `${why}; ${template.compressed.source}`, confidence: 'estimate' },
    onDisk: { bytes: template.onDisk.bytes, source: `${why}; ${template.onDisk.source}`, confidence: 'estimate' },
    layers: { ...template.layers, source: `${why}; ${template.layers.source}`, confidence: 'estimate' },
    config: { ...template.config, source: `${why}; ${template.config.source}`, confidence: 'estimate' },
    notes: [note, ...(template.notes ?? [])],
    team: undefined,
  };
}

function guessFromName(ref: ImageReference | undefined, text: string, pool: readonly ImageRecord[]): ImageRecord {
  const name = (ref ? `${ref.repository}:${ref.tag}` : text.slice(0, 300)).toLowerCase();
  const pick = (repo: string, tag: string) => pool.find((r) => r.repository === repo && r.tag === tag);
  let base: ImageRecord | undefined;
  let reason: string;
  if (name.includes('distroless')) {
    const flavour = ['static', 'python3', 'nodejs22', 'java21', 'cc', 'base'].find((f) => name.includes(f)) ?? 'base';
    base = pick(`gcr.io/distroless/${flavour}-debian12`, 'latest');
    reason = `the name says distroless (${flavour}): no shell, no package manager`;
  } else if (name.includes('alpine')) {
    base = pick('docker.io/library/alpine', '3.24');
    reason = 'the name says alpine: musl libc, BusyBox ash, apk';
  } else if (/ubuntu|jammy|noble/.test(name)) {
    base = pick('docker.io/library/ubuntu', '24.04');
    reason = 'the name says Ubuntu: glibc, dash, apt';
  } else if (name.includes('busybox')) {
    base = pick('docker.io/library/busybox', 'latest');
    reason = 'the name says busybox';
  } else if (name.includes('trixie')) {
    base = pick('docker.io/library/debian', 'trixie-slim');
    reason = 'the tag says trixie: Debian 13, glibc, dash, apt';
  } else {
    base = pick('docker.io/library/debian', 'bookworm-slim');
    reason = name.includes('slim')
      ? 'the tag says slim: Debian slim, glibc, dash, apt'
      : 'nothing in the name says otherwise, so a Debian-slim base (glibc, dash, apt) is assumed — the most common base';
  }
  const template = base ?? (pool[0] as ImageRecord);
  const label = ref ? ref.familiar : text.length > 60 ? `${text.slice(0, 57)}…` : text;
  const appBytes = UNKNOWN_APP_LAYER_BYTES;
  const appLayer: LayerSpec = {
    createdBy: `(layers of ${label}: unknown to the catalog, ≈${Math.round(appBytes / 1e6)} MB assumed)`,
    emptyLayer: false,
    bytes: appBytes,
    compressedBytes: Math.round(appBytes / ESTIMATED_COMPRESSION_RATIO),
  };
  const note = `${label} is not in the catalog: estimated as ${familiarOf(template)} (${reason}) plus ≈${
    Math.round(appBytes / 1e6)} MB of application layers. Add it to a team catalog for real figures.`;
  const why = `estimate: ${label} unknown; ${familiarOf(template)} + ${Math.round(appBytes / 1e6)} MB assumed`;
  return {
    ...template,
    repository: ref ? ref.repository : '(invalid reference)',
    repositoryAliases: [],
    tag: ref ? ref.tag : '',
    aliases: [],
    nearAliases: [],
    title: `${label} (not in the catalog — estimate)`,
    platforms: {},
    compressed: { bytes: template.compressed.bytes + appLayer.compressedBytes, source: why, confidence: 'estimate' },
    onDisk: { bytes: template.onDisk.bytes + appBytes, source: why, confidence: 'estimate' },
    layers: { items: [...template.layers.items, appLayer], source: why, confidence: 'estimate' },
    config: { ...template.config, source: `estimate: ENTRYPOINT/CMD of ${label} unknown; ${familiarOf(template)}'s config shown`, confidence: 'estimate' },
    runtimes: [],
    notes: [note],
    team: undefined,
  };
}

export function variantOf(tag: string): Variant {
  if (tag.includes('alpine')) return 'alpine';
  if (tag.includes('slim')) return 'slim';
  return 'full';
}

/** Leading dotted version of a tag as numbers ('3.12-slim' → [3, 12]); [] when the tag has none. */
export function versionOf(tag: string): number[] {
  const m = /^v?(\d+(?:\.\d+)*)/.exec(tag);
  return m ? (m[1] as string).split('.').map(Number) : [];
}

function versionDistance(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 0 : 500;
  let d = 0;
  for (let i = 0; i < 3; i++) d += Math.abs((a[i] ?? 0) - (b[i] ?? 0)) * 10 ** (2 - i);
  return Math.min(d, 499);
}
