/**
 * Small readers shared by the model builders: typed access to a located mapping that records a model
 * diagnostic when a value has a shape the schema let through but Compose cannot use.
 */
import type { ComposeDiagnostic } from './diagnostics.ts';
import { diagnostic } from './diagnostics.ts';
import type { Loc, MapNode, YamlNode } from './located.ts';
import { asMap, asSeq, entryOf, scalarText } from './located.ts';

export interface Reader {
  readonly diagnostics: ComposeDiagnostic[];
  /** The interpolation environment, for `KEY` entries without a value. */
  readonly env: Readonly<Record<string, string>>;
}

export function error(reader: Reader, message: string, loc: Loc, path?: string): void {
  reader.diagnostics.push(diagnostic('error', 'model', message, loc, path === undefined ? {} : { path }));
}

export function warning(reader: Reader, message: string, loc: Loc, path?: string): void {
  reader.diagnostics.push(diagnostic('warning', 'model', message, loc, path === undefined ? {} : { path }));
}

export function text(map: MapNode | undefined, key: string): string | undefined {
  return scalarText(entryOf(map, key)?.value);
}

export function bool(map: MapNode | undefined, key: string): boolean | undefined {
  const v = entryOf(map, key)?.value;
  if (v?.kind !== 'scalar') return undefined;
  if (typeof v.value === 'boolean') return v.value;
  if (typeof v.value === 'string') return v.value.toLowerCase() === 'true' ? true : v.value.toLowerCase() === 'false' ? false : undefined;
  return undefined;
}

export function num(map: MapNode | undefined, key: string): number | undefined {
  const v = entryOf(map, key)?.value;
  if (v?.kind !== 'scalar' || v.value === null || typeof v.value === 'boolean') return undefined;
  const n = Number(v.value);
  return Number.isFinite(n) ? n : undefined;
}

/** The span from a key to the end of its value: what a finding about a `key: value` line underlines. */
export function entryLoc(map: MapNode | undefined, key: string): Loc | undefined {
  const entry = entryOf(map, key);
  if (!entry) return undefined;
  const { keyLoc, value } = entry;
  if (keyLoc.file !== value.loc.file || value.loc.range.end.offset < keyLoc.range.start.offset) return keyLoc;
  return { file: keyLoc.file, range: { start: keyLoc.range.start, end: value.loc.range.end } };
}

export function valueLoc(map: MapNode | undefined, key: string): Loc | undefined {
  return entryOf(map, key)?.value.loc;
}

/** A string or a list of strings (`command`, `profiles`, `env_file` …) as a list. */
export function stringList(node: YamlNode | undefined): string[] {
  if (!node) return [];
  if (node.kind === 'scalar') return node.value === null ? [] : [String(node.value)];
  return (asSeq(node)?.items ?? []).map(scalarText).filter((s): s is string => s !== undefined);
}

export { asMap, asSeq, entryOf, scalarText };
