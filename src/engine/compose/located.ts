/**
 * A compose file as a tree of plain values that remember where they were written. The YAML parser's nodes
 * are turned into this once (aliases and `<<` merge keys resolved, variables interpolated); merging several
 * files, schema validation and the typed model all read it, so every value can be traced to its file and range.
 */
import type { Range } from '../dockerfile/source-range.ts';

/** Where a value was written: the compose file and the range inside it. */
export interface Loc {
  readonly file: string;
  readonly range: Range;
}

/** Compose's merge tags: `!reset` removes the value, `!override` replaces it without merging. */
export type MergeTag = '!reset' | '!override';

interface NodeBase {
  readonly loc: Loc;
  readonly tag?: MergeTag;
}

export interface ScalarNode extends NodeBase {
  readonly kind: 'scalar';
  readonly value: string | number | boolean | null;
  /** The written text had variables (`${VAR}`, `$VAR`): the value came from the environment. */
  readonly interpolated?: true;
  /** Written in quotes: the value's text starts one character after `loc.range.start`. */
  readonly quoted?: true;
}

export interface SeqNode extends NodeBase {
  readonly kind: 'seq';
  readonly items: readonly YamlNode[];
}

export interface MapEntry {
  readonly key: string;
  readonly keyLoc: Loc;
  readonly value: YamlNode;
}

export interface MapNode extends NodeBase {
  readonly kind: 'map';
  readonly entries: readonly MapEntry[];
}

export type YamlNode = ScalarNode | SeqNode | MapNode;

/** A path into the tree: mapping keys and sequence indexes. */
export type PathSegment = string | number;

export function entryOf(map: MapNode | undefined, key: string): MapEntry | undefined {
  if (!map) return undefined;
  for (const entry of map.entries) if (entry.key === key) return entry;
  return undefined;
}

export function valueOf(map: MapNode | undefined, key: string): YamlNode | undefined {
  return entryOf(map, key)?.value;
}

export function asMap(node: YamlNode | undefined): MapNode | undefined {
  return node?.kind === 'map' ? node : undefined;
}

export function asSeq(node: YamlNode | undefined): SeqNode | undefined {
  return node?.kind === 'seq' ? node : undefined;
}

export function asScalar(node: YamlNode | undefined): ScalarNode | undefined {
  return node?.kind === 'scalar' ? node : undefined;
}

/** A scalar as Compose reads it into a string field (`fmt.Sprint`); undefined for null and collections. */
export function scalarText(node: YamlNode | undefined): string | undefined {
  if (node?.kind !== 'scalar' || node.value === null) return undefined;
  return String(node.value);
}

/** The tree as plain JSON values, for the schema validator. */
export function toPlain(node: YamlNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toPlain);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const entry of node.entries) out[entry.key] = toPlain(entry.value);
      return out;
    }
  }
}

/** The node at a path, and the last mapping entry on the way (to point at a key rather than its value). */
export function nodeAt(
  root: YamlNode,
  path: readonly PathSegment[],
): { readonly node: YamlNode; readonly entry: MapEntry | undefined; readonly depth: number } {
  let node = root;
  let entry: MapEntry | undefined;
  let depth = 0;
  for (const segment of path) {
    if (node.kind === 'map' && typeof segment === 'string') {
      const next = entryOf(node, segment);
      if (!next) break;
      entry = next;
      node = next.value;
    } else if (node.kind === 'seq' && typeof segment === 'number') {
      const next = node.items[segment];
      if (!next) break;
      entry = undefined;
      node = next;
    } else break;
    depth++;
  }
  return { node, entry, depth };
}

/** `services.api.ports[0]` — the path as the learner reads it in messages. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** Whether a path matches a dotted pattern where `*` is any one segment (`services.*.ports`). */
export function matchesPattern(pattern: string, path: readonly PathSegment[]): boolean {
  const parts = pattern.split('.');
  if (parts.length !== path.length) return false;
  return parts.every((p, i) => p === '*' || p === path[i]);
}
