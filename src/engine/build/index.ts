/**
 * `docker build`, simulated: stages, layers as filesystem diffs, BuildKit cache keys against the
 * previous build, an estimated time per step, a BuildKit-style progress log and the built image.
 * Public face of the folder. See SIMULATION.md for what is modelled and what is approximated.
 */
export type * from './types.ts';
export type { ImageLayer, LayerChange, LayerChangeKind, ContextInput, CatalogInput } from './peer-types.ts';
export {
  DEFAULT_PATH,
  findOnPath,
  isExecutableFile,
  loaderStatus,
  lookupPath,
  readGroups,
  readUsers,
  realPath,
  resolveUser,
  shebang,
} from './filesystem-query.ts';
export type { UserResolution } from './filesystem-query.ts';
export { walkFiles, treeBytes } from './fs-tree.ts';
export { emptyBuildCache, readBuildCache } from './cache-store.ts';
export { build } from './build.ts';
export { describeBases } from './stage-bases.ts';
export type { BaseImageInfo } from './stage-bases.ts';
export { normalizePath, dirname, basename, joinPath } from './fs-path.ts';
export { baseUtilityPresent } from './run/base-utilities.ts';
export { buildWith, MAX_INSTRUCTIONS } from './build.ts';
export type { CatalogView } from './catalog-view.ts';
