/**
 * Each service's outcome at the end of the simulated window, with the reason in plain words.
 */
import type { ComposeModel } from '../model-types.ts';
import type { SimContainer } from './containers.ts';
import type { ContainerReport, HealthcheckReport, HealthStatus, ServiceReport, ServiceState } from './report-types.ts';
import type { ServiceHealth } from './service-images.ts';
import type { Phase } from './up.ts';

function containerReport(c: SimContainer): ContainerReport {
  return {
    name: c.name,
    status: c.status,
    health: c.health,
    exitCode: c.exitCode,
    oomKilled: c.oomKilled,
    restarts: c.restart.count,
    ports: c.ports,
  };
}

function outcome(containers: readonly SimContainer[]): { state: ServiceState; reason: string; health: HealthStatus | undefined } {
  const failedStart = containers.find((x) => x.status === 'created' && x.exitReason !== undefined);
  if (failedStart) return { state: 'failed', reason: failedStart.exitReason!, health: undefined };
  const c = containers.find((x) => x.status === 'restarting') ?? containers.find((x) => x.status === 'exited') ?? containers[0]!;
  const policy = c.service.restart;
  if (c.status === 'restarting' || (c.status === 'running' && c.restart.count > 0 && c.endsAgain)) {
    return {
      state: 'restarting',
      reason: `${c.exitReason ?? 'it keeps exiting'}; restart: ${policy?.raw || policy?.name} brings it back (${c.restart.count} restart${c.restart.count === 1 ? '' : 's'} so far, each after a longer pause)`,
      health: c.health,
    };
  }
  if (c.status === 'exited') {
    if (c.exitCode === 0) return { state: 'completed', reason: `${c.exitReason ?? 'it finished'} and stays stopped (${c.stayedDownWhy ?? 'no restart'})`, health: undefined };
    const after = c.restart.count > 0 ? ` after ${c.restart.count} restart${c.restart.count === 1 ? '' : 's'}` : '';
    return { state: 'failed', reason: `${c.exitReason ?? `it exited with code ${c.exitCode}`}${after}; ${c.stayedDownWhy ?? 'it stays stopped'}`, health: undefined };
  }
  if (c.status === 'created') return { state: 'not-started', reason: 'created but never started', health: undefined };
  const health = c.health;
  const failure = c.probe?.failure === undefined ? '' : `: ${c.probe.failure}`;
  const healthText = health === 'healthy' ? ' and healthy' : health === 'unhealthy' ? `, but unhealthy (Docker leaves it running)${failure}` : health === 'starting' ? ', healthcheck still starting' : '';
  const restarts = c.restart.count > 0 ? ` (after ${c.restart.count} restart${c.restart.count === 1 ? '' : 's'})` : '';
  return { state: 'started', reason: `running${healthText}${restarts}`, health };
}

function healthcheckReport(health: ServiceHealth | undefined, containers: readonly SimContainer[]): HealthcheckReport | undefined {
  if (health?.test === undefined || !containers.some((c) => c.healthcheck !== undefined)) return undefined;
  const probe = health.probe;
  return {
    test: health.test,
    tool: probe?.tool,
    canPass: health.canPass,
    output: probe?.output,
    exitCode: probe?.exitCode,
    failure: health.failure,
    imageKnown: health.image.kind === 'known',
  };
}

export function serviceReports(
  model: ComposeModel,
  containers: ReadonlyMap<string, readonly SimContainer[]>,
  waiting: ReadonlyMap<string, string>,
  phase: ReadonlyMap<string, Phase> | undefined,
  error: string | undefined,
  health?: ReadonlyMap<string, ServiceHealth>,
): ServiceReport[] {
  return model.services.map((s) => {
    const list = containers.get(s.name) ?? [];
    const healthcheck = healthcheckReport(health?.get(s.name), list);
    const base = { name: s.name, loc: s.loc, containers: list.map(containerReport), ...(healthcheck === undefined ? {} : { healthcheck }) };
    if (!s.active) {
      return { ...base, state: 'inactive', health: undefined, reason: `in profile ${s.profiles.join(', ')}, which is not active: started only with --profile ${s.profiles[0]} (or COMPOSE_PROFILES)` };
    }
    if ((s.replicas?.value ?? 1) === 0) return { ...base, state: 'not-started', health: undefined, reason: 'replicas: 0 — Compose creates no container for it' };
    const p = phase?.get(s.name);
    const w = waiting.get(s.name);
    if (w) return { ...base, state: 'waiting', health: undefined, reason: w };
    if (p === undefined || p === 'pending' || p === 'aborted' || p === 'beginning') {
      return { ...base, state: 'not-started', health: undefined, reason: error ? `up stopped first — ${error}` : 'the simulated `up` ended before it started' };
    }
    if (p === 'failed' && !list.some((c) => c.exitReason !== undefined)) {
      return { ...base, state: 'not-started', health: undefined, reason: error ?? 'a dependency failed' };
    }
    if (list.length === 0) return { ...base, state: 'not-started', health: undefined, reason: 'no containers' };
    const o = outcome(list);
    return { ...base, ...o };
  });
}
