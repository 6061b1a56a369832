/**
 * Sequences that Compose keeps unique after merging (compose-go `override/uncity.go`, Apache-2.0): a later entry
 * with the same key replaces the earlier one in place — ports by their spec, volumes/secrets/configs by target,
 * environment and labels by key, expose by port.
 */
import type { MapNode, PathSegment, SeqNode, YamlNode } from './located.ts';
import { matchesPattern } from './located.ts';
import { parseVolumeSpec } from './volume-spec.ts';


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
