/**
 * What the Compose panel shows, as plain rows of text: the engine's `report.compose` (src/engine/compose) turned
 * into the sentences and figures a learner reads. No DOM here, so it can be tested in Node; compose-panel.ts
 * renders it. Memory is shown in binary units (MiB, GiB), as Compose reads `768M` and `docker stats` prints it.
 */
import type { ComposeAnalysis } from '../../engine/index.ts';

type Up = ComposeAnalysis['up'];
type Service = Up['services'][number];

export interface ContainerRow {
  readonly name: string;
  /** `running`, `exited (137, OOMKilled)`, `restarting` … */
  readonly status: string;
  readonly ports: readonly string[];
  readonly restarts: number;
}

export interface ServiceRow {
  readonly service: string;
  /** Position in the start order, from 1; undefined for a service that is not started at all. */
  readonly position: number | undefined;
  readonly state: Service['state'];
  /** `running, healthy`, `failed`, `waiting` … */
  readonly stateText: string;
  readonly reason: string;
  readonly ok: boolean;
  readonly containers: readonly ContainerRow[];
}

export interface ConnectionRow {
  readonly from: string;
  /** The service it reaches or meant to reach; the host name when it is no service. */
  readonly to: string;
  /** `DATABASE_URL → db:5432` */
  readonly via: string;
  readonly ok: boolean;
  readonly text: string;
}

export interface PortRow {
  readonly text: string;
  readonly ok: boolean;
  readonly note: string;
}

export interface VolumeRow {
  readonly name: string;
  readonly kind: string;
  readonly usedBy: readonly string[];
  readonly afterDown: 'kept' | 'gone';
  readonly afterDownV: 'kept' | 'deleted';
  readonly note: string;
}

export interface LimitRow {
  readonly service: string;
  readonly memory: string;
  readonly cpus: string;
  readonly ok: boolean;
  readonly notes: readonly string[];
}

export interface ComposeView {
  readonly outcome: { readonly ok: boolean; readonly text: string };
  readonly problems: readonly { readonly severity: 'error' | 'warning'; readonly text: string }[];
  readonly services: readonly ServiceRow[];
  readonly connections: readonly ConnectionRow[];
  readonly ports: readonly PortRow[];
  readonly volumes: readonly VolumeRow[];
  readonly limits: readonly LimitRow[];
  /** Swarm-only keys Compose ignores, and what the simulation assumed. */
  readonly notes: readonly string[];
  readonly timeline: readonly { readonly at: string; readonly text: string }[];
}

/** Bytes in the binary units Compose and `docker stats` use: 805306368 → `768 MiB`. */
export function formatMemory(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number(value.toFixed(value >= 100 || unit === 0 ? 0 : 1))} ${units[unit]}`;
}

/** Simulated time since `up` began: `0.5 s`, `1 min 40 s`. */
export function formatAt(ms: number): string {
  const seconds = ms / 1000;
  if (seconds >= 60) return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
  return `${Number(seconds.toFixed(1))} s`;
}

const STATE_TEXT: Readonly<Record<Service['state'], string>> = {
  started: 'running',
  completed: 'completed',
  failed: 'failed',
  waiting: 'waiting',
  restarting: 'restarting',
  'not-started': 'not started',
  inactive: 'inactive (profile)',
};

function outcome(up: Up, loadError: string | undefined): ComposeView['outcome'] {
  if (loadError) return { ok: false, text: `docker compose refuses the file: ${loadError}` };
  if (up.ok) return { ok: true, text: '`docker compose up -d` finishes with exit code 0.' };
  if (up.error) return { ok: false, text: `\`docker compose up -d\` fails with exit code 1: ${up.error}` };
  return { ok: false, text: '`docker compose up -d` never finishes: it is still waiting for a dependency.' };
}

function containerRow(c: Service['containers'][number]): ContainerRow {
  const code = c.exitCode === undefined ? '' : ` (${c.exitCode}${c.oomKilled ? ', OOMKilled' : ''})`;
  const health = c.health === undefined ? '' : `, ${c.health}`;
  return { name: c.name, status: `${c.status}${code}${health}`, ports: c.ports, restarts: c.restarts };
}

function serviceRow(s: Service, order: readonly string[]): ServiceRow {
  const index = order.indexOf(s.name);
  const health = s.health === undefined ? '' : `, ${s.health}`;
  return {
    service: s.name,
    position: index < 0 || s.state === 'inactive' ? undefined : index + 1,
    state: s.state,
    stateText: `${STATE_TEXT[s.state]}${s.state === 'started' ? health : ''}`,
    reason: s.reason,
    ok: s.state === 'started' || s.state === 'completed' || s.state === 'inactive',
    containers: s.containers.map(containerRow),
  };
}

export function composeView(compose: ComposeAnalysis): ComposeView {
  const up = compose.up;
  const loadError = compose.diagnostics.find((d) => d.severity === 'error');
  const order = up.startOrder;
  const services = [...up.services]
    .map((s) => serviceRow(s, order))
    .sort((a, b) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER));
  return {
    outcome: outcome(up, loadError && `${loadError.file} line ${loadError.range.start.line}: ${loadError.message}`),
    problems: compose.diagnostics.map((d) => ({ severity: d.severity, text: `${d.file} line ${d.range.start.line}: ${d.message}` })),
    services,
    connections: up.connections.map((c) => ({
      from: c.service,
      to: c.target ?? c.host,
      via: `${c.variable} → ${c.host}${c.port === undefined ? '' : `:${c.port}`}`,
      ok: !c.fails,
      text: c.message,
    })),
    ports: up.ports.map((p) => ({
      text: `${p.hostIp}:${p.hostPort ?? '?'} → ${p.service}:${p.target}/${p.protocol}`,
      ok: p.conflict === undefined,
      note: p.conflict ?? (p.exposure === 'all-interfaces' ? 'reachable from other machines' : p.exposure === 'localhost-only' ? 'this machine only' : 'one address of this machine'),
    })),
    volumes: up.volumes.map((v) => ({
      name: v.fullName ?? v.name,
      kind: v.kind,
      usedBy: v.usedBy.map((u) => `${u.service}:${u.target}${u.readOnly ? ' (read-only)' : ''}`),
      afterDown: v.survivesDown ? 'kept' : 'gone',
      afterDownV: v.survivesDownV ? 'kept' : 'deleted',
      note: v.note,
    })),
    limits: up.limits.map((l) => ({
      service: l.service,
      memory: l.memoryBytes === undefined ? 'no limit' : formatMemory(l.memoryBytes),
      cpus: l.cpus === undefined ? 'no limit' : String(l.cpus),
      ok: l.memoryBytes !== undefined && !l.oomKilled,
      notes: l.notes,
    })),
    notes: [...up.deployNotes.map((n) => n.text), ...up.assumptions],
    timeline: up.timeline.map((t) => ({ at: formatAt(t.atMs), text: t.text })),
  };
}
