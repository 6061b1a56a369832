// The catalog's public face: data about base images and packages, with sources, and the lookups the build
// simulation, the run simulation and the editor (hovers, completions) use. Nothing here throws: unknown images
// and packages come back as labelled estimates, bad team files as error values.
import { ECOSYSTEM, type EcosystemCosts } from './data/ecosystem.ts';
import type { Bytes } from './types.ts';

export type * from './types.ts';
export type * from './package-types.ts';
export { TOOL_NAMES } from './types.ts';

export { parseReference, normalizeRepository, type ImageReference, type ReferenceResult } from './reference.ts';
export { parseReference as normalizeReference } from './reference.ts';

export {
  lookupImage, listImages, listTags, familiarOf,
  type CatalogExtension, type ImageListing, type ImageLookup, type LookupOptions, type MatchKind,
} from './image-lookup.ts';
export { UNKNOWN_APP_LAYER_BYTES, ESTIMATED_COMPRESSION_RATIO } from './image-estimate.ts';
export { lookupPath, pathExists, WELL_KNOWN_PATHS, type PathAnswer } from './fs-query.ts';
export { digestOf } from './digest.ts';
export { OFFICIAL_IMAGES } from './data/images.ts';

export {
  lookupPackages, packageName, UNKNOWN_APT_INSTALLED_BYTES, UNKNOWN_APK_INSTALLED_BYTES, type PackageLookupOptions,
} from './package-lookup.ts';
export {
  lookupPip, lookupNpm, lookupBuildOutput, pipName, npmName,
  type PipClosure, type PipResolved, type NpmLookup, type NpmResolved,
} from './language-lookup.ts';

export { librariesOfPackage, libraryProvider, baseShipsLibrary, pipExtension, sonameForLink } from './shared-library-lookup.ts';
export { SHARED_LIBRARIES, SHARED_LIBRARIES_SOURCE } from './data/shared-libraries.ts';
export { basePackages } from './package-lookup.ts';
export { goBinaryBytes, goReleaseGrowth, type GoBinaryQuery } from './go-binary.ts';
export { GO_BINARY_SIZES } from './data/builds.ts';

export { parseCatalogExtension, type ExtensionError, type ExtensionResult } from './extension.ts';
export { CatalogExtensionSchema, TeamImageSchema, type CatalogExtensionInput, type TeamImageInput } from './extension-schema.ts';

export { ECOSYSTEM, type EcosystemCosts };

/** /var/lib/apt/lists after `apt-get update` for a package release (Ubuntu releases share one estimate). */
export function aptListsBytes(release: string | undefined): Bytes {
  const lists = ECOSYSTEM.apt.listsBytes;
  if (release === 'trixie' || release === 'forky' || release === 'sid') return lists.trixie as Bytes;
  if (release && /^(bionic|focal|jammy|noble|oracular|plucky|questing|resolute)$/.test(release)) return lists.ubuntu as Bytes;
  return lists.bookworm as Bytes;
}
