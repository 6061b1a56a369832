/**
 * An image's size two ways: on disk (uncompressed, what `docker images` shows) and compressed (what a registry
 * push or pull transfers). The compressed total is given only when every layer carries its compressed size.
 */
import type { ImageLayer } from './layer.ts';

export interface ImageTotals {
  /** Filesystem layers (history entries with a layer). */
  readonly layers: number;
  readonly diskBytes: number;
  /** `undefined` when some layer's compressed size is unknown. */
  readonly compressedBytes: number | undefined;
  /** How many layers carry a compressed size. */
  readonly compressedLayers: number;
}

export function imageTotals(history: readonly ImageLayer[]): ImageTotals {
  let layers = 0;
  let diskBytes = 0;
  let compressed = 0;
  let compressedLayers = 0;
  for (const layer of history) {
    if (layer.emptyLayer) continue;
    layers++;
    diskBytes += layer.bytes;
    if (layer.compressedBytes !== undefined) {
      compressed += layer.compressedBytes;
      compressedLayers++;
    }
  }
  return {
    layers,
    diskBytes,
    compressedBytes: compressedLayers === layers ? compressed : undefined,
    compressedLayers,
  };
}
