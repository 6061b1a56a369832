/**
 * Merging compose files (and a file's documents) in order, following compose-go `override/merge.go` and
 * `override/uncity.go` (Apache-2.0) and the spec's merge rules (compose-spec `13-merge.md`): mappings merge key
 * by key, sequences append, `command`/`entrypoint`/`healthcheck.test` are replaced, `environment`/`labels` …
 * become `K=V` lists and are de-duplicated by key (later wins), `depends_on`/`networks` become mappings,
 * `ports` are unique by their spec, `volumes`/`secrets`/`configs` by target; `!reset` removes a value and
 * `!override` replaces it whole.
 */
import type { ComposeDiagnostic } from './diagnostics.ts';
import { diagnostic } from './diagnostics.ts';
import type { Loc, MapEntry, MapNode, PathSegment, ScalarNode, SeqNode, YamlNode } from './located.ts';
import { formatPath, matchesPattern } from './located.ts';
import { enforceUnicity } from './unicity.ts';

type Merger = (base: YamlNode, over: YamlNode, path: readonly PathSegment[], out: ComposeDiagnostic[]) => YamlNode;

function spanLoc(a: Loc, b: Loc): Loc {
  return a.file === b.file ? { file: a.file, range: { start: a.range.start, end: b.range.end } } : a;
}

const scalar = (value: string, loc: Loc, from?: YamlNode): ScalarNode =>
  from?.kind === 'scalar' && from.interpolated ? { kind: 'scalar', value, loc, interpolated: true } : { kind: 'scalar', value, loc };

/** compose-go `convertIntoSequence`: a mapping becomes sorted `K=V` strings (`K` alone for null). */
function toSequence(node: YamlNode): YamlNode[] {
  if (node.kind === 'seq') return [...node.items];
  if (node.kind === 'scalar') return typeof node.value === 'string' ? [node] : [];
  const out: ScalarNode[] = [];
  for (const entry of node.entries) {
    if (entry.value.tag === '!reset') continue;
    const loc = spanLoc(entry.keyLoc, entry.value.loc);
    const v = entry.value;
    if (v.kind === 'scalar' && v.value === null) out.push(scalar(entry.key, loc));
    else if (v.kind === 'seq') for (const item of v.items) out.push(scalar(`${entry.key}=${item.kind === 'scalar' ? String(item.value) : ''}`, loc, item));
    else out.push(scalar(`${entry.key}=${v.kind === 'scalar' ? String(v.value) : ''}`, loc, v));
  }
  return out.sort((a, b) => (String(a.value) < String(b.value) ? -1 : String(a.value) > String(b.value) ? 1 : 0));
}

const resetKeys = (node: YamlNode): Set<string> =>
  new Set(node.kind === 'map' ? node.entries.filter((e) => e.value.tag === '!reset').map((e) => e.key) : []);

const mergeToSequence: Merger = (base, over) => {
  const removed = resetKeys(over);
  const kept = toSequence(base).filter((item) => item.kind !== 'scalar' || !removed.has(String(item.value).split('=')[0]!));
  return { kind: 'seq', items: [...kept, ...toSequence(over)], loc: over.loc };
};

const mergeExtraHosts: Merger = (base, over) => {
  const right = toSequence(base);
  const seen = new Set(right.map((n) => (n.kind === 'scalar' ? String(n.value) : '')));
  const left = toSequence(over).filter((n) => !(n.kind === 'scalar' && seen.has(String(n.value))));
  return { kind: 'seq', items: [...right, ...left], loc: over.loc };
};

const override: Merger = (_base, over) => over;

/** compose-go `convertIntoMapping`: a list of names becomes a mapping of the names to `defaults`. */
function toMapping(node: YamlNode, defaults: ((loc: Loc) => YamlNode) | undefined): MapNode {
  if (node.kind === 'map') return node;
  const entries: MapEntry[] = [];
  if (node.kind === 'seq') {
    for (const item of node.items) {
      if (item.kind !== 'scalar' || item.value === null) continue;
      entries.push({ key: String(item.value), keyLoc: item.loc, value: defaults ? defaults(item.loc) : { kind: 'scalar', value: null, loc: item.loc } });
    }
  }
  return { kind: 'map', entries, loc: node.loc };
}

const dependsOnDefaults = (loc: Loc): MapNode => ({
  kind: 'map',
  loc,
  entries: [
    { key: 'condition', keyLoc: loc, value: { kind: 'scalar', value: 'service_started', loc } },
    { key: 'required', keyLoc: loc, value: { kind: 'scalar', value: true, loc } },
  ],
});

const mergeDependsOn: Merger = (base, over, path, out) =>
  mergeMappings(toMapping(base, dependsOnDefaults), toMapping(over, dependsOnDefaults), path, out);
const mergeAsMapping: Merger = (base, over, path, out) => mergeMappings(toMapping(base, undefined), toMapping(over, undefined), path, out);

const mergeBuild: Merger = (base, over, path, out) => {
  const asMap = (n: YamlNode): MapNode =>
    n.kind === 'map' ? n : { kind: 'map', loc: n.loc, entries: [{ key: 'context', keyLoc: n.loc, value: n }] };
  return mergeMappings(asMap(base), asMap(over), path, out);
};

const mergeLogging: Merger = (base, over, path, out) => {
  if (base.kind !== 'map' || over.kind !== 'map') return over;
  const driver = (m: MapNode) => {
    const v = m.entries.find((e) => e.key === 'driver')?.value;
    return v?.kind === 'scalar' ? v.value : undefined;
  };
  const d = driver(over);
  const o = driver(base);
  return d === o || d === undefined || o === undefined ? mergeMappings(base, over, path, out) : over;
};

const SPECIAL: readonly (readonly [string, Merger])[] = [
  ['networks.*.labels', mergeToSequence],
  ['volumes.*.labels', mergeToSequence],
  ['services.*.annotations', mergeToSequence],
  ['services.*.build', mergeBuild],
  ['services.*.build.args', mergeToSequence],
  ['services.*.build.additional_contexts', mergeToSequence],
  ['services.*.build.extra_hosts', mergeExtraHosts],
  ['services.*.build.labels', mergeToSequence],
  ['services.*.command', override],
  ['services.*.depends_on', mergeDependsOn],
  ['services.*.deploy.labels', mergeToSequence],
  ['services.*.dns', mergeToSequence],
  ['services.*.dns_opt', mergeToSequence],
  ['services.*.dns_search', mergeToSequence],
  ['services.*.entrypoint', override],
  ['services.*.env_file', mergeToSequence],
  ['services.*.label_file', mergeToSequence],
  ['services.*.environment', mergeToSequence],
  ['services.*.extra_hosts', mergeExtraHosts],
  ['services.*.healthcheck.test', override],
  ['services.*.labels', mergeToSequence],
  ['services.*.logging', mergeLogging],
  ['services.*.models', mergeAsMapping],
  ['services.*.networks', mergeAsMapping],
  ['services.*.sysctls', mergeToSequence],
  ['services.*.tmpfs', mergeToSequence],
  ['services.*.ulimits.*', override],
];


function mergeNodes(base: YamlNode, over: YamlNode, path: readonly PathSegment[], out: ComposeDiagnostic[]): YamlNode {
  for (const [pattern, merger] of SPECIAL) if (matchesPattern(pattern, path)) return merger(base, over, path, out);
  if (over.kind === 'scalar' && over.value === null) return base;
  if (base.kind === 'map') {
    if (over.kind !== 'map') {
      out.push(diagnostic('error', 'merge', `cannot override ${formatPath(path)}`, over.loc, { path: formatPath(path) }));
      return base;
    }
    return mergeMappings(base, over, path, out);
  }
  if (base.kind === 'seq') {
    if (over.kind !== 'seq') {
      out.push(diagnostic('error', 'merge', `cannot override ${formatPath(path)}`, over.loc, { path: formatPath(path) }));
      return base;
    }
    return { kind: 'seq', items: [...base.items, ...over.items], loc: over.loc };
  }
  return over;
}

/** Removes `!reset` values and `!override` tags from a tree that is not merged over anything. */
function strip(node: YamlNode): YamlNode {
  if (node.kind === 'map') {
    const entries = node.entries.filter((e) => e.value.tag !== '!reset').map((e) => ({ ...e, value: strip(e.value) }));
    return { kind: 'map', entries, loc: node.loc };
  }
  if (node.kind === 'seq') return { kind: 'seq', items: node.items.filter((i) => i.tag !== '!reset').map(strip), loc: node.loc };
  if (!node.tag) return node;
  const { tag: _tag, ...rest } = node;
  return rest;
}

function mergeMappings(base: MapNode, over: MapNode, path: readonly PathSegment[], out: ComposeDiagnostic[]): MapNode {
  const entries = [...base.entries];
  for (const entry of over.entries) {
    const at = entries.findIndex((e) => e.key === entry.key);
    if (entry.value.tag === '!reset') {
      if (at >= 0) entries.splice(at, 1);
      continue;
    }
    const value = strip(entry.value);
    if (at < 0 || entry.value.tag === '!override') {
      if (at < 0) entries.push({ ...entry, value });
      else entries[at] = { ...entry, value };
      continue;
    }
    const merged = mergeNodes(entries[at]!.value, entry.value, [...path, entry.key], out);
    entries[at] = { key: entry.key, keyLoc: entries[at]!.keyLoc, value: strip(merged) };
  }
  return { kind: 'map', entries, loc: base.entries.length > 0 ? base.loc : over.loc };
}

/** Merges `over` (a later file or document) into `base`; problems are pushed to `out`. */
export function mergeTrees(base: MapNode | undefined, over: MapNode, out: ComposeDiagnostic[]): MapNode {
  return enforceUnicity(base ? mergeMappings(base, over, [], out) : (strip(over) as MapNode));
}
