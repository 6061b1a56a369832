/**
 * Compressed (registry, gzip) size of the layers this Dockerfile makes: an estimate per kind of content.
 * Base-image layers use the catalog's measured compressed sizes instead.
 *
 * Ratios (uncompressed / gzip): text ≈ 4 (source, JSON, lockfiles: gzip -6 typically 3–5×), binaries ≈ 2.2
 * (ELF executables and shared libraries), already-compressed data 1.0 (archives, images, wheels), mixed ≈
 * 2.6 — the ratio whole Debian/Alpine images show (debian 116.6/48.5 = 2.40, python 1020/380.6 = 2.68, node
 * alpine 167.6/60.6 = 2.77: simulation-model.md §3). Every tar entry also costs a 512-byte header.
 */
import type { ContentClass } from './types.ts';
import type { LayerEntry } from './layer-diff.ts';

export const GZIP_RATIO: Readonly<Record<ContentClass, number>> = {
  text: 4,
  binary: 2.2,
  compressed: 1,
  mixed: 2.6,
};

const TAR_HEADER = 512;

export function compressedLayerBytes(entries: readonly LayerEntry[]): number {
  let total = 0;
  for (const e of entries) {
    total += TAR_HEADER / 4; // headers compress well
    if (e.node?.kind === 'file') total += e.bytes / GZIP_RATIO[e.node.content];
  }
  return Math.round(total);
}
