/**
 * A team's own base images: every `content/catalog/*.json` is bundled at build time and validated with the
 * engine's catalog schema (`parseCatalogExtension`, src/engine/catalog). A file with a mistake fails the site build
 * (through `validateTeamCatalogs`, called by the catalog page) with the file, the field, what was expected and what
 * was found. At run time the engine's workers read `teamCatalog()` and pass it to the engine, so the team's images
 * get sizes, libc, shell and users like the official ones.
 */
import { parseCatalogExtension } from '../../engine/catalog/index.ts';
import type { CatalogExtension, ExtensionError } from '../../engine/catalog/index.ts';

const FILES = import.meta.glob<unknown>('/content/catalog/*.json', { eager: true, import: 'default' });

export interface CatalogFileResult {
  readonly file: string;
  readonly catalog: CatalogExtension | undefined;
  readonly errors: readonly ExtensionError[];
}

let parsed: readonly CatalogFileResult[] | undefined;

export function teamCatalogFiles(files: Readonly<Record<string, unknown>> = FILES): readonly CatalogFileResult[] {
  const read = (): CatalogFileResult[] =>
    Object.entries(files)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([path, json]) => {
        const file = path.replace(/^\//, '');
        const result = parseCatalogExtension(json, file);
        return result.ok ? { file, catalog: result.catalog, errors: [] } : { file, catalog: undefined, errors: result.errors };
      });
  if (files !== FILES) return read();
  parsed ??= read();
  return parsed;
}

/** Every valid team catalog, for the engine's `catalog` input; `undefined` when there are none. */
export function teamCatalog(): readonly CatalogExtension[] | undefined {
  const catalogs = teamCatalogFiles().flatMap((f) => (f.catalog ? [f.catalog] : []));
  return catalogs.length > 0 ? catalogs : undefined;
}

/** Throws (failing the site build) when a team catalog file has mistakes; returns the files otherwise. */
export function validateTeamCatalogs(files?: Readonly<Record<string, unknown>>): readonly CatalogFileResult[] {
  const results = teamCatalogFiles(files);
  const bad = results.filter((r) => r.errors.length > 0);
  if (bad.length > 0) {
    const lines = bad.flatMap((r) => r.errors.map((e) => `  ${r.file}: ${e.message}`));
    throw new Error(`Team catalog files have mistakes (see docs/workshops.md, "Your team's base images"):\n${lines.join('\n')}`);
  }
  return results;
}
