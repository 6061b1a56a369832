/**
 * What `simulateUp` and `simulateDown` return: plain data the editor, the CLI and the grader read.
 */
import type { Loc } from '../located.ts';
import type { ConnectionReport } from './connections.ts';
import type { LimitReport } from './limits.ts';
import type { NetworkReport, ServiceNetworking } from './networking.ts';
import type { VolumeReport } from './volumes.ts';

export type { ConnectionReport } from './connections.ts';
export type { LimitReport } from './limits.ts';
export type { NetworkReport, ServiceNetworking } from './networking.ts';
export type { VolumeReport } from './volumes.ts';

export type ServiceState =
  /** Running (and healthy, when it has a healthcheck that passed). */
  | 'started'
  /** Ran to the end with exit code 0 (a one-off job, a migration). */
  | 'completed'
  /** Could not start, or exited with an error and stays down. */
  | 'failed'
  /** Waits for a dependency's condition that never comes (Compose waits without a timeout). */
  | 'waiting'
  /** Keeps exiting and being restarted by its restart policy. */
  | 'restarting'
  /** `up` stopped (on another service's error) before starting it, or it has 0 replicas. */
  | 'not-started'
  /** In a profile that is not active. */
  | 'inactive';

export type HealthStatus = 'starting' | 'healthy' | 'unhealthy';

export interface ContainerReport {
  readonly name: string;
  /** Docker's status at the end of the simulated window. */
  readonly status: 'created' | 'running' | 'restarting' | 'exited';
  readonly health: HealthStatus | undefined;
  readonly exitCode: number | undefined;
  readonly oomKilled: boolean;
  readonly restarts: number;
  /** Host ports it got: `0.0.0.0:8080->80/tcp`. */
  readonly ports: readonly string[];
}

/** The healthcheck Docker runs in a service's containers, probed once in its image. */
export interface HealthcheckReport {
  /** Docker's `Test`: `["CMD-SHELL", "pg_isready"]`, the service's or the image's. */
  readonly test: readonly string[];
  /** The program the probe depends on (`curl`, `pg_isready`), when there is one. */
  readonly tool: string | undefined;
  /** `false`: the program is not in the image, so no probe can ever pass. */
  readonly canPass: boolean;
  /** What a probe prints and exits with (-1: the exec itself failed); `undefined` when the image is unknown. */
  readonly output: string | undefined;
  readonly exitCode: number | undefined;
  /** Why it cannot pass, in words. */
  readonly failure: string | undefined;
  /** The image's content is known (catalog, or built here); otherwise the probe is assumed to run. */
  readonly imageKnown: boolean;
}

export interface ServiceReport {
  readonly name: string;
  readonly state: ServiceState;
  /** Why, in plain words. */
  readonly reason: string;
  readonly health: HealthStatus | undefined;
  /** The healthcheck its containers run, when they have one. */
  readonly healthcheck?: HealthcheckReport | undefined;
  readonly containers: readonly ContainerReport[];
  readonly loc: Loc;
}

export interface PublishedPort {
  readonly service: string;
  readonly container: string;
  readonly hostIp: string;
  /** `undefined` when the bind failed. */
  readonly hostPort: number | undefined;
  readonly target: number;
  readonly protocol: string;
  /** Reachable from other machines (all interfaces) or only from this one (127.0.0.1). */
  readonly exposure: 'all-interfaces' | 'localhost-only' | 'one-address';
  /** The daemon's words when the bind failed. */
  readonly conflict: string | undefined;
  /** Who holds the port: another container, or the program the caller named. */
  readonly heldBy: string | undefined;
  readonly loc: Loc;
}

export interface TimelineEvent {
  /** Simulated milliseconds since `up` began. */
  readonly atMs: number;
  /** `compose`: what `docker compose up` prints; `daemon`: what happens to containers afterwards. */
  readonly source: 'compose' | 'daemon';
  readonly service: string | undefined;
  readonly container: string | undefined;
  readonly text: string;
}

export interface DeployNote {
  readonly service: string;
  readonly key: string;
  readonly text: string;
  readonly loc: Loc;
}

export interface UpReport {
  /** `docker compose up -d` finishes with exit code 0. */
  readonly ok: boolean;
  /** `undefined`: `up` is still waiting for a dependency when the simulated window ends. */
  readonly exitCode: 0 | 1 | undefined;
  /** The error `docker compose up` ends with, in its words. */
  readonly error: string | undefined;
  readonly projectName: string;
  /** Services in the order Compose starts them (dependencies first). */
  readonly startOrder: readonly string[];
  readonly services: readonly ServiceReport[];
  readonly networks: readonly NetworkReport[];
  readonly networking: readonly ServiceNetworking[];
  readonly connections: readonly ConnectionReport[];
  readonly ports: readonly PublishedPort[];
  readonly volumes: readonly VolumeReport[];
  readonly limits: readonly LimitReport[];
  readonly deployNotes: readonly DeployNote[];
  readonly timeline: readonly TimelineEvent[];
  /** Estimates the simulation had to make, in plain words. */
  readonly assumptions: readonly string[];
  /** How long the simulated window was. */
  readonly horizonMs: number;
}

export interface DownReport {
  readonly removed: {
    readonly containers: readonly string[];
    readonly networks: readonly string[];
    readonly volumes: readonly string[];
  };
  readonly kept: readonly { readonly name: string; readonly kind: VolumeReport['kind']; readonly why: string }[];
  readonly notes: readonly string[];
}
