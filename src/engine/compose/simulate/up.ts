/**
 * `docker compose up -d`, simulated: networks and volumes are created, every container is created, then
 * services start in dependency order. Before starting a service Compose waits for the conditions of its
 * `depends_on` (polling every 500 ms, with no timeout), and stops at the first error with exit code 1
 * (docker/compose `pkg/compose/convergence.go`, `start.go`; messages in its words). Containers already
 * started keep running; what happens to them afterwards (crashes, restarts, health) is simulated for a
 * window of time and reported too.
 */
import type { ComposeModel, ComposeService } from '../model-types.ts';
import type { ResolvedBehaviour, ServiceBehaviour } from './behaviour.ts';
import { resolveBehaviour } from './behaviour.ts';
import type { ConnectionReport } from './connections.ts';
import { connectionReports } from './connections.ts';
import type { LifeContext, SimContainer } from './containers.ts';
import { newContainer, startContainer } from './containers.ts';
import { eventQueue } from './event-queue.ts';
import { imageFacts } from './image-facts.ts';
import { limitReport } from './limits.ts';
import { containerNames, nameIndex, networkReports, serviceNetworking } from './networking.ts';
import type { HostPortInUse } from './port-allocator.ts';
import { portAllocator } from './port-allocator.ts';
import type { DeployNote, PublishedPort, TimelineEvent, UpReport } from './report-types.ts';
import { activeDependencies, startOrder } from './start-order.ts';
import { serviceReports } from './service-reports.ts';
import { serviceHealth } from './service-images.ts';
import type { ServiceHealth, ServiceImageOptions } from './service-images.ts';
import { volumeReports } from './volumes.ts';

export interface SimulateUpOptions extends ServiceImageOptions {
  /** What each service's program does, by service name (wins over `x-shipshape:`). */
  readonly behaviour?: Readonly<Record<string, ServiceBehaviour>>;
  /** How much simulated time to follow after `up` (default 5 minutes). */
  readonly horizonMs?: number;
  /** Host ports already taken by programs outside Docker. */
  readonly hostPortsInUse?: readonly HostPortInUse[];
  /** The host's memory, for runtimes that size their heap from it (default 8 GiB). */
  readonly hostMemoryBytes?: number;
  /** Each service's image and healthcheck, when the caller has looked them up already (`serviceHealth`). */
  readonly health?: ReadonlyMap<string, ServiceHealth>;
}

const POLL_MS = 500;
/** Docker's minimum memory limit (`docker run --memory`, resource_constraints.md): 6 MiB. */
const MIN_MEMORY_BYTES = 6 * 1024 * 1024;

export type Phase = 'pending' | 'beginning' | 'waiting' | 'started' | 'failed' | 'aborted';

export function simulateUp(model: ComposeModel, options: SimulateUpOptions = {}): UpReport {
  const horizonMs = options.horizonMs ?? 300_000;
  const hostMemory = options.hostMemoryBytes ?? 8 * 1024 ** 3;
  const timeline: TimelineEvent[] = [];
  const compose = (at: number, text: string, service?: string, container?: string) =>
    timeline.push({ atMs: at, source: 'compose', service, container, text });

  const active = model.services.filter((s) => s.active);
  const health = options.health ?? serviceHealth(model, options);
  const behaviours = new Map<string, ResolvedBehaviour>(
    model.services.map((s) => [s.name, resolveBehaviour(s, options.behaviour?.[s.name], health.get(s.name)?.imageHealthcheck)]),
  );
  const networks = networkReports(model, active);
  const networking = new Map(active.map((s) => [s.name, serviceNetworking(s)]));
  const names = nameIndex(networks);
  const connections: ConnectionReport[] = active.flatMap((s) => connectionReports({ model, behaviours, networking, names }, s));
  const volumes = volumeReports(model, active);
  const limits = active.map((s) => limitReport(s, behaviours.get(s.name)!, hostMemory));
  const deployNotes: DeployNote[] = active.flatMap((s) =>
    (s.deploy?.keys ?? [])
      .filter((k) => k.support === 'swarm-only')
      .map((k) => ({ service: s.name, key: `deploy.${k.key}`, loc: k.loc, text: `deploy.${k.key} is read only by Swarm (docker stack deploy); docker compose up ignores it without a word.` })),
  );
  const assumptions = [...new Set(active.flatMap((s) => [...behaviours.get(s.name)!.assumptions, ...(health.get(s.name)?.assumptions ?? [])]))];
  for (const s of active) {
    for (const d of s.dependsOn) {
      const target = active.find((t) => t.name === d.service);
      if (d.condition !== 'service_healthy' || !target || target.healthcheck?.test !== undefined || behaviours.get(target.name)!.imageHealthcheck) continue;
      if ((imageFacts(target.image?.name) && !target.build) || health.get(target.name)?.imageHealthcheck === false) continue;
      assumptions.push(`${target.name}: its image is assumed to declare no HEALTHCHECK (say otherwise with x-shipshape: image-healthcheck: true).`);
    }
  }
  const order = startOrder(model.services);
  const base = { projectName: model.projectName, startOrder: order, networks, networking: [...networking.values()], connections, volumes, limits, deployNotes, assumptions: [...new Set(assumptions)], horizonMs };

  if (model.loadError) {
    return { ...base, ok: false, exitCode: 1, error: model.loadError.message, services: serviceReports(model, new Map(), new Map(), undefined, model.loadError.message, health), ports: [], timeline: [] };
  }

  // Create: networks, volumes, then every container (in dependency order).
  for (const n of networks) if (!n.external) compose(0, `Network ${n.fullName}  Created`);
  for (const v of volumes) if (v.kind === 'named' && v.fullName) compose(0, `Volume ${v.fullName}  Created`);
  const containers = new Map<string, SimContainer[]>();
  const byName = new Map(active.map((s) => [s.name, s]));
  let error: string | undefined;
  for (const name of order) {
    const s = byName.get(name)!;
    const list = containerNames(model, s).map((c) => newContainer(c, s, behaviours.get(s.name)!, health.get(s.name)));
    containers.set(name, list);
    const mem = s.resources.memoryBytes?.value;
    const refusal = s.restartRefusal ?? (mem !== undefined && mem < MIN_MEMORY_BYTES ? 'Minimum memory limit allowed is 6MB' : undefined);
    if (refusal && list.length > 0 && error === undefined) {
      error = `Error response from daemon: ${refusal}`;
      compose(0, `Container ${list[0]!.name}  Error response from daemon: ${refusal}`, name, list[0]!.name);
    }
    if (error === undefined) for (const c of list) compose(0, `Container ${c.name}  Created`, name, c.name);
  }

  const queue = eventQueue();
  const phase = new Map<string, Phase>(order.map((n) => [n, 'pending']));
  const ports: PublishedPort[] = [];
  const allocator = portAllocator(options.hostPortsInUse ?? []);
  const brokenBy = new Map<string, string>();
  for (const c of connections) if (c.fails && !brokenBy.has(c.service)) brokenBy.set(c.service, c.message);

  const ready = (service: string, at: number) =>
    (containers.get(service) ?? []).some((c) => c.status === 'running' && c.startedAt + c.behaviour.readyAfterMs <= at);
  const life: LifeContext = {
    queue,
    timeline,
    connectionFailure: (s) => brokenBy.get(s),
    notReadyAt: (s, at) => {
      const targets = new Set(connections.filter((c) => c.service === s && c.outcome === 'ok' && c.target && c.target !== s).map((c) => c.target!));
      return [...targets].find((t) => byName.has(t) && !ready(t, at));
    },
  };

  const abort = (at: number, message: string) => {
    if (error !== undefined) return;
    error = message;
    compose(at, message);
    for (const [n, p] of phase) if (p === 'pending' || p === 'waiting') phase.set(n, 'aborted');
  };

  const startService = (s: ComposeService, at: number) => {
    for (const c of containers.get(s.name) ?? []) {
      if (s.networkMode?.value === 'host' && s.ports.length > 0) {
        // The daemon discards port bindings in host mode (docker run warns "Published ports are discarded when
        // using host network mode"); the Compose Specification calls the combination an error.
        compose(at, `Container ${c.name}  ports are ignored: with network_mode: host the container uses the host's ports directly`, s.name, c.name);
      }
      for (const p of s.ports) {
        if (s.networkMode?.value === 'host') continue;
        const result = allocator.request(p.hostIp, p.published, p.protocol, c.name);
        const exposure = p.hostIp === undefined || p.hostIp === '0.0.0.0' || p.hostIp === '::' ? 'all-interfaces' : p.hostIp.startsWith('127.') || p.hostIp === '::1' ? 'localhost-only' : 'one-address';
        const shownIp = p.hostIp ?? '0.0.0.0';
        if (!result.ok) {
          ports.push({ service: s.name, container: c.name, hostIp: shownIp, hostPort: undefined, target: p.target, protocol: p.protocol, exposure, conflict: result.message, heldBy: result.heldBy, loc: p.loc });
          // Docker leaves a container whose start failed in `Created`, with exit code 128.
          c.status = 'created';
          c.exitCode = 128;
          c.exitReason = `it could not publish its port: ${result.message}`;
          phase.set(s.name, 'failed');
          const message = `Error response from daemon: driver failed programming external connectivity on endpoint ${c.name} (…): ${result.message}`;
          compose(at, `Container ${c.name}  Error response from daemon: driver failed programming external connectivity on endpoint ${c.name}`, s.name, c.name);
          abort(at, message);
          return;
        }
        c.ports.push(`${result.ip}:${result.port}->${p.target}/${p.protocol}`);
        ports.push({ service: s.name, container: c.name, hostIp: result.ip, hostPort: result.port, target: p.target, protocol: p.protocol, exposure, conflict: undefined, heldBy: undefined, loc: p.loc });
      }
      compose(at, `Container ${c.name}  Started`, s.name, c.name);
      startContainer(life, c, at);
    }
    phase.set(s.name, 'started');
    advance(at, s.name);
  };

  /** The first reason a waited-for dependency fails, `true` once all are satisfied, `false` to keep waiting. */
  const checkConditions = (s: ComposeService, at: number): string | boolean => {
    for (const dep of s.dependsOn) {
      if (dep.condition === 'service_started' || !byName.has(dep.service)) continue;
      const list = containers.get(dep.service) ?? [];
      if (list.length === 0) continue; // replicas: 0 — Compose does not wait for it.
      if (dep.condition === 'service_healthy') {
        for (const c of list) {
          let problem: string | undefined;
          if (c.status === 'exited') problem = `container ${c.name} exited (${c.exitCode ?? 0})`;
          else if (!c.healthcheck) problem = `container ${c.name} has no healthcheck configured`;
          else if (c.health === 'unhealthy') problem = `container ${c.name} is unhealthy`;
          else if (c.health !== 'healthy') return false;
          if (problem) {
            if (!dep.required) {
              compose(at, `optional dependency "${dep.service}" failed to start: ${problem}`, s.name);
              break;
            }
            // Compose marks the containers it waited for (convergence.go `checkDependencyHealthy`, errorEventf).
            for (const w of list) compose(at, `Container ${w.name}  Error dependency ${dep.service} failed to start`, dep.service, w.name);
            return `dependency failed to start: ${problem}`;
          }
        }
      } else {
        const exited = list.find((c) => c.status === 'exited');
        if (!exited) return false;
        if (exited.exitCode !== 0) {
          if (!dep.required) continue;
          return `service "${dep.service}" didn't complete successfully: exit ${exited.exitCode}`;
        }
      }
    }
    return true;
  };

  const poll = (s: ComposeService, at: number) => {
    if (phase.get(s.name) !== 'waiting') return;
    const result = checkConditions(s, at);
    if (result === false) {
      queue.schedule(at + POLL_MS, (t) => poll(s, t));
      return;
    }
    if (typeof result === 'string') {
      phase.set(s.name, 'failed');
      abort(at, result);
      return;
    }
    for (const dep of s.dependsOn) {
      if (dep.condition === 'service_started') continue;
      for (const c of containers.get(dep.service) ?? []) compose(at, `Container ${c.name}  ${dep.condition === 'service_healthy' ? 'Healthy' : 'Exited'}`, dep.service, c.name);
    }
    startService(s, at);
  };

  const begin = (s: ComposeService, at: number) => {
    if ((containers.get(s.name) ?? []).length === 0) {
      phase.set(s.name, 'started');
      advance(at, s.name);
      return;
    }
    const waits = s.dependsOn.filter((d) => d.condition !== 'service_started' && (containers.get(d.service) ?? []).length > 0);
    if (waits.length === 0) {
      startService(s, at);
      return;
    }
    phase.set(s.name, 'waiting');
    for (const d of waits) for (const c of containers.get(d.service) ?? []) compose(at, `Container ${c.name}  Waiting`, d.service, c.name);
    queue.schedule(at + POLL_MS, (t) => poll(s, t));
  };

  // Each service begins when the last of its dependencies has started (InDependencyOrder).
  const remaining = new Map<string, number>();
  const dependants = new Map<string, string[]>();
  for (const name of order) {
    const deps = [...new Set(activeDependencies(byName.get(name)!, byName))].filter((d) => d !== name);
    remaining.set(name, deps.length);
    for (const d of deps) dependants.set(d, [...(dependants.get(d) ?? []), name]);
  }
  const tryBegin = (name: string, at: number) => {
    if (error !== undefined || phase.get(name) !== 'pending' || remaining.get(name) !== 0) return;
    phase.set(name, 'beginning');
    begin(byName.get(name)!, at);
  };
  function advance(at: number, started: string): void {
    for (const d of dependants.get(started) ?? []) {
      remaining.set(d, remaining.get(d)! - 1);
      tryBegin(d, at);
    }
  }

  for (const name of order) tryBegin(name, 0);
  queue.run(horizonMs, 20_000);

  const waitingAtEnd = new Map<string, string>();
  for (const [name, p] of phase) {
    if (p !== 'waiting') continue;
    const s = byName.get(name)!;
    const dep = s.dependsOn.find((d) => d.condition !== 'service_started' && (containers.get(d.service) ?? []).length > 0);
    if (dep) {
      const what = dep.condition === 'service_healthy' ? 'to become healthy' : 'to exit successfully';
      waitingAtEnd.set(name, `waits for ${dep.service} ${what}; Compose waits with no time limit (unless --wait-timeout), so \`up\` never finishes`);
    }
  }
  const stillWaiting = error === undefined && waitingAtEnd.size > 0;
  return {
    ...base,
    ok: error === undefined && !stillWaiting,
    exitCode: error !== undefined ? 1 : stillWaiting ? undefined : 0,
    error,
    services: serviceReports(model, containers, waitingAtEnd, phase, error, health),
    ports,
    timeline: timeline.sort((a, b) => a.atMs - b.atMs),
  };
}
