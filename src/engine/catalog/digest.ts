// A stable fake manifest digest for a catalog record. BuildKit keys FROM on the manifest digest, not the tag
// (simulation-model.md §1.1), so the digest must stay the same while a record is unchanged and move when any of
// its figures, layers or config change — a hash of the record's canonical JSON does exactly that.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { CatalogImage, ImageRecord } from './types.ts';

const memo = new WeakMap<ImageRecord, CatalogImage>();

export function withDigest(record: ImageRecord): CatalogImage {
  const hit = memo.get(record);
  if (hit) return hit;
  const image: CatalogImage = { ...record, digest: digestOf(record) };
  memo.set(record, image);
  return image;
}

export function digestOf(value: unknown): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(value))))}`;
}

/** JSON with object keys sorted, so equal data always hashes equally. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
