// Finding an image record for a reference: team catalogs first (later ones win), then the official records;
// exact tag → alias → near alias (same line, different patch/default) → a labelled estimate. Never an error.
import { withDigest } from './digest.ts';
import { estimateImage } from './image-estimate.ts';
import { OFFICIAL_IMAGES } from './data/images.ts';
import { parseReference, type ImageReference } from './reference.ts';
import { familiarOf, sameRepository } from './record-names.ts';
import type { CatalogImage, ImageRecord, Platform } from './types.ts';

export interface CatalogExtension {
  readonly kind: 'catalog-extension';
  /** Where it came from (a file name), for messages. */
  readonly file: string | undefined;
  readonly images: readonly ImageRecord[];
}

export interface LookupOptions {
  /** 'linux/amd64' (default) or another platform; availability is reported, figures stay amd64. */
  readonly platform?: string;
  /** Team catalogs: their images override and extend the official ones (a later catalog wins). */
  readonly extra?: readonly CatalogExtension[];
}

export type MatchKind = 'exact' | 'alias' | 'estimate';

export interface ImageLookup {
  readonly image: CatalogImage;
  readonly match: MatchKind;
  /** Why this is not an exact match, in words for the learner. */
  readonly note: string | undefined;
  /** The parsed reference, or undefined when the text was not a valid reference. */
  readonly ref: ImageReference | undefined;
  readonly platform: { readonly requested: string; readonly available: boolean | undefined };
  /** True when the record came from a team catalog. */
  readonly team: boolean;
}

const DEFAULT_PLATFORM = 'linux/amd64';

export function lookupImage(text: string, options: LookupOptions = {}): ImageLookup {
  const platform = normalizePlatform(options.platform);
  const parsed = parseReference(text);
  if (!parsed.ok) {
    const image = withDigest(estimateImage(undefined, text, OFFICIAL_IMAGES));
    return {
      image, match: 'estimate', ref: undefined, team: false, platform: { requested: platform, available: undefined },
      note: `"${clip(text)}" is not a valid image reference (${parsed.error}); showing a generic estimate`,
    };
  }
  const ref = parsed.ref;
  const found = findRecord(ref, options.extra ?? []);
  if (found) {
    const image = withDigest(found.record);
    return {
      image, match: found.match, note: found.note, ref, team: found.team,
      platform: { requested: platform, available: platformAvailable(found.record, platform) },
    };
  }
  const estimated = estimateImage(ref, text, [...teamImages(options.extra ?? []), ...OFFICIAL_IMAGES]);
  return {
    image: withDigest(estimated), match: 'estimate', ref, team: false,
    platform: { requested: platform, available: undefined },
    note: estimated.notes?.[0],
  };
}

interface Found {
  readonly record: ImageRecord;
  readonly match: 'exact' | 'alias';
  readonly note: string | undefined;
  readonly team: boolean;
}

function findRecord(ref: ImageReference, extra: readonly CatalogExtension[]): Found | undefined {
  const pools: { records: readonly ImageRecord[]; team: boolean }[] = [];
  for (let i = extra.length - 1; i >= 0; i--) pools.push({ records: extra[i]?.images ?? [], team: true });
  pools.push({ records: OFFICIAL_IMAGES, team: false });
  // Pass 1: exact tag anywhere (a team record overriding an official tag wins); then aliases; then near aliases.
  for (const pass of ['exact', 'alias', 'near'] as const) {
    for (const pool of pools) {
      for (const record of pool.records) {
        if (!sameRepository(record, ref)) continue;
        const hit = matchTag(record, ref, pass);
        if (hit) return { record, match: hit.match, note: hit.note, team: pool.team };
      }
    }
  }
  return undefined;
}

function matchTag(record: ImageRecord, ref: ImageReference, pass: 'exact' | 'alias' | 'near'):
  { match: 'exact' | 'alias'; note: string | undefined } | undefined {
  if (ref.scratch) return record.repository === 'scratch' && pass === 'exact' ? { match: 'exact', note: undefined } : undefined;
  const digestNote = ref.digest
    ? `pinned by digest ${ref.digest.slice(0, 19)}…; the catalog has no digest index, so the figures are those of the tag`
    : undefined;
  if (pass === 'exact' && record.tag === ref.tag) {
    return { match: ref.tagImplied || digestNote ? 'alias' : 'exact', note: digestNote ?? (ref.tagImplied ? `no tag given: Docker uses ${ref.familiar}` : undefined) };
  }
  if (pass === 'alias' && record.aliases.includes(ref.tag)) {
    return { match: 'alias', note: digestNote ?? `${ref.familiar} is the same image as ${familiarOf(record)}` };
  }
  if (pass === 'near') {
    const near = record.nearAliases?.find((n) => n.tag === ref.tag);
    if (near) return { match: 'alias', note: near.note };
  }
  return undefined;
}

function platformAvailable(record: ImageRecord, platform: string): boolean | undefined {
  if (record.repository === 'scratch') return true;
  const table = record.platforms as Readonly<Record<string, unknown>>;
  if (platform in table) return true;
  // The table lists what we checked; amd64 and arm64 are always checked, others are unknown.
  return platform === 'linux/amd64' || platform === 'linux/arm64' ? false : undefined;
}

function normalizePlatform(p: string | undefined): string {
  if (!p) return DEFAULT_PLATFORM;
  const t = p.trim().toLowerCase();
  if (t === 'amd64' || t === 'linux/x86_64' || t === 'x86_64') return 'linux/amd64';
  if (t === 'arm64' || t === 'linux/aarch64' || t === 'aarch64' || t === 'linux/arm64/v8') return 'linux/arm64';
  return t.includes('/') ? t : `linux/${t}`;
}

function teamImages(extra: readonly CatalogExtension[]): ImageRecord[] {
  return extra.flatMap((e) => e.images);
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

export { familiarOf, sameRepository };

// ---- listing (editor completions and hovers) -----------------------------------------------------------------

export interface ImageListing {
  /** 'python', 'gcr.io/distroless/static-debian12', 'registry.example.com/team/base' */
  readonly name: string;
  readonly repository: string;
  readonly tags: readonly { readonly tag: string; readonly title: string; readonly onDiskBytes: number; readonly team: boolean }[];
}

/** Every repository the catalog knows, with its tags and aliases, for completion lists. */
export function listImages(extra: readonly CatalogExtension[] = []): readonly ImageListing[] {
  const byRepo = new Map<string, { name: string; tags: Map<string, ImageListing['tags'][number]> }>();
  const add = (record: ImageRecord, team: boolean) => {
    const name = familiarOf(record).replace(/:[^:]*$/, '') || 'scratch';
    let entry = byRepo.get(record.repository);
    if (!entry) {
      entry = { name: record.repository === 'scratch' ? 'scratch' : name, tags: new Map() };
      byRepo.set(record.repository, entry);
    }
    for (const tag of [record.tag, ...record.aliases]) {
      if (tag === '' || (entry.tags.has(tag) && !team)) continue;
      entry.tags.set(tag, { tag, title: record.title, onDiskBytes: record.onDisk.bytes, team });
    }
  };
  for (const e of extra) for (const r of e.images) add(r, true);
  for (const r of OFFICIAL_IMAGES) add(r, false);
  return [...byRepo.entries()].map(([repository, v]) => ({ name: v.name, repository, tags: [...v.tags.values()] }));
}

/** Tags of one repository ('python', 'node', 'gcr.io/distroless/static-debian12'). */
export function listTags(name: string, extra: readonly CatalogExtension[] = []): readonly string[] {
  const parsed = parseReference(name.includes(':') ? name : `${name}:latest`);
  if (!parsed.ok) return [];
  const entry = listImages(extra).find((l) => l.repository === parsed.ref.repository);
  return entry ? entry.tags.map((t) => t.tag) : [];
}

export function isPlatform(p: string): p is Platform {
  return ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/386', 'linux/ppc64le', 'linux/s390x', 'linux/riscv64'].includes(p);
}
