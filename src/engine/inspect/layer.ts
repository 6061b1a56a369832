/**
 * The image as the build simulation hands it to `docker history` and dive: its history entries in order,
 * oldest first, each with the filesystem changes of its layer. This is the contract between build/ (which
 * emits it) and inspect/ (which reads it).
 */

/**
 * One entry of a layer's diff, as it would appear in the layer tar.
 * - `file`, `symlink`, `dir`: added or changed (a changed file is stored whole: overlay copy-up).
 * - `whiteout`: `path` was deleted (stored as `.wh.<name>`); when `path` was a directory the whole directory
 *   goes with one entry.
 * - `opaque`: the directory `path` was replaced (`.wh..wh..opq`): nothing below it in lower layers shows.
 *
 * Real layer tars list every parent directory of a changed path as a `dir` entry (containerd's
 * ChangeWriter.includeParents); the analysis supplies missing ones, so emitting them is optional.
 */
export interface LayerChange {
  /** Absolute path in the image, `/usr/local/bin/node`. */
  readonly path: string;
  readonly kind: LayerChangeKind;
  /** Bytes the entry carries in the tar (file size; 0 for directories, symlinks, whiteouts, opaque markers). */
  readonly bytes: number;
}

export type LayerChangeKind = 'file' | 'dir' | 'symlink' | 'whiteout' | 'opaque';

/** One history entry of the image, with its layer when it has one. */
export interface ImageLayer {
  /** What `docker history` shows as CREATED BY: `RUN /bin/sh -c apt-get update # buildkit`, `COPY . . # buildkit`. */
  readonly createdBy: string;
  /** A history entry without a filesystem layer (ENV, CMD, LABEL, ...): shown as 0B, skipped by dive. */
  readonly emptyLayer: boolean;
  /** Uncompressed size of the layer (what `docker history` shows); 0 for an empty layer. */
  readonly bytes: number;
  /** Size of the layer as pushed to a registry (gzip), when known. */
  readonly compressedBytes?: number;
  /** The layer's diff; may be empty for base-image layers known only by size. */
  readonly changes: readonly LayerChange[];
  /** Dockerfile line of the instruction that made it; `undefined` for base-image entries. */
  readonly line: number | undefined;
  /** The instruction as written, when it comes from the Dockerfile. */
  readonly instruction?: string;
  /** Name or index of the stage it was built in. */
  readonly stage?: string;
  /** Inherited from the base image (`FROM`), rather than made by this Dockerfile. */
  readonly fromBase: boolean;
  /** COMMENT column; default `buildkit.dockerfile.v0` for this Dockerfile's steps, empty for base entries. */
  readonly comment?: string;
  /** When it was created (RFC 3339), for the CREATED column. */
  readonly created?: string;
}

/** Alias kept for the build folder's first draft of this contract. */
export type ImageLayerChange = LayerChange;

/** BuildKit's history comment for Dockerfile steps (dockerfile2llb convert.go `historyComment`). */
export const BUILDKIT_COMMENT = 'buildkit.dockerfile.v0';
