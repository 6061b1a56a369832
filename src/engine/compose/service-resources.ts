/**
 * Limits, replicas, restart policy and the `deploy:` keys as `docker compose up` applies them.
 *
 * - Service-level `mem_limit`, `cpus`, `pids_limit`, `mem_reservation` are set first, then
 *   `deploy.resources` overrides each one it sets (docker/compose `pkg/compose/create.go`, getDeployResources).
 * - compose-go `loader/validate.go` refuses a service-level value next to a `deploy.resources.limits` block
 *   that does not carry the same value — even when the block leaves that setting out (a zero there is a
 *   "distinct value"); likewise `scale` vs `deploy.replicas`, and `container_name` with more than one replica.
 * - `deploy.restart_policy` replaces `restart` (`none`→`no`, `any`→`always`, `max_attempts`→retry count;
 *   `delay`/`window` ignored; no `condition` → no policy) (create.go, getRestartPolicy).
 * - Which `deploy:` keys `up` reads at all: compose-orchestration.md §6.
 */
import type { Loc, MapNode } from './located.ts';
import { asMap, entryOf } from './located.ts';
import type { Reader } from './model-read.ts';
import { entryLoc, error, num, text, valueLoc } from './model-read.ts';
import type { DeployKey, DeploySupport, ResourceSetting, Resources, RestartPolicy, RestartPolicyName, Sourced } from './model-types.ts';
import { parseRamBytes } from './units.ts';

const DEPLOY_SUPPORT: Readonly<Record<string, DeploySupport>> = {
  'resources.limits.memory': 'applied',
  'resources.limits.cpus': 'applied',
  'resources.limits.pids': 'applied',
  'resources.reservations.memory': 'applied',
  'resources.reservations.cpus': 'swarm-only',
  'resources.reservations.devices': 'applied',
  'resources.reservations.generic_resources': 'swarm-only',
  replicas: 'applied',
  'restart_policy.condition': 'applied',
  'restart_policy.max_attempts': 'applied',
  'restart_policy.delay': 'swarm-only',
  'restart_policy.window': 'swarm-only',
  mode: 'swarm-only',
  placement: 'swarm-only',
  update_config: 'swarm-only',
  rollback_config: 'swarm-only',
  endpoint_mode: 'swarm-only',
  labels: 'swarm-only',
};

/** Every `deploy:` key written, at the depth the support table speaks about. */
export function readDeployKeys(deploy: MapNode): DeployKey[] {
  const out: DeployKey[] = [];
  const walk = (map: MapNode, prefix: string) => {
    for (const entry of map.entries) {
      if (entry.key.startsWith('x-')) continue;
      const key = prefix === '' ? entry.key : `${prefix}.${entry.key}`;
      const support = DEPLOY_SUPPORT[key];
      const child = asMap(entry.value);
      if (support === undefined && child && (key === 'resources' || key === 'resources.limits' || key === 'resources.reservations' || key === 'restart_policy')) {
        walk(child, key);
        continue;
      }
      const loc = { file: entry.keyLoc.file, range: { start: entry.keyLoc.range.start, end: entry.value.loc.file === entry.keyLoc.file ? entry.value.loc.range.end : entry.keyLoc.range.end } };
      out.push({ key, support: support ?? 'swarm-only', loc });
    }
  };
  walk(deploy, '');
  return out;
}

function setting<T>(value: T | undefined, key: string, loc: Loc | undefined): ResourceSetting<T> | undefined {
  return value === undefined || loc === undefined ? undefined : { value, key, loc };
}

function memory(reader: Reader, map: MapNode | undefined, key: string, path: string): number | undefined {
  const raw = entryOf(map, key)?.value;
  if (raw?.kind !== 'scalar' || raw.value === null) return undefined;
  const bytes = parseRamBytes(typeof raw.value === 'number' ? raw.value : String(raw.value));
  if (bytes === undefined) error(reader, `invalid size: '${String(raw.value)}'`, raw.loc, `${path}.${key}`);
  return bytes;
}

export function readResources(reader: Reader, service: MapNode, name: string): Resources {
  const path = `services.${name}`;
  const deploy = asMap(entryOf(service, 'deploy')?.value);
  const resources = asMap(entryOf(deploy, 'resources')?.value);
  const limits = asMap(entryOf(resources, 'limits')?.value);
  const reservations = asMap(entryOf(resources, 'reservations')?.value);

  const memLimit = memory(reader, service, 'mem_limit', path);
  const cpus = num(service, 'cpus');
  const pids = num(service, 'pids_limit');
  const memReservation = memory(reader, service, 'mem_reservation', path);
  const limitMemory = memory(reader, limits, 'memory', `${path}.deploy.resources.limits`);
  const limitCpus = num(limits, 'cpus');
  const limitPids = num(limits, 'pids');
  const reservationMemory = memory(reader, reservations, 'memory', `${path}.deploy.resources.reservations`);
  const reservationCpus = num(reservations, 'cpus');

  const distinct = (service: string, deployKey: string, a: number | undefined, b: number | undefined, block: MapNode | undefined, at: Loc | undefined) => {
    if (a !== undefined && a !== 0 && block && (b ?? 0) !== a && at) {
      error(reader, `services.${name}: can't set distinct values on '${service}' and '${deployKey}': invalid compose project`, at, path);
    }
  };
  distinct('cpus', 'deploy.resources.limits.cpus', cpus, limitCpus, limits, entryLoc(service, 'cpus'));
  distinct('mem_limit', 'deploy.resources.limits.memory', memLimit, limitMemory, limits, entryLoc(service, 'mem_limit'));
  distinct('mem_reservation', 'deploy.resources.reservations.memory', memReservation, reservationMemory, reservations, entryLoc(service, 'mem_reservation'));
  distinct('pids_limit', 'deploy.resources.limits.pids', pids, limitPids, limits, entryLoc(service, 'pids_limit'));

  const pick = <T>(deployValue: T | undefined, deployKey: string, deployMap: MapNode | undefined, deployField: string, serviceValue: T | undefined, serviceKey: string) =>
    deployValue !== undefined && deployValue !== 0
      ? setting(deployValue, deployKey, entryLoc(deployMap, deployField))
      : setting(serviceValue !== 0 ? serviceValue : undefined, serviceKey, entryLoc(service, serviceKey));

  return {
    memoryBytes: pick(limitMemory, 'deploy.resources.limits.memory', limits, 'memory', memLimit, 'mem_limit'),
    cpus: pick(limitCpus, 'deploy.resources.limits.cpus', limits, 'cpus', cpus, 'cpus'),
    pids: pick(limitPids, 'deploy.resources.limits.pids', limits, 'pids', pids, 'pids_limit'),
    memoryReservationBytes: pick(reservationMemory, 'deploy.resources.reservations.memory', reservations, 'memory', memReservation, 'mem_reservation'),
    cpusReservation: setting(reservationCpus, 'deploy.resources.reservations.cpus', entryLoc(reservations, 'cpus')),
  };
}

export function readReplicas(reader: Reader, service: MapNode, name: string): Sourced<number> | undefined {
  const deploy = asMap(entryOf(service, 'deploy')?.value);
  const replicas = num(deploy, 'replicas');
  const scale = num(service, 'scale');
  if (scale !== undefined && replicas !== undefined && scale !== replicas) {
    error(reader, `services.${name}: can't set distinct values on 'scale' and 'deploy.replicas': invalid compose project`, entryLoc(service, 'scale')!, `services.${name}`);
  }
  if (scale !== undefined && scale < 0) error(reader, `services.${name}.scale: must be greater than or equal to 0`, valueLoc(service, 'scale')!);
  if (replicas !== undefined && replicas < 0) error(reader, `services.${name}.deploy.replicas: must be greater than or equal to 0`, valueLoc(deploy, 'replicas')!);
  if (scale !== undefined) return { value: scale, loc: entryLoc(service, 'scale')! };
  if (replicas !== undefined) return { value: replicas, loc: entryLoc(deploy, 'replicas')! };
  return undefined;
}

function policyName(condition: string): RestartPolicyName | string {
  switch (condition) {
    case 'none':
    case 'no':
      return 'no';
    case 'any':
    case 'always':
      return 'always';
    case 'on-failure':
    case 'unless-stopped':
      return condition;
    default:
      return condition;
  }
}

/**
 * The restart policy the container gets, or a daemon refusal: an unknown name, or a retry count with a policy
 * other than on-failure (moby `api/types/container/hostconfig.go` ValidateRestartPolicy and its tests).
 */
export function readRestart(service: MapNode): { readonly policy: RestartPolicy | undefined; readonly refusal: string | undefined } {
  const deploy = asMap(entryOf(service, 'deploy')?.value);
  const deployPolicy = asMap(entryOf(deploy, 'restart_policy')?.value);
  let policy: { name: string; retries: number; from: RestartPolicy['from']; raw: string; loc: Loc } | undefined;
  const restart = text(service, 'restart');
  if (restart !== undefined && restart !== '') {
    const [name, count] = restart.split(':', 2) as [string, string | undefined];
    const retries = count === undefined ? 0 : /^\d+$/.test(count) ? Number(count) : 0;
    policy = { name: policyName(name), retries, from: 'restart', raw: restart, loc: entryLoc(service, 'restart')! };
  }
  if (deployPolicy) {
    const condition = text(deployPolicy, 'condition') ?? '';
    // No condition: an empty policy, which the engine accepts with any retry count and never restarts.
    const retries = condition === '' ? 0 : (num(deployPolicy, 'max_attempts') ?? 0);
    policy = { name: condition === '' ? 'no' : policyName(condition), retries, from: 'deploy.restart_policy', raw: condition, loc: entryLoc(deploy, 'restart_policy')! };
  }
  if (!policy) return { policy: undefined, refusal: undefined };
  const known = ['no', 'always', 'on-failure', 'unless-stopped'];
  if (!known.includes(policy.name)) {
    return {
      policy: undefined,
      refusal: `invalid restart policy: unknown policy '${policy.name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`,
    };
  }
  const refusal =
    policy.retries > 0 && policy.name !== 'on-failure'
      ? "invalid restart policy: maximum retry count can only be used with 'on-failure'"
      : undefined;
  return {
    policy: { name: policy.name as RestartPolicyName, maxRetries: policy.retries, from: policy.from, raw: policy.raw, loc: policy.loc },
    refusal,
  };
}
