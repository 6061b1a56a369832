import { describe, expect, it } from 'vitest';
import { imageTotals } from './image-totals.ts';
import type { ImageLayer } from './layer.ts';

const layer = (bytes: number, compressedBytes: number | undefined, emptyLayer = false): ImageLayer => ({
  createdBy: 'RUN x',
  emptyLayer,
  bytes,
  ...(compressedBytes !== undefined ? { compressedBytes } : {}),
  changes: [],
  line: undefined,
  fromBase: false,
});

describe('imageTotals', () => {
  const cases: readonly (readonly [name: string, layers: readonly ImageLayer[], disk: number, compressed: number | undefined])[] = [
    ['every layer known both ways', [layer(74_830_000, 28_230_000), layer(0, 0, true), layer(80_000_000, 30_000_000)], 154_830_000, 58_230_000],
    ['one compressed size unknown', [layer(100, 40), layer(50, undefined)], 150, undefined],
    ['no layers', [], 0, 0],
  ];
  it.each(cases)('%s', (_name, layers, disk, compressed) => {
    const t = imageTotals(layers);
    expect(t.diskBytes).toBe(disk);
    expect(t.compressedBytes).toBe(compressed);
  });

  it('counts only history entries with a layer', () => {
    expect(imageTotals([layer(1, 1), layer(0, undefined, true)])).toEqual({ layers: 1, diskBytes: 1, compressedBytes: 1, compressedLayers: 1 });
  });
});
