/**
 * What each FROM line builds on, for the editor's hover: the image after the global ARGs are applied, its size on
 * disk and to pull, C library, shell and default user, from the catalog, and whether those figures are an estimate.
 * A FROM that names an earlier stage, or `scratch`, is described as such.
 */
import { lookupImage } from '../catalog/index.ts';
import type { CatalogExtension } from '../catalog/index.ts';
import type { ParseResult } from '../dockerfile/index.ts';
import { expandDockerfile } from '../dockerfile/index.ts';

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

export function describeBases(
  dockerfile: ParseResult,
  options: { readonly buildArgs?: Readonly<Record<string, string>>; readonly catalog?: CatalogExtension | readonly CatalogExtension[] } = {},
): BaseImageInfo[] {
  const froms = dockerfile.instructions.filter((instruction) => instruction.kind === 'from');
  if (froms.length === 0) return [];
  const expansion = expandDockerfile(dockerfile, { ...(options.buildArgs && { buildArgs: options.buildArgs }) });
  const extra = options.catalog === undefined ? [] : Array.isArray(options.catalog) ? options.catalog : [options.catalog as CatalogExtension];
  return expansion.stages.map((stage, index): BaseImageInfo => {
    const line = froms[index]?.range.start.line ?? 0;
    const none = { diskBytes: 0, compressedBytes: 0, libc: 'none', shell: null, user: 'root', estimate: false, note: undefined, snapshot: undefined };
    if (stage.baseStage !== undefined) return { line, ref: stage.image, kind: 'stage', ...none };
    if (stage.image.toLowerCase() === 'scratch') return { line, ref: 'scratch', kind: 'scratch', ...none };
    const found = lookupImage(stage.image, { ...(stage.platform && { platform: stage.platform }), extra });
    const image = found.image;
    return {
      line,
      ref: stage.image,
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
