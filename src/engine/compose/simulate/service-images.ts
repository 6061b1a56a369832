/**
 * The image each service runs, as far as the simulation knows it, and what its healthcheck can run inside it.
 *
 * - A service with `build:` runs the image the engine built from that Dockerfile, when `analyze` built the same one
 *   (same Dockerfile, context at the project root, same target); otherwise its content is unknown.
 * - A service with `image:` runs that reference as the build simulation sees `FROM <ref>`: the catalog's files for
 *   an image it has, and for one it has not, an unknown image whose commands are assumed present (except what
 *   run/server-image-commands.ts knows of the official server images).
 *
 * The healthcheck Docker runs is the service's `healthcheck.test`, else the image's HEALTHCHECK (Compose leaves the
 * test out of the container's config and the daemon merges the image's in, moby `daemon/commit.go` `merge`). It is
 * probed with the same code `docker run` uses (run/healthcheck.ts `runHealthProbe`): a probe whose program is not
 * in the image exits 127 in a shell (`/bin/sh: 1: curl: not found`), or -1 when the exec itself fails, every time.
 */
import { build } from '../../build/index.ts';
import type { BuiltImage, CatalogInput } from '../../build/index.ts';
import { probeContext, runHealthProbe } from '../../run/index.ts';
import type { HealthProbe } from '../../run/index.ts';
import { asMap, entryOf, scalarText } from '../located.ts';
import type { Loc } from '../located.ts';
import type { ComposeModel, ComposeService } from '../model-types.ts';
import { normalizePath } from '../paths.ts';

/** The image `analyze` built from the exercise's Dockerfile, for a `build:` service that names the same one. */
export interface BuiltDockerfile {
  /** Context-relative path of the Dockerfile (`Dockerfile`, `api/Dockerfile`). */
  readonly dockerfilePath: string;
  readonly target: string | undefined;
  readonly image: BuiltImage;
}

export interface ServiceImageOptions {
  readonly built?: BuiltDockerfile | undefined;
  /** A team's base images, as `analyze` takes them. */
  readonly catalog?: CatalogInput | undefined;
}

export type ServiceImage =
  | { readonly kind: 'known'; readonly image: BuiltImage; readonly label: string; readonly from: 'build' | 'image' }
  | { readonly kind: 'unknown'; readonly label: string; readonly why: string };

/** What a service's healthcheck does in its image. */
export interface ServiceHealth {
  readonly service: string;
  readonly image: ServiceImage;
  /** The image declares a HEALTHCHECK (`undefined`: the simulation cannot tell). */
  readonly imageHealthcheck: boolean | undefined;
  /** The test Docker runs, `undefined` when the service has none it can run (no test, `NONE`, disabled). */
  readonly test: readonly string[] | undefined;
  /** Where the test was written (the service's `healthcheck.test`), for findings. */
  readonly testLoc: Loc | undefined;
  /** One probe as Docker runs it; `undefined` when the image's content is unknown. */
  readonly probe: HealthProbe | undefined;
  /** `false`: the probe's program cannot run, so every probe fails whatever the app does. */
  readonly canPass: boolean;
  /** Why, in words, when it cannot pass. */
  readonly failure: string | undefined;
  readonly assumptions: readonly string[];
}

const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._\-/:@]{0,254}$/;

function resolveImage(service: ComposeService, options: ServiceImageOptions, pulled: Map<string, BuiltImage | undefined>): ServiceImage {
  const spec = service.build?.value;
  if (spec !== undefined) {
    const path = normalizePath(`${spec.context}/${spec.dockerfile ?? 'Dockerfile'}`);
    const label = service.image?.ref ?? `${service.name} (built from ${path})`;
    const built = options.built;
    const sameContext = normalizePath(spec.context) === '.';
    if (built !== undefined && sameContext && path === normalizePath(built.dockerfilePath) && spec.target === built.target) {
      return { kind: 'known', image: built.image, label, from: 'build' };
    }
    return { kind: 'unknown', label, why: `${service.name} is built from ${path}, which this simulation did not build` };
  }
  const ref = service.image?.ref;
  if (ref === undefined) return { kind: 'unknown', label: service.name, why: `${service.name} has no image` };
  if (!REFERENCE.test(ref)) return { kind: 'unknown', label: ref, why: `${ref} is not an image reference the simulation can look up` };
  if (!pulled.has(ref)) {
    // `FROM <ref>` through the build: the same files and config `docker run` of that image would see.
    const result = build({ dockerfile: `FROM ${ref}\n`, catalog: options.catalog });
    pulled.set(ref, result.ok ? result.image : undefined);
  }
  const image = pulled.get(ref);
  return image === undefined ? { kind: 'unknown', label: ref, why: `${ref} could not be looked up` } : { kind: 'known', image, label: ref, from: 'image' };
}

function testLocOf(service: ComposeService): Loc | undefined {
  const hc = asMap(entryOf(service.node, 'healthcheck')?.value);
  return entryOf(hc, 'test')?.value.loc ?? service.healthcheck?.loc;
}

function environmentOf(service: ComposeService): Record<string, string> {
  const env: Record<string, string> = {};
  for (const v of service.environment) if (v.value !== undefined) env[v.name] = v.value;
  return env;
}

function healthOf(service: ComposeService, image: ServiceImage): ServiceHealth {
  const hc = service.healthcheck;
  const imageHc = image.kind === 'known' ? image.image.config.healthcheck : undefined;
  // An image the catalog does not have (or built FROM one) may inherit a HEALTHCHECK nobody can see: unknown.
  const imageHealthcheck =
    image.kind === 'unknown' ? undefined
    : imageHc !== undefined ? imageHc.test[0] !== 'NONE' && imageHc.test.length > 0
    : image.image.os.family === 'unknown' ? undefined
    : false;
  const disabled = hc?.disabled === true;
  const test = disabled ? undefined : (hc?.test ?? (imageHealthcheck === true ? imageHc!.test : undefined));
  const base = { service: service.name, image, imageHealthcheck, test, testLoc: hc?.test !== undefined ? testLocOf(service) : undefined };
  if (test === undefined || image.kind === 'unknown') return { ...base, probe: undefined, canPass: true, failure: undefined, assumptions: [] };
  const workdir = scalarText(entryOf(service.node, 'working_dir')?.value);
  const context = probeContext(image.image, { user: service.user, env: environmentOf(service), workdir });
  if (!context.ok) return { ...base, probe: undefined, canPass: true, failure: undefined, assumptions: [] };
  const { probe, assumptions } = runHealthProbe(image.image, test, context.ctx, context.env);
  const canPass = probe.exitCode === 0;
  // When the exec itself fails, the missing program is the one Docker execs (`/bin/sh` for CMD-SHELL).
  const program = (probe.exitCode === -1 ? probe.argv[0] : probe.tool) ?? probe.argv[0] ?? 'the probe';
  const failure = canPass
    ? undefined
    : !probe.toolFound
      ? `${program} is not in ${image.label}, so every probe fails (${probe.output.trim() || `exit ${probe.exitCode}`}${probe.output.trim() === '' || probe.exitCode === -1 ? '' : `, exit ${probe.exitCode}`})`
      : `its healthcheck exits ${probe.exitCode} every time (${probe.output.trim()})`;
  return { ...base, probe, canPass, failure, assumptions };
}

/**
 * Images looked up by reference, kept across calls (an image is immutable, so this changes no result): the editor
 * re-simulates the project on every keystroke. Bounded; a team catalog gets its own table.
 */
const PULLED_LIMIT = 64;
const pulledOfficial = new Map<string, BuiltImage | undefined>();
const pulledByCatalog = new WeakMap<object, Map<string, BuiltImage | undefined>>();

function pulledTable(catalog: CatalogInput | undefined): Map<string, BuiltImage | undefined> {
  if (catalog === undefined || typeof catalog !== 'object') return pulledOfficial;
  let table = pulledByCatalog.get(catalog);
  if (table === undefined) {
    table = new Map();
    pulledByCatalog.set(catalog, table);
  }
  return table;
}

/** Every service's image and healthcheck, looked up once per project (an image used twice is looked up once). */
export function serviceHealth(model: ComposeModel, options: ServiceImageOptions = {}): ReadonlyMap<string, ServiceHealth> {
  const pulled = pulledTable(options.catalog);
  if (pulled.size > PULLED_LIMIT) pulled.clear();
  const waitedFor = new Set(model.services.flatMap((s) => s.dependsOn.filter((d) => d.condition === 'service_healthy').map((d) => d.service)));
  const out = new Map<string, ServiceHealth>();
  for (const service of model.services) {
    // Only a service Docker probes, one a `service_healthy` waits for, or one built here needs its image's content.
    const needsImage = (service.healthcheck?.test !== undefined && !service.healthcheck.disabled) || waitedFor.has(service.name) || service.build !== undefined;
    const image: ServiceImage = needsImage ? resolveImage(service, options, pulled) : { kind: 'unknown', label: service.image?.ref ?? service.name, why: 'not needed' };
    out.set(service.name, healthOf(service, image));
  }
  return out;
}
