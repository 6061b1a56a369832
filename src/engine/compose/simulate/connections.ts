/**
 * The connections a service is configured to make, read from its environment (`DATABASE_URL=postgres://db:5432/x`,
 * `REDIS_ADDR=redis:6379`, `DB_HOST=db` + `DB_PORT=5432`), and whether each can work inside Docker:
 * service-to-service traffic uses the service name and the *container* port (`db:5432`), never `localhost`
 * (the container itself) and never the published host port (docs `manuals/compose/how-tos/networking.md`).
 */
import type { Loc } from '../located.ts';
import type { ComposeModel, ComposeService } from '../model-types.ts';
import type { ResolvedBehaviour } from './behaviour.ts';
import { resolveBehaviour } from './behaviour.ts';
import type { NameIndex, ServiceNetworking } from './networking.ts';
import { listeningPorts, lookupName, nameIndex, networkReports, networksOf, serviceNetworking } from './networking.ts';

export type ConnectionOutcome =
  /** The name resolves on a shared network and the port is one the target listens on (or unknown). */
  | 'ok'
  /** `localhost` and the port is the service's own. */
  | 'self'
  /** `localhost` meant another service: refused, nothing listens there in this container. */
  | 'localhost'
  /** The published host port used from inside the network. */
  | 'host-port'
  /** A port the target does not listen on. */
  | 'wrong-port'
  /** The target exists but shares no network with this service. */
  | 'not-shared'
  /** The target's profile is not active, so it is not running. */
  | 'inactive'
  /** No service, alias or extra host by that name. */
  | 'unresolvable'
  /** host.docker.internal: the host machine. */
  | 'host'
  /** A dotted name or an IP outside the project: not checked. */
  | 'external';

export interface ConnectionReport {
  readonly service: string;
  /** The environment variable it was read from. */
  readonly variable: string;
  readonly host: string;
  readonly port: number | undefined;
  readonly outcome: ConnectionOutcome;
  /** The service it reaches (or was meant to reach). */
  readonly target: string | undefined;
  /** True when the connection can never succeed as written. */
  readonly fails: boolean;
  readonly message: string;
  readonly loc: Loc;
}

interface Target {
  readonly variable: string;
  readonly host: string;
  readonly port: number | undefined;
  readonly loc: Loc;
}

const URL_RE = /\b([a-z][a-z0-9+.-]*):\/\/(?:[^@\s/]*@)?(\[[0-9a-f:]+\]|[a-z0-9_.-]+)(?::(\d{1,5}))?/gi;
const HOST_PORT_RE = /^([a-z0-9_][a-z0-9_.-]*):(\d{1,5})$/i;
const HOST_VAR_RE = /(^|_)(HOST|HOSTNAME|SERVER|ADDR|ADDRESS)$/i;

/** Connection targets named in a service's environment. */
export function targetsOf(service: ComposeService): Target[] {
  const out: Target[] = [];
  const env = new Map(service.environment.map((e) => [e.name, e.value]));
  for (const e of service.environment) {
    const value = e.value;
    if (value === undefined || value === '') continue;
    let found = false;
    for (const m of value.matchAll(URL_RE)) {
      found = true;
      out.push({ variable: e.name, host: m[2]!.replace(/^\[|\]$/g, '').toLowerCase(), port: m[3] === undefined ? undefined : Number(m[3]), loc: e.loc });
    }
    if (found) continue;
    const hp = HOST_PORT_RE.exec(value.trim());
    if (hp && !/^\d+$/.test(hp[1]!)) {
      out.push({ variable: e.name, host: hp[1]!.toLowerCase(), port: Number(hp[2]), loc: e.loc });
      continue;
    }
    if (HOST_VAR_RE.test(e.name) && /^[a-z0-9_][a-z0-9_.-]*$/i.test(value.trim())) {
      const portVar = e.name.replace(HOST_VAR_RE, (m0, sep: string) => `${sep}PORT`);
      const port = env.get(portVar);
      out.push({ variable: e.name, host: value.trim().toLowerCase(), port: port && /^\d+$/.test(port) ? Number(port) : undefined, loc: e.loc });
    }
  }
  return out;
}

const LOCAL = new Set(['localhost', '127.0.0.1', '::1', '0.0.0.0', 'ip6-localhost']);

export interface ConnectionContext {
  readonly model: ComposeModel;
  readonly behaviours: ReadonlyMap<string, ResolvedBehaviour>;
  readonly networking: ReadonlyMap<string, ServiceNetworking>;
  readonly names: NameIndex;
}

function whoListens(ctx: ConnectionContext, port: number, except: string): ComposeService | undefined {
  return ctx.model.services.find((s) => s.name !== except && s.active && listeningPorts(s, ctx.behaviours.get(s.name)).includes(port));
}

function publishedBy(ctx: ConnectionContext, port: number, except: string): ComposeService | undefined {
  return ctx.model.services.find((s) => s.name !== except && s.active && s.ports.some((p) => p.published !== undefined && p.published.start <= port && port <= p.published.end));
}

function check(ctx: ConnectionContext, service: ComposeService, t: Target): ConnectionReport {
  const base = { service: service.name, variable: t.variable, host: t.host, port: t.port, loc: t.loc };
  const net = ctx.networking.get(service.name);
  const mode = net?.mode ?? 'bridge';
  const hostPort = t.port === undefined ? '' : `:${t.port}`;
  const result = (outcome: ConnectionOutcome, target: string | undefined, fails: boolean, message: string): ConnectionReport => ({ ...base, outcome, target, fails, message });

  if (LOCAL.has(t.host)) {
    if (mode === 'host') return result('ok', undefined, false, `${t.host}${hostPort} is the host machine here (network_mode: host).`);
    if (mode.startsWith('service:')) {
      const other = mode.slice('service:'.length);
      return result('ok', other, false, `${t.host}${hostPort} reaches ${other}: the two share one network namespace (network_mode: ${mode}).`);
    }
    const own = listeningPorts(service, ctx.behaviours.get(service.name));
    if (t.port !== undefined && own.includes(t.port)) return result('self', service.name, false, `${t.host}${hostPort} is ${service.name}'s own port.`);
    const target = t.port === undefined ? undefined : (whoListens(ctx, t.port, service.name) ?? publishedBy(ctx, t.port, service.name));
    if (target) {
      const port = listeningPorts(target, ctx.behaviours.get(target.name)).find((p) => p === t.port) ?? target.ports.find((p) => p.published && p.published.start === t.port)?.target;
      return result(
        'localhost',
        target.name,
        true,
        `${t.variable} points at ${t.host}${hostPort}, but inside ${service.name}'s container localhost is ${service.name} itself — ${target.name} runs in its own container, so the connection is refused. Use ${target.name}${port === undefined ? '' : `:${port}`}.`,
      );
    }
    return result('self', service.name, false, `${t.host}${hostPort} is ${service.name}'s own container: only a server inside ${service.name} can answer there.`);
  }
  if (t.host === 'host.docker.internal' || t.host === 'gateway.docker.internal') {
    const mapped = service.extraHosts.some((h) => h.startsWith(`${t.host}:`) || h.startsWith(`${t.host}=`));
    const linux = mapped ? '' : ' (Docker Desktop provides the name; on Linux add extra_hosts: ["host.docker.internal:host-gateway"])';
    // Through the host, a service answers only on a port it publishes there. A port some service of the project
    // listens on but nobody publishes is refused; any other port may belong to a program on the host: not checked.
    const published = t.port === undefined ? undefined : publishedBy(ctx, t.port, service.name);
    if (published) return result('host', published.name, false, `${t.host}${hostPort} reaches ${published.name} through the port it publishes on the host${linux}; inside the network ${published.name} answers directly.`);
    const inside = t.port === undefined ? undefined : whoListens(ctx, t.port, service.name);
    if (inside) {
      return result(
        'host',
        inside.name,
        true,
        `${t.variable} points at ${t.host}${hostPort}, the machine Docker runs on, but ${inside.name} runs in its own container and publishes no port ${t.port} on the host, so the connection is refused${mapped ? '' : ' (and on Linux, without extra_hosts: ["host.docker.internal:host-gateway"], the name does not even resolve)'}. Use ${inside.name}:${t.port}.`,
      );
    }
    return result('host', undefined, false, `${t.host} is the machine Docker runs on${linux}.`);
  }
  if (service.extraHosts.some((h) => h.split(/[:=]/)[0]!.toLowerCase() === t.host)) {
    return result('external', undefined, false, `${t.host} is mapped by extra_hosts.`);
  }
  const seen = net ? lookupName(ctx.names, net, t.host) : undefined;
  if (seen) {
    const target = ctx.model.services.find((s) => s.name === seen.service)!;
    const ports = listeningPorts(target, ctx.behaviours.get(target.name));
    if (t.port === undefined || ports.length === 0 || ports.includes(t.port)) {
      return result('ok', target.name, false, `${t.host}${hostPort} resolves to ${target.name} on the ${seen.network} network.`);
    }
    const published = target.ports.find((p) => p.published && p.published.start <= t.port! && t.port! <= p.published.end);
    if (published) {
      return result(
        'host-port',
        target.name,
        true,
        `${t.variable} uses ${t.host}:${t.port}, the port ${target.name} publishes on the host; inside the network ${target.name} listens on ${published.target}. Use ${t.host}:${published.target}.`,
      );
    }
    return result('wrong-port', target.name, true, `${target.name} listens on ${ports.join(', ')}, not ${t.port}: the connection to ${t.host}:${t.port} is refused.`);
  }
  const named = ctx.model.services.find((s) => s.name.toLowerCase() === t.host || s.networks.some((n) => n.aliases.some((a) => a.toLowerCase() === t.host)));
  if (named && !named.active) {
    return result('inactive', named.name, true, `${named.name} is in profile ${named.profiles.join(', ')}, which is not active, so it is not running and ${t.host} does not resolve.`);
  }
  if (named) {
    const theirs = networksOf(named);
    return result(
      'not-shared',
      named.name,
      true,
      `${service.name} (networks: ${networksOf(service).join(', ') || mode}) and ${named.name} (networks: ${theirs.join(', ') || named.networkMode?.value}) share no network, so ${t.host} does not resolve from ${service.name}.`,
    );
  }
  if (!t.host.includes('.') && !/^\d/.test(t.host) && !t.host.includes(':')) {
    const external = networksOf(service).some((n) => ctx.model.networks.find((d) => d.name === n)?.external);
    if (external) return result('external', undefined, false, `${t.host} may be a container on an external network; not checked.`);
    return result('unresolvable', undefined, true, `No service, alias or container on ${service.name}'s networks is called ${t.host}: the name does not resolve.`);
  }
  return result('external', undefined, false, `${t.host} is outside the project; not checked.`);
}

export function connectionReports(ctx: ConnectionContext, service: ComposeService): ConnectionReport[] {
  return targetsOf(service).map((t) => check(ctx, service, t));
}

const cache = new WeakMap<ComposeModel, readonly ConnectionReport[]>();

/** Every active service's connections, with behaviour from the files only (what lint rules see). */
export function projectConnections(model: ComposeModel): readonly ConnectionReport[] {
  const cached = cache.get(model);
  if (cached) return cached;
  const active = model.services.filter((s) => s.active);
  const behaviours = new Map(model.services.map((s) => [s.name, resolveBehaviour(s, undefined)]));
  const reports = networkReports(model, active);
  const networking = new Map(active.map((s) => [s.name, serviceNetworking(s)]));
  const names = nameIndex(reports);
  const out = active.flatMap((s) => connectionReports({ model, behaviours, networking, names }, s));
  cache.set(model, out);
  return out;
}
