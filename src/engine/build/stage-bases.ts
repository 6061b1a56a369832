/**
 * What each FROM line builds on, for the editor's hover: the image as the build resolved it (global ARGs applied),
 * its size on disk and to pull, C library, shell and default user, from the catalog, and whether those figures are
 * an estimate. A FROM that names an earlier stage, or `scratch`, is described as such. Read from the build's stage
 * reports, so nothing is expanded twice.
 */
import { lookupImage } from '../catalog/index.ts';
import { catalogExtensions } from './catalog-adapter.ts';
import type { CatalogInput } from './peer-types.ts';
import type { StageReport } from './types.ts';

export interface BaseImageInfo {
  /** Line of the FROM instruction. */
  readonly line: number;
  /** The image as BuildKit resolves it (`node:22-alpine` for `node:${V}-alpine`), or the stage it builds on. */
  readonly ref: string;
  readonly kind: 'image' | 'stage' | 'scratch';
  readonly diskBytes: number;
  readonly compressedBytes: number;
  readonly libc: string;
  /** `/bin/sh` as which shell, or `null` when the image has none. */
  readonly shell: string | null;
  readonly user: string;
  /** The catalog has no record of this exact image: the figures are a labelled estimate (`note` says why). */
  readonly estimate: boolean;
  readonly note: string | undefined;
  /** When the catalog's figures were taken (YYYY-MM). */
  readonly snapshot: string | undefined;
}

const NOTHING = { diskBytes: 0, compressedBytes: 0, libc: 'none', shell: null, user: 'root', estimate: false, note: undefined, snapshot: undefined } as const;

export function describeBases(stages: readonly StageReport[], catalog?: CatalogInput): BaseImageInfo[] {
  const extra = catalogExtensions(catalog);
  return stages.map((stage): BaseImageInfo => {
    const { line, image: ref } = stage;
    if (stage.baseStage !== undefined) return { line, ref, kind: 'stage', ...NOTHING };
    if (ref.toLowerCase() === 'scratch') return { line, ref: 'scratch', kind: 'scratch', ...NOTHING };
    const found = lookupImage(ref, { extra });
    const image = found.image;
    return {
      line,
      ref,
      kind: 'image',
      diskBytes: image.onDisk.bytes,
      compressedBytes: Math.round(image.compressed.bytes),
      libc: image.os.libc,
      shell: image.os.shell?.impl ?? null,
      user: image.config.user || 'root',
      estimate: found.match === 'estimate',
      note: found.note,
      snapshot: image.snapshot,
    };
  });
}
