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
import { formatPath } from './located.ts';
import { parseVolumeSpec } from './volume-spec.ts';

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

function matchesPattern(pattern: string, path: readonly PathSegment[]): boolean {
  const parts = pattern.split('.');
  if (parts.length !== path.length) return false;
  return parts.every((p, i) => p === '*' || p === path[i]);
}

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

// ---- unicity (compose-go override/uncity.go) ----

type Indexer = (node: YamlNode) => string | undefined;

const keyValueIndexer: Indexer = (n) => (n.kind === 'scalar' && typeof n.value === 'string' ? n.value.split('=')[0] : undefined);

function field(n: YamlNode, key: string): YamlNode | undefined {
  return n.kind === 'map' ? n.entries.find((e) => e.key === key)?.value : undefined;
}
const text = (n: YamlNode | undefined): string | undefined => (n?.kind === 'scalar' && n.value !== null ? String(n.value) : undefined);

const volumeIndexer: Indexer = (n) => {
  if (n.kind === 'map') return text(field(n, 'target'));
  if (n.kind === 'scalar' && typeof n.value === 'string') {
    const parsed = parseVolumeSpec(n.value);
    return parsed.ok ? parsed.spec.target : undefined;
  }
  return undefined;
};

const portIndexer: Indexer = (n) => {
  if (n.kind === 'scalar') return n.value === null ? undefined : String(n.value);
  if (n.kind === 'map') {
    return `${text(field(n, 'host_ip')) ?? '0.0.0.0'}:${text(field(n, 'published')) ?? ''}:${text(field(n, 'target')) ?? ''}/${text(field(n, 'protocol')) ?? 'tcp'}`;
  }
  return undefined;
};

const mountIndexer =
  (defaultPath: string): Indexer =>
  (n) =>
    n.kind === 'scalar' ? `${defaultPath}/${String(n.value)}` : (text(field(n, 'target')) ?? `${defaultPath}/${text(field(n, 'source')) ?? ''}`);

const deviceIndexer: Indexer = (n) => {
  if (n.kind === 'map') return text(field(n, 'target'));
  if (n.kind !== 'scalar') return undefined;
  const parts = String(n.value).split(':');
  return parts.length === 1 ? parts[0] : parts[1];
};

const envFileIndexer: Indexer = (n) => (n.kind === 'scalar' ? text(n) : text(field(n, 'path')));
const exposeIndexer: Indexer = (n) => text(n);

const UNIQUE: readonly (readonly [string, Indexer])[] = [
  ['networks.*.labels', keyValueIndexer],
  ['networks.*.ipam.options', keyValueIndexer],
  ['services.*.annotations', keyValueIndexer],
  ['services.*.build.args', keyValueIndexer],
  ['services.*.build.additional_contexts', keyValueIndexer],
  ['services.*.build.platform', keyValueIndexer],
  ['services.*.build.tags', keyValueIndexer],
  ['services.*.build.labels', keyValueIndexer],
  ['services.*.cap_add', keyValueIndexer],
  ['services.*.cap_drop', keyValueIndexer],
  ['services.*.configs', mountIndexer('')],
  ['services.*.deploy.labels', keyValueIndexer],
  ['services.*.dns', keyValueIndexer],
  ['services.*.dns_opt', keyValueIndexer],
  ['services.*.dns_search', keyValueIndexer],
  ['services.*.environment', keyValueIndexer],
  ['services.*.env_file', envFileIndexer],
  ['services.*.expose', exposeIndexer],
  ['services.*.labels', keyValueIndexer],
  ['services.*.links', keyValueIndexer],
  ['services.*.networks.*.aliases', keyValueIndexer],
  ['services.*.networks.*.link_local_ips', keyValueIndexer],
  ['services.*.ports', portIndexer],
  ['services.*.profiles', keyValueIndexer],
  ['services.*.secrets', mountIndexer('/run/secrets')],
  ['services.*.sysctls', keyValueIndexer],
  ['services.*.tmpfs', keyValueIndexer],
  ['services.*.volumes', volumeIndexer],
  ['services.*.devices', deviceIndexer],
];

function unique(seq: SeqNode, indexer: Indexer): SeqNode {
  const items: YamlNode[] = [];
  const keys = new Map<string, number>();
  for (const item of seq.items) {
    const key = indexer(item);
    if (key === undefined) {
      items.push(item);
      continue;
    }
    const at = keys.get(key);
    if (at !== undefined) items[at] = item;
    else {
      keys.set(key, items.length);
      items.push(item);
    }
  }
  return items.length === seq.items.length && items.every((n, i) => n === seq.items[i]) ? seq : { kind: 'seq', items, loc: seq.loc };
}

function enforce(node: YamlNode, path: PathSegment[]): YamlNode {
  if (node.kind === 'map') {
    // Only services and top-level resources hold sequences that must be unique.
    if (path.length > 4) return node;
    let changed = false;
    const entries = node.entries.map((e) => {
      path.push(e.key);
      const value = enforce(e.value, path);
      path.pop();
      if (value !== e.value) changed = true;
      return value === e.value ? e : { ...e, value };
    });
    return changed ? { kind: 'map', entries, loc: node.loc } : node;
  }
  if (node.kind === 'seq') for (const [pattern, indexer] of UNIQUE) if (matchesPattern(pattern, path)) return unique(node, indexer);
  return node;
}

export function enforceUnicity(root: MapNode): MapNode {
  return enforce(root, []) as MapNode;
}
