/**
 * The compose project as the engine reads it after loading: the merged files, with every service's settings
 * in one canonical shape (short and long syntaxes folded together, sizes in bytes, durations in ms) and the
 * place each was written. Lint rules, the `up`/`down` simulation and the Kubernetes view read this; nothing
 * downstream re-parses YAML.
 */
import type { ComposeDiagnostic } from './diagnostics.ts';
import type { Position } from '../dockerfile/source-range.ts';
import type { Loc, MapNode } from './located.ts';
import type { MountType } from './volume-spec.ts';

/** A value and where it was written. */
export interface Sourced<T> {
  readonly value: T;
  readonly loc: Loc;
}

export interface ImageSpec {
  /** As written after interpolation: `postgres:16-alpine`. */
  readonly ref: string;
  /** Repository without tag or digest: `postgres`, `ghcr.io/acme/api`. */
  readonly name: string;
  readonly tag: string | undefined;
  readonly digest: string | undefined;
  readonly loc: Loc;
}

export interface EnvVar {
  readonly name: string;
  /** `undefined`: taken from the shell that runs Compose (`- NAME` or `NAME:` with no value). */
  readonly value: string | undefined;
  /** The entry (`- KEY=value` or `KEY: value`). */
  readonly loc: Loc;
  /** Where it comes from: the service's `environment`, or an `env_file`. */
  readonly from: 'environment' | 'env_file';
  /** The compose file wrote a variable (`${DB_PASSWORD}`), not the value itself. */
  readonly interpolated: boolean;
}

export interface PortSpec {
  /** `undefined`: all interfaces. */
  readonly hostIp: string | undefined;
  /** `undefined`: a random host port; a range: the first free port in it. */
  readonly published: { readonly start: number; readonly end: number } | undefined;
  readonly target: number;
  readonly protocol: 'tcp' | 'udp' | 'sctp';
  /** `ingress` (the default) or `host`; only Swarm tells them apart. */
  readonly mode: string;
  /** The short syntax as written, or `undefined` for the long syntax. */
  readonly raw: string | undefined;
  /** Where the short syntax's text begins (inside any quotes), for a fix that prefixes `127.0.0.1:`. */
  readonly textStart: Position | undefined;
  readonly loc: Loc;
}

export type DependencyCondition = 'service_started' | 'service_healthy' | 'service_completed_successfully';

export interface Dependency {
  readonly service: string;
  readonly condition: DependencyCondition;
  readonly required: boolean;
  /** Restart this service when Compose restarts the dependency. */
  readonly restart: boolean;
  /** Long syntax (a mapping) or short (a list of names). */
  readonly form: 'short' | 'long';
  readonly loc: Loc;
}

export interface Healthcheck {
  /** `["CMD", …]`, `["CMD-SHELL", "…"]`, `["NONE"]`; `undefined` when only timings are set (the image's test stays). */
  readonly test: readonly string[] | undefined;
  readonly disabled: boolean;
  readonly intervalMs: number;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly startPeriodMs: number;
  readonly startIntervalMs: number;
  readonly loc: Loc;
}

export type RestartPolicyName = 'no' | 'always' | 'on-failure' | 'unless-stopped';

export interface RestartPolicy {
  readonly name: RestartPolicyName;
  /** `on-failure:N`; 0 means no limit. */
  readonly maxRetries: number;
  /** Which key set it: `deploy.restart_policy` wins over `restart` under `docker compose up`. */
  readonly from: 'restart' | 'deploy.restart_policy';
  readonly raw: string;
  readonly loc: Loc;
}

export interface ResourceSetting<T> {
  readonly value: T;
  /** The key that set it: `mem_limit` or `deploy.resources.limits.memory` … */
  readonly key: string;
  readonly loc: Loc;
}

export interface Resources {
  readonly memoryBytes: ResourceSetting<number> | undefined;
  readonly cpus: ResourceSetting<number> | undefined;
  readonly pids: ResourceSetting<number> | undefined;
  readonly memoryReservationBytes: ResourceSetting<number> | undefined;
  /** `deploy.resources.reservations.cpus`: only Swarm reads it. */
  readonly cpusReservation: ResourceSetting<number> | undefined;
}

/** How `docker compose up` treats a `deploy:` key (compose-orchestration.md §6). */
export type DeploySupport = 'applied' | 'partly' | 'swarm-only';

export interface DeployKey {
  /** `resources.limits.memory`, `placement`, `update_config` … relative to `deploy`. */
  readonly key: string;
  readonly support: DeploySupport;
  readonly loc: Loc;
}

export interface Mount {
  readonly type: MountType;
  /** Named volume or host path; `undefined` for an anonymous volume (and tmpfs). */
  readonly source: string | undefined;
  readonly target: string;
  readonly readOnly: boolean;
  /** Short-syntax binds create a missing host directory; `bind.create_host_path: false` does not. */
  readonly createHostPath: boolean;
  readonly loc: Loc;
}

export interface ServiceNetwork {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly loc: Loc;
}

export interface ComposeService {
  readonly name: string;
  /** The service's key under `services`. */
  readonly loc: Loc;
  /** The merged mapping, for rules that look at keys the typed model does not carry. */
  readonly node: MapNode;
  /** Started by `up`: no profiles, or one of them active. */
  readonly active: boolean;
  readonly profiles: readonly string[];
  readonly image: ImageSpec | undefined;
  readonly build: Sourced<{ readonly context: string; readonly dockerfile: string | undefined; readonly target: string | undefined }> | undefined;
  readonly command: Sourced<string | readonly string[]> | undefined;
  readonly entrypoint: Sourced<string | readonly string[]> | undefined;
  readonly environment: readonly EnvVar[];
  readonly envFiles: readonly Sourced<{ readonly path: string; readonly required: boolean }>[];
  readonly ports: readonly PortSpec[];
  readonly expose: readonly Sourced<{ readonly port: number; readonly protocol: string }>[];
  readonly dependsOn: readonly Dependency[];
  readonly healthcheck: Healthcheck | undefined;
  readonly restart: RestartPolicy | undefined;
  /** The daemon's refusal of the restart policy at create time (`invalid restart policy: …`), if any. */
  readonly restartRefusal: string | undefined;
  /** `deploy.replicas` or `scale`; 1 when neither is set. */
  readonly replicas: Sourced<number> | undefined;
  readonly resources: Resources;
  readonly deploy: { readonly loc: Loc; readonly keys: readonly DeployKey[] } | undefined;
  readonly volumes: readonly Mount[];
  /** Networks the service joins; the project's `default` network when it names none. */
  readonly networks: readonly ServiceNetwork[];
  readonly networkMode: Sourced<string> | undefined;
  readonly containerName: Sourced<string> | undefined;
  readonly hostname: string | undefined;
  readonly stopGracePeriodMs: Sourced<number> | undefined;
  readonly stopSignal: string | undefined;
  readonly init: boolean | undefined;
  readonly user: string | undefined;
  readonly extraHosts: readonly string[];
  /** `x-shipshape:` — what the app inside does, for the simulation (see behaviour.ts). */
  readonly behaviour: Sourced<Readonly<Record<string, unknown>>> | undefined;
}

export interface NetworkDef {
  readonly name: string;
  /** What Docker calls it: `<project>_<key>`, its `name:`, or the key itself when external. */
  readonly fullName: string;
  readonly external: boolean;
  readonly internal: boolean;
  readonly driver: string | undefined;
  /** The implicit `default` network has no location of its own. */
  readonly loc: Loc | undefined;
}

export interface VolumeDef {
  readonly name: string;
  readonly fullName: string;
  readonly external: boolean;
  readonly driver: string | undefined;
  readonly loc: Loc;
}

export interface NamedResource {
  readonly name: string;
  readonly external: boolean;
  readonly loc: Loc;
}

export interface ComposeModel {
  /** Lower-case, as Compose normalises it: `name:`, else the project directory's name. */
  readonly projectName: string;
  readonly files: readonly string[];
  /** Every service, active or not, in file order. */
  readonly services: readonly ComposeService[];
  readonly networks: readonly NetworkDef[];
  readonly volumes: readonly VolumeDef[];
  readonly secrets: readonly NamedResource[];
  readonly configs: readonly NamedResource[];
  readonly activeProfiles: readonly string[];
  /** `version:` where a file has it (obsolete, ignored). */
  readonly versions: readonly Sourced<string>[];
  /** Everything loading reported, in order. */
  readonly diagnostics: readonly ComposeDiagnostic[];
  /** The first error: where `docker compose` itself would stop before doing anything. */
  readonly loadError: ComposeDiagnostic | undefined;
  /** The merged tree, `undefined` when no file could be read. */
  readonly root: MapNode | undefined;
}
