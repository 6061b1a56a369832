/**
 * The project-level parts of the model — networks, volumes, secrets, configs with the names Docker gives
 * them — and Compose's consistency checks over the active services (compose-go `loader/validate.go`
 * checkConsistency, `validation/validation.go`, `graph/cycle.go`), with Compose's own messages.
 */
import type { MapNode } from './located.ts';
import { asMap, entryOf, scalarText } from './located.ts';
import type { Reader } from './model-read.ts';
import { bool, error, text } from './model-read.ts';
import type { ComposeService, NamedResource, NetworkDef, VolumeDef } from './model-types.ts';
import { isIpAddress } from './port-spec.ts';

export interface ProjectResources {
  readonly networks: readonly NetworkDef[];
  readonly volumes: readonly VolumeDef[];
  readonly secrets: readonly NamedResource[];
  readonly configs: readonly NamedResource[];
}

function section(root: MapNode | undefined, key: string) {
  return asMap(entryOf(root, key)?.value)?.entries ?? [];
}

/** Docker's name for a project resource: its `name:`, the key itself when external, else `<project>_<key>`. */
function fullName(project: string, key: string, def: MapNode | undefined, external: boolean): string {
  return text(def, 'name') ?? (external ? key : `${project}_${key}`);
}

export function readProjectResources(root: MapNode | undefined, project: string, services: readonly ComposeService[]): ProjectResources {
  const networks: NetworkDef[] = section(root, 'networks').map((e) => {
    const def = asMap(e.value);
    const external = bool(def, 'external') ?? false;
    return { name: e.key, fullName: fullName(project, e.key, def, external), external, internal: bool(def, 'internal') ?? false, driver: text(def, 'driver'), loc: e.keyLoc };
  });
  // `default` exists when a service joins no network by name and has no network_mode.
  const usesDefault = services.some((s) => s.active && s.networkMode === undefined && (s.networks.length === 0 || s.networks.some((n) => n.name === 'default')));
  if (usesDefault && !networks.some((n) => n.name === 'default')) {
    networks.push({ name: 'default', fullName: `${project}_default`, external: false, internal: false, driver: undefined, loc: undefined });
  }
  const volumes: VolumeDef[] = section(root, 'volumes').map((e) => {
    const def = asMap(e.value);
    const external = bool(def, 'external') ?? false;
    return { name: e.key, fullName: fullName(project, e.key, def, external), external, driver: text(def, 'driver'), loc: e.keyLoc };
  });
  const named = (key: string): NamedResource[] =>
    section(root, key).map((e) => ({ name: e.key, external: bool(asMap(e.value), 'external') ?? false, loc: e.keyLoc }));
  return { networks, volumes, secrets: named('secrets'), configs: named('configs') };
}

/** compose-go `graph/cycle.go`: the first cycle found, as `a -> b -> a` (iterative: no stack limit). */
function findCycle(services: readonly ComposeService[]): string[] | undefined {
  const byName = new Map(services.map((s) => [s.name, s]));
  const state = new Map<string, 'visiting' | 'done'>();
  for (const root of services) {
    if (state.has(root.name)) continue;
    const stack: { name: string; next: number }[] = [{ name: root.name, next: 0 }];
    state.set(root.name, 'visiting');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const deps = byName.get(top.name)!.dependsOn;
      if (top.next >= deps.length) {
        state.set(top.name, 'done');
        stack.pop();
        continue;
      }
      const dep = deps[top.next++]!.service;
      if (!byName.has(dep)) continue;
      const s = state.get(dep);
      if (s === 'visiting') {
        const path = stack.map((f) => f.name);
        return [...path.slice(path.indexOf(dep)), dep];
      }
      if (s === undefined) {
        state.set(dep, 'visiting');
        stack.push({ name: dep, next: 0 });
      }
    }
  }
  return undefined;
}

export function checkConsistency(reader: Reader, services: readonly ComposeService[], resources: ProjectResources, root: MapNode | undefined): void {
  const active = services.filter((s) => s.active);
  const all = new Map(services.map((s) => [s.name, s]));
  const networkNames = new Set(resources.networks.map((n) => n.name));
  const volumeNames = new Set(resources.volumes.map((v) => v.name));
  const secretNames = new Set(resources.secrets.map((s) => s.name));
  const configNames = new Set(resources.configs.map((s) => s.name));
  const invalid = ': invalid compose project';

  for (const s of active) {
    if (!s.image && !s.build) error(reader, `service "${s.name}" has neither an image nor a build context specified${invalid}`, s.loc, `services.${s.name}`);
    if (s.networkMode && entryOf(s.node, 'networks')) {
      error(reader, `service ${s.name} declares mutually exclusive \`network_mode\` and \`networks\`${invalid}`, s.networkMode.loc, `services.${s.name}`);
    }
    for (const n of s.networks) {
      if (!networkNames.has(n.name) && n.name !== 'default') error(reader, `service "${s.name}" refers to undefined network ${n.name}${invalid}`, n.loc, `services.${s.name}.networks`);
    }
    for (const dep of s.dependsOn) {
      const target = all.get(dep.service);
      if (target?.active) continue;
      if (target && !target.active && !dep.required) continue;
      error(reader, `service "${s.name}" depends on undefined service "${dep.service}"${invalid}`, dep.loc, `services.${s.name}.depends_on`);
    }
    const mode = s.networkMode?.value;
    if (mode?.startsWith('service:')) {
      const other = mode.slice('service:'.length);
      if (!all.get(other)?.active) error(reader, `service "${other}" not found for network_mode 'service:${other}'`, s.networkMode!.loc, `services.${s.name}.network_mode`);
    }
    for (const m of s.volumes) {
      if (m.type === 'volume' && m.source !== undefined && !volumeNames.has(m.source)) {
        error(reader, `service "${s.name}" refers to undefined volume ${m.source}${invalid}`, m.loc, `services.${s.name}.volumes`);
      }
    }
    for (const kind of ['secrets', 'configs'] as const) {
      const declared = kind === 'secrets' ? secretNames : configNames;
      const list = entryOf(s.node, kind)?.value;
      for (const item of list?.kind === 'seq' ? list.items : []) {
        const source = item.kind === 'scalar' ? scalarText(item) : scalarText(entryOf(asMap(item), 'source')?.value);
        if (source !== undefined && !declared.has(source)) {
          error(reader, `service "${s.name}" refers to undefined ${kind.slice(0, -1)} ${source}${invalid}`, item.loc, `services.${s.name}.${kind}`);
        }
      }
    }
    const replicas = s.replicas?.value ?? 1;
    if (replicas > 1 && s.containerName) {
      // compose-go prints its two arguments the other way round; this is its text as users see it.
      const attr = entryOf(s.node, 'scale') ? 'scale' : 'deploy.replicas';
      error(reader, `services.${attr}: can't set container_name and ${s.name} as container name must be unique${invalid}`, s.containerName.loc, `services.${s.name}.container_name`);
    }
    const mounts = new Map<string, string>();
    const tmpfs = entryOf(s.node, 'tmpfs')?.value;
    const tmpfsList = tmpfs?.kind === 'seq' ? tmpfs.items.map(scalarText) : [scalarText(tmpfs)];
    tmpfsList.forEach((t, i) => {
      if (t === undefined) return;
      const target = t.split(':')[0]!;
      const at = `services.${s.name}.tmpfs[${i}]`;
      const prev = mounts.get(target);
      if (prev) error(reader, `${at}: target ${target} already mounted as ${prev}`, tmpfs!.loc);
      else mounts.set(target, at);
    });
    s.volumes.forEach((m, i) => {
      const at = `services.${s.name}.volumes[${i}]`;
      const prev = mounts.get(m.target);
      if (prev) error(reader, `${at}: target ${m.target} already mounted as ${prev}`, m.loc, at);
      else mounts.set(m.target, at);
    });
    s.ports.forEach((p) => {
      if (p.hostIp !== undefined && p.raw === undefined && !isIpAddress(p.hostIp)) {
        error(reader, `services.${s.name}.ports: invalid ip address: ${p.hostIp}`, p.loc, `services.${s.name}.ports`);
      }
    });
  }

  for (const secret of asMap(entryOf(root, 'secrets')?.value)?.entries ?? []) {
    const def = asMap(secret.value);
    if (bool(def, 'external')) continue;
    const has = (k: string) => entryOf(def, k) !== undefined;
    if (has('file') && has('environment')) error(reader, `secrets.${secret.key}: file|environment attributes are mutually exclusive`, secret.keyLoc);
    else if (!has('file') && !has('environment') && !has('driver')) {
      error(reader, `secret "${secret.key}" must declare either \`file\` or \`environment\`${invalid}`, secret.keyLoc, `secrets.${secret.key}`);
    }
  }

  const cycle = findCycle(active);
  if (cycle) {
    const first = all.get(cycle[0]!)!;
    error(reader, `dependency cycle detected: ${cycle.join(' -> ')}`, first.dependsOn.find((d) => d.service === cycle[1])?.loc ?? first.loc, `services.${first.name}.depends_on`);
  }
}
