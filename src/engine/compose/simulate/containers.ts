/**
 * A container's life after it is started: when its server is ready, its healthcheck probes, its exit (by
 * itself, killed for memory, or giving up on a connection) and what its restart policy then does.
 *
 * Healthcheck (Dockerfile reference §HEALTHCHECK, simulation-model.md §5.4): the first probe runs one
 * `interval` after start — `start_interval` while inside `start_period` (Engine 25+); a probe passes once the
 * server is ready, unless its program is not in the image (service-images.ts): then it never passes; failures inside
 * the start period do not count; `retries` consecutive failures make it
 * `unhealthy`. Docker never restarts an unhealthy container (only Swarm replaces unhealthy tasks; moby issues
 * #28400, #42693) — restart policies act on exits only.
 */
import type { ComposeService, Healthcheck } from '../model-types.ts';
import { formatDuration } from '../units.ts';
import type { ResolvedBehaviour } from './behaviour.ts';
import type { ServiceHealth } from './service-images.ts';
import type { EventQueue } from './event-queue.ts';
import type { RestartState } from './restart-manager.ts';
import { initialRestartState, shouldRestart } from './restart-manager.ts';
import type { HealthStatus, TimelineEvent } from './report-types.ts';

/** Estimate: how long after start an app first connects to its dependencies. */
export const CONNECT_AFTER_MS = 500;
/** Estimate: how long after start an app that cannot connect gives up and exits. */
export const GIVE_UP_AFTER_MS = 1_000;
const MAX_PROBES = 500;

export interface SimContainer {
  readonly name: string;
  readonly service: ComposeService;
  readonly behaviour: ResolvedBehaviour;
  /** The healthcheck Docker runs: the service's, else the image's (`undefined` when there is none or it is disabled). */
  readonly healthcheck: Healthcheck | 'image' | undefined;
  /** What that healthcheck's command does in the service's image (it may not be able to run at all). */
  readonly probe: ServiceHealth | undefined;
  status: 'created' | 'running' | 'restarting' | 'exited';
  health: HealthStatus | undefined;
  startedAt: number;
  run: number;
  restart: RestartState;
  exitCode: number | undefined;
  oomKilled: boolean;
  streak: number;
  probes: number;
  /** Why it last exited, in plain words. */
  exitReason: string | undefined;
  /** Why the restart policy let it stay down. */
  stayedDownWhy: string | undefined;
  ports: string[];
  /** The current run is bound to end (a crash, an OOM kill, giving up on a connection). */
  endsAgain: boolean;
}

export interface LifeContext {
  readonly queue: EventQueue;
  readonly timeline: TimelineEvent[];
  /** A permanent connection problem of this service, if any: the message. */
  readonly connectionFailure: (service: string) => string | undefined;
  /** Dependencies not ready when this container first connects (transient), for a note or an exit. */
  readonly notReadyAt: (service: string, atMs: number) => string | undefined;
}

/** Docker's default healthcheck timings, for an image's own HEALTHCHECK we know nothing more about. */
const IMAGE_HEALTHCHECK: Healthcheck = {
  test: undefined,
  disabled: false,
  intervalMs: 30_000,
  timeoutMs: 30_000,
  retries: 3,
  startPeriodMs: 0,
  startIntervalMs: 5_000,
  loc: { file: '', range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } },
};

export function timingsOf(c: SimContainer): Healthcheck | undefined {
  if (c.healthcheck === undefined) return undefined;
  if (c.healthcheck !== 'image') return c.healthcheck;
  // The image's own HEALTHCHECK, with its options where the simulation has the image (0 / unset = Docker's default).
  const own = c.probe?.image.kind === 'known' ? c.probe.image.image.config.healthcheck : undefined;
  if (own === undefined) return IMAGE_HEALTHCHECK;
  const ms = (seconds: number | undefined, fallback: number) => (seconds === undefined || seconds <= 0 ? fallback : seconds * 1000);
  return {
    ...IMAGE_HEALTHCHECK,
    intervalMs: ms(own.intervalSeconds, IMAGE_HEALTHCHECK.intervalMs),
    timeoutMs: ms(own.timeoutSeconds, IMAGE_HEALTHCHECK.timeoutMs),
    startPeriodMs: ms(own.startPeriodSeconds, IMAGE_HEALTHCHECK.startPeriodMs),
    startIntervalMs: ms(own.startIntervalSeconds, IMAGE_HEALTHCHECK.startIntervalMs),
    retries: own.retries !== undefined && own.retries > 0 ? own.retries : IMAGE_HEALTHCHECK.retries,
  };
}

function note(ctx: LifeContext, at: number, c: SimContainer, text: string): void {
  ctx.timeline.push({ atMs: at, source: 'daemon', service: c.service.name, container: c.name, text });
}

function scheduleProbe(ctx: LifeContext, c: SimContainer, at: number, run: number): void {
  const hc = timingsOf(c);
  if (!hc || c.probes >= MAX_PROBES) return;
  const inStart = at - c.startedAt < hc.startPeriodMs && c.health === 'starting';
  const next = at + (inStart ? hc.startIntervalMs : hc.intervalMs);
  ctx.queue.schedule(next, (t) => probe(ctx, c, t, run));
}

function probe(ctx: LifeContext, c: SimContainer, at: number, run: number): void {
  if (c.run !== run || c.status !== 'running') return;
  const hc = timingsOf(c)!;
  c.probes++;
  // A probe whose program is not in the image fails every time, however ready the app is.
  const passes = c.probe?.canPass !== false && c.behaviour.healthcheckPasses && at >= c.startedAt + c.behaviour.readyAfterMs;
  const inStartPeriod = at - c.startedAt < hc.startPeriodMs;
  if (passes) {
    c.streak = 0;
    if (c.health !== 'healthy') {
      c.health = 'healthy';
      note(ctx, at, c, `${c.name} is healthy (probe ${formatDuration(at - c.startedAt)} after start passed)`);
    }
    return; // Nothing in the model makes a healthy app fail later.
  }
  if (!inStartPeriod) {
    c.streak++;
    if (c.streak >= hc.retries && c.health !== 'unhealthy') {
      c.health = 'unhealthy';
      const why = c.probe?.failure === undefined ? '' : ` — ${c.probe.failure}`;
      note(ctx, at, c, `${c.name} is unhealthy: ${hc.retries} probes in a row failed${why} (Docker does not restart it for that)`);
    }
  }
  scheduleProbe(ctx, c, at, run);
}

export function startContainer(ctx: LifeContext, c: SimContainer, at: number): void {
  c.status = 'running';
  c.startedAt = at;
  c.run++;
  c.streak = 0;
  c.probes = 0;
  c.health = c.healthcheck ? 'starting' : undefined;
  const run = c.run;
  const b = c.behaviour;
  if (c.health) scheduleProbe(ctx, c, at, run);

  // The earliest of the ways this run can end.
  const endings: { at: number; code: number; oom: boolean; reason: string }[] = [];
  if (b.exit) endings.push({ at: at + b.exit.afterMs, code: b.exit.code, oom: false, reason: `its process exited with code ${b.exit.code}` });
  const limit = c.service.resources.memoryBytes?.value;
  if (b.memory && limit !== undefined && b.memory.peakBytes > limit) {
    endings.push({ at: at + b.memory.afterMs, code: 137, oom: true, reason: 'it needed more memory than its limit and the kernel killed it (OOM, exit 137)' });
  }
  const broken = ctx.connectionFailure(c.service.name);
  if (broken && b.onConnectionError !== 'retry') {
    endings.push({ at: at + GIVE_UP_AFTER_MS, code: 1, oom: false, reason: `it could not connect: ${broken.replace(/\.$/, '')}` });
  } else if (!broken) {
    const notReady = ctx.notReadyAt(c.service.name, at + CONNECT_AFTER_MS);
    if (notReady && b.onConnectionError === 'exit') {
      endings.push({ at: at + CONNECT_AFTER_MS, code: 1, oom: false, reason: `its first connection was refused: ${notReady} was not ready yet` });
    } else if (notReady && c.restart.count === 0) {
      const dep = c.service.dependsOn.find((d) => d.service === notReady);
      const why = dep ? 'depends_on without condition: service_healthy only orders the starts' : `nothing makes ${c.service.name} wait for it (no depends_on)`;
      note(ctx, at + CONNECT_AFTER_MS, c, `${c.name}: ${notReady} does not accept connections yet when ${c.service.name} starts — ${why}; a connection at start-up is refused and the app has to retry`);
    }
  }
  endings.sort((x, y) => x.at - y.at);
  const end = endings[0];
  c.endsAgain = end !== undefined;
  if (end) ctx.queue.schedule(end.at, (t) => exit(ctx, c, t, run, end.code, end.oom, end.reason));
}

function exit(ctx: LifeContext, c: SimContainer, at: number, run: number, code: number, oom: boolean, reason: string): void {
  if (c.run !== run || c.status !== 'running') return;
  c.status = 'exited';
  c.exitCode = code;
  c.oomKilled = oom;
  c.exitReason = reason;
  c.health = c.healthcheck ? c.health : undefined;
  const policy = c.service.restart;
  const decision = shouldRestart(policy, code, at - c.startedAt, c.restart);
  note(ctx, at, c, `${c.name} exited with code ${code}${oom ? ' (OOMKilled)' : ''}: ${reason}`);
  if (!decision.restart) {
    c.stayedDownWhy = decision.why;
    return;
  }
  c.restart = decision.next;
  c.status = 'restarting';
  note(ctx, at, c, `${c.name} restarting in ${formatDuration(decision.delayMs)} (restart: ${policy!.raw || policy!.name}, restart #${decision.next.count})`);
  ctx.queue.schedule(at + decision.delayMs, (t) => {
    if (c.status === 'restarting') startContainer(ctx, c, t);
  });
}

export function newContainer(name: string, service: ComposeService, behaviour: ResolvedBehaviour, probe?: ServiceHealth): SimContainer {
  const hc = service.healthcheck;
  let healthcheck: SimContainer['healthcheck'];
  if (hc && !hc.disabled && (hc.test !== undefined || behaviour.imageHealthcheck)) healthcheck = hc;
  else if (!hc && behaviour.imageHealthcheck) healthcheck = 'image';
  return {
    name,
    service,
    behaviour,
    healthcheck,
    probe: healthcheck === undefined ? undefined : probe,
    status: 'created',
    health: undefined,
    startedAt: 0,
    run: 0,
    restart: initialRestartState,
    exitCode: undefined,
    oomKilled: false,
    streak: 0,
    probes: 0,
    exitReason: undefined,
    stayedDownWhy: undefined,
    ports: [],
    endsAgain: false,
  };
}
