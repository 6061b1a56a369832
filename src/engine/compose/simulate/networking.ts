/**
 * Who can reach whom by name. `docker compose up` joins each container to its networks with three DNS names:
 * its container name, its service name and the network's `aliases` (docker/compose `create.go` getAliases);
 * Docker's embedded DNS answers those names only to containers on the same user-defined network
 * (docs `manuals/engine/network/_index.md`). `localhost` is the container's own loopback, unless it shares
 * another container's network namespace (`network_mode: service:x`) or the host's (`network_mode: host`).
 */
import type { ComposeModel, ComposeService } from '../model-types.ts';
import type { ResolvedBehaviour } from './behaviour.ts';
import { imageFacts } from './image-facts.ts';

export interface NetworkMember {
  readonly service: string;
  readonly containers: readonly string[];
  /** The DNS names this member answers to on the network. */
  readonly names: readonly string[];
}

export interface NetworkReport {
  readonly name: string;
  /** What Docker calls it: `demo_default`. */
  readonly fullName: string;
  readonly external: boolean;
  readonly members: readonly NetworkMember[];
}

export interface ResolvableName {
  readonly name: string;
  readonly service: string;
  readonly network: string;
}

export interface ServiceNetworking {
  readonly service: string;
  /** `bridge` (user-defined networks), `host`, `none`, or `service:x` / `container:x`. */
  readonly mode: string;
  /** The networks it joins: it can look up every name of every member of these (see `namesVisibleFrom`). */
  readonly networks: readonly string[];
  /** Whom `localhost` reaches from inside this service. */
  readonly localhostIs: string;
}

export function containerNames(model: ComposeModel, service: ComposeService): string[] {
  const count = Math.max(0, service.replicas?.value ?? 1);
  if (service.containerName && count <= 1) return count === 0 ? [] : [service.containerName.value];
  return Array.from({ length: count }, (_, i) => `${model.projectName}-${service.name}-${i + 1}`);
}

/** Networks a service joins: its own list, or `default` when it names none and has no network_mode. */
export function networksOf(service: ComposeService): string[] {
  if (service.networkMode) return [];
  return service.networks.length > 0 ? service.networks.map((n) => n.name) : ['default'];
}

/** Container ports a service's server listens on, as far as the file, the image and the exercise tell. */
export function listeningPorts(service: ComposeService, behaviour: ResolvedBehaviour | undefined): number[] {
  const ports = new Set<number>();
  for (const p of service.ports) ports.add(p.target);
  for (const e of service.expose) ports.add(e.value.port);
  for (const p of imageFacts(service.image?.name)?.ports ?? []) ports.add(p);
  for (const p of behaviour?.listens ?? []) ports.add(p);
  return [...ports];
}

export function networkReports(model: ComposeModel, active: readonly ComposeService[]): NetworkReport[] {
  return model.networks.map((net) => ({
    name: net.name,
    fullName: net.fullName,
    external: net.external,
    members: active
      .filter((s) => networksOf(s).includes(net.name) && (s.replicas?.value ?? 1) > 0)
      .map((s) => {
        const containers = containerNames(model, s);
        const aliases = s.networks.find((n) => n.name === net.name)?.aliases ?? [];
        return { service: s.name, containers, names: [...new Set([s.name, ...containers, ...aliases])] };
      }),
  }));
}

/** Every name a service can look up, and on which network it finds it. */
export function namesVisibleFrom(reports: readonly NetworkReport[], networking: ServiceNetworking): ResolvableName[] {
  const out: ResolvableName[] = [];
  for (const report of reports) {
    if (!networking.networks.includes(report.name)) continue;
    for (const member of report.members) for (const name of member.names) out.push({ name, service: member.service, network: report.name });
  }
  return out;
}

/** Network -> lower-cased DNS name -> service, for lookups. */
export type NameIndex = ReadonlyMap<string, ReadonlyMap<string, string>>;

export function nameIndex(reports: readonly NetworkReport[]): NameIndex {
  const index = new Map<string, Map<string, string>>();
  for (const report of reports) {
    const names = new Map<string, string>();
    for (const member of report.members) for (const name of member.names) if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), member.service);
    index.set(report.name, names);
  }
  return index;
}

/** Where `name` resolves from a service: the first of its networks that has it. */
export function lookupName(index: NameIndex, networking: ServiceNetworking, name: string): ResolvableName | undefined {
  const lower = name.toLowerCase();
  for (const network of networking.networks) {
    const service = index.get(network)?.get(lower);
    if (service !== undefined) return { name, service, network };
  }
  return undefined;
}

export function serviceNetworking(service: ComposeService): ServiceNetworking {
  const mode = service.networkMode?.value ?? 'bridge';
  const own = networksOf(service);
  let localhostIs = `${service.name} itself (its own container)`;
  if (mode === 'host') localhostIs = 'the host machine (network_mode: host)';
  else if (mode.startsWith('service:')) localhostIs = `${mode.slice('service:'.length)} (they share one network namespace)`;
  else if (mode.startsWith('container:')) localhostIs = `container ${mode.slice('container:'.length)} (they share one network namespace)`;
  return { service: service.name, mode, networks: own, localhostIs };
}
