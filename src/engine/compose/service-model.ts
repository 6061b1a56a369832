/**
 * One merged service mapping -> the typed `ComposeService` every later step reads.
 */
import type { EnvFileReader } from './env-files.ts';
import { readEnvFileVars } from './env-files.ts';
import type { Loc, MapEntry } from './located.ts';
import { asMap, entryOf } from './located.ts';
import type { Reader } from './model-read.ts';
import { bool, entryLoc, stringList, text } from './model-read.ts';
import type { ComposeService, ImageSpec } from './model-types.ts';
import {
  readCommand,
  readDependsOn,
  readEnvFiles,
  readEnvironment,
  readExpose,
  readHealthcheck,
  readPorts,
  readServiceNetworks,
  readVolumes,
} from './service-fields.ts';
import { readDeployKeys, readReplicas, readResources, readRestart } from './service-resources.ts';
import { parseDurationMs } from './units.ts';

/** `registry:5000/team/app:1.2@sha256:…` -> name, tag, digest (distribution/reference's split). */
export function parseImageRef(ref: string, loc: Loc): ImageSpec {
  const at = ref.indexOf('@');
  const nameAndTag = at < 0 ? ref : ref.slice(0, at);
  const digest = at < 0 ? undefined : ref.slice(at + 1);
  const colon = nameAndTag.lastIndexOf(':');
  const slash = nameAndTag.lastIndexOf('/');
  const hasTag = colon > slash;
  return {
    ref,
    name: hasTag ? nameAndTag.slice(0, colon) : nameAndTag,
    tag: hasTag ? nameAndTag.slice(colon + 1) : undefined,
    digest,
    loc,
  };
}

export interface ServiceContext {
  readonly reader: Reader;
  readonly activeProfiles: ReadonlySet<string>;
  readonly envFiles: EnvFileReader;
}

export function readService(ctx: ServiceContext, entry: MapEntry): ComposeService | undefined {
  const node = asMap(entry.value);
  if (!node) return undefined;
  const { reader } = ctx;
  const name = entry.key;
  const path = `services.${name}`;

  const imageText = text(node, 'image');
  const imageEntry = entryOf(node, 'image');
  const buildNode = entryOf(node, 'build')?.value;
  const buildMap = asMap(buildNode);
  const build =
    buildNode && !(buildNode.kind === 'scalar' && buildNode.value === null)
      ? {
          value: {
            context: buildMap ? (text(buildMap, 'context') ?? '.') : (text(node, 'build') ?? '.'),
            dockerfile: text(buildMap, 'dockerfile'),
            target: text(buildMap, 'target'),
          },
          loc: entryLoc(node, 'build')!,
        }
      : undefined;

  const profiles = stringList(entryOf(node, 'profiles')?.value);
  const active = profiles.length === 0 || profiles.some((p) => ctx.activeProfiles.has(p) || ctx.activeProfiles.has('*'));

  const envFiles = readEnvFiles(entryOf(node, 'env_file')?.value);
  const fromFiles = readEnvFileVars(ctx.envFiles, envFiles, active ? reader : undefined);
  const declared = readEnvironment(reader, entryOf(node, 'environment')?.value);
  // `environment` wins over `env_file` (Compose's precedence, envvars-precedence.md).
  const environment = [...fromFiles.filter((f) => !declared.some((d) => d.name === f.name)), ...declared];

  const grace = entryOf(node, 'stop_grace_period');
  const graceMs = grace ? parseDurationMs(text(node, 'stop_grace_period') ?? '') : undefined;
  const deploy = asMap(entryOf(node, 'deploy')?.value);
  const { policy, refusal } = readRestart(node);
  const behaviour = asMap(entryOf(node, 'x-shipshape')?.value);

  return {
    name,
    loc: entry.keyLoc,
    node,
    active,
    profiles,
    image: imageText !== undefined && imageEntry ? parseImageRef(imageText, imageEntry.value.loc) : undefined,
    build,
    command: readCommand(entryOf(node, 'command')?.value),
    entrypoint: readCommand(entryOf(node, 'entrypoint')?.value),
    environment,
    envFiles,
    ports: readPorts(reader, entryOf(node, 'ports')?.value, `${path}.ports`),
    expose: readExpose(entryOf(node, 'expose')?.value),
    dependsOn: readDependsOn(entryOf(node, 'depends_on')?.value),
    healthcheck: readHealthcheck(reader, entryOf(node, 'healthcheck')?.value, `${path}.healthcheck`),
    restart: policy,
    restartRefusal: refusal,
    replicas: readReplicas(reader, node, name),
    resources: readResources(reader, node, name),
    deploy: deploy ? { loc: entryLoc(node, 'deploy')!, keys: readDeployKeys(deploy) } : undefined,
    volumes: readVolumes(reader, entryOf(node, 'volumes')?.value, `${path}.volumes`),
    networks: readServiceNetworks(entryOf(node, 'networks')?.value) ?? [],
    networkMode: text(node, 'network_mode') !== undefined ? { value: text(node, 'network_mode')!, loc: entryLoc(node, 'network_mode')! } : undefined,
    containerName: text(node, 'container_name') !== undefined ? { value: text(node, 'container_name')!, loc: entryLoc(node, 'container_name')! } : undefined,
    hostname: text(node, 'hostname'),
    stopGracePeriodMs: graceMs !== undefined && grace ? { value: graceMs, loc: entryLoc(node, 'stop_grace_period')! } : undefined,
    stopSignal: text(node, 'stop_signal'),
    init: bool(node, 'init'),
    user: text(node, 'user'),
    extraHosts: stringList(entryOf(node, 'extra_hosts')?.value),
    behaviour: behaviour ? { value: plainMap(behaviour), loc: entryLoc(node, 'x-shipshape')! } : undefined,
  };
}

function plainMap(map: NonNullable<ReturnType<typeof asMap>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const e of map.entries) {
    const v = e.value;
    out[e.key] = v.kind === 'scalar' ? v.value : v.kind === 'map' ? plainMap(v) : v.items.map((i) => (i.kind === 'scalar' ? i.value : undefined));
  }
  return out;
}
