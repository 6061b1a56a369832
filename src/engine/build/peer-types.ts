/**
 * The types this folder takes from its neighbours (context, catalog, inspect), in one place, so that a
 * neighbour's change touches one file here. Where a neighbour's type did not exist yet when the build
 * was written, a thin local stand-in is declared instead (listed in SIMULATION.md's notes).
 */
import type { BuildContext, ContextEntryInput } from '../context/types.ts';
import type { CatalogExtension } from '../catalog/image-lookup.ts';

export type { BuildContext, ContextEntryInput } from '../context/types.ts';

/** A context as built by `createContext`, or the entries to build it from. */
export type ContextInput = BuildContext | readonly ContextEntryInput[];

/** A team catalog extension (or several), as the catalog folder defines it. */
export type CatalogInput = CatalogExtension | readonly CatalogExtension[];

export type { ImageLayer, LayerChange, LayerChangeKind } from '../inspect/layer.ts';
export type { CatalogImage } from '../catalog/types.ts';
