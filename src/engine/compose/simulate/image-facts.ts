/**
 * What the simulation needs to know about well-known images that a compose file does not say: the ports the
 * server listens on inside the container, where it keeps its data, and roughly how long it takes to accept
 * connections on a first start. Ports and data paths are from each official image's documentation
 * (docker-library/docs `<image>/content.md`, read 2026); none of these images declares a HEALTHCHECK
 * (their Dockerfiles in docker-library/<image>). Readiness times are **estimates** for a first start on an
 * empty data directory on a laptop, kept to the right order of magnitude.
 */

export type ImageKind = 'database' | 'cache' | 'queue' | 'search' | 'web' | 'app';

export interface ImageFacts {
  readonly kind: ImageKind;
  /** Container ports the server listens on. */
  readonly ports: readonly number[];
  /** Where it writes data that should outlive the container. */
  readonly dataPaths: readonly string[];
  /** Estimate: from container start until it accepts connections. */
  readonly readyAfterMs: number;
  /** The image's Dockerfile declares a HEALTHCHECK. */
  readonly healthcheck: boolean;
  /**
   * What the image's Dockerfile declares with `VOLUME` (docker-library Dockerfiles at the commits in
   * run/server-image-commands.ts; valkey-io/valkey-container Dockerfile.template @07970d2; elastic/dockerfiles
   * elasticsearch/Dockerfile @000ec07 declares none). Docker gives each new container an anonymous volume there.
   * `undefined`: not checked (images whose data the rules do not look at).
   */
  readonly volumes: readonly string[] | undefined;
}

const FACTS: Readonly<Record<string, ImageFacts>> = {
  postgres: { kind: 'database', ports: [5432], dataPaths: ['/var/lib/postgresql/data', '/var/lib/postgresql'], readyAfterMs: 3_000, healthcheck: false, volumes: ['/var/lib/postgresql/data'] },
  postgis: { kind: 'database', ports: [5432], dataPaths: ['/var/lib/postgresql/data'], readyAfterMs: 4_000, healthcheck: false, volumes: ['/var/lib/postgresql/data'] },
  mysql: { kind: 'database', ports: [3306, 33060], dataPaths: ['/var/lib/mysql'], readyAfterMs: 15_000, healthcheck: false, volumes: ['/var/lib/mysql'] },
  mariadb: { kind: 'database', ports: [3306], dataPaths: ['/var/lib/mysql'], readyAfterMs: 8_000, healthcheck: false, volumes: ['/var/lib/mysql'] },
  mongo: { kind: 'database', ports: [27017], dataPaths: ['/data/db', '/data/configdb'], readyAfterMs: 2_000, healthcheck: false, volumes: ['/data/db', '/data/configdb'] },
  redis: { kind: 'cache', ports: [6379], dataPaths: ['/data'], readyAfterMs: 200, healthcheck: false, volumes: ['/data'] },
  valkey: { kind: 'cache', ports: [6379], dataPaths: ['/data'], readyAfterMs: 200, healthcheck: false, volumes: ['/data'] },
  memcached: { kind: 'cache', ports: [11211], dataPaths: [], readyAfterMs: 100, healthcheck: false, volumes: undefined },
  rabbitmq: { kind: 'queue', ports: [5672, 15672], dataPaths: ['/var/lib/rabbitmq'], readyAfterMs: 8_000, healthcheck: false, volumes: ['/var/lib/rabbitmq'] },
  elasticsearch: { kind: 'search', ports: [9200, 9300], dataPaths: ['/usr/share/elasticsearch/data'], readyAfterMs: 20_000, healthcheck: false, volumes: [] },
  nginx: { kind: 'web', ports: [80], dataPaths: [], readyAfterMs: 100, healthcheck: false, volumes: undefined },
  httpd: { kind: 'web', ports: [80], dataPaths: [], readyAfterMs: 200, healthcheck: false, volumes: undefined },
  caddy: { kind: 'web', ports: [80, 443], dataPaths: ['/data'], readyAfterMs: 200, healthcheck: false, volumes: undefined },
  traefik: { kind: 'web', ports: [80, 443], dataPaths: [], readyAfterMs: 500, healthcheck: false, volumes: undefined },
};

/** `docker.io/library/postgres:16` -> `postgres`; `bitnami/postgresql` -> undefined (not an official image we know). */
export function officialName(imageName: string): string {
  return imageName.replace(/^(docker\.io\/)?(library\/)?/, '');
}

export function imageFacts(imageName: string | undefined): ImageFacts | undefined {
  if (imageName === undefined) return undefined;
  return FACTS[officialName(imageName)];
}

/** `major ≥ 18`, or a tag without a version (`latest`, `alpine`, `trixie`): PostgreSQL 18's layout. */
function postgres18(imageName: string, tag: string | undefined): string | undefined {
  if (officialName(imageName) !== 'postgres') return undefined;
  const major = /^(\d+)/.exec(tag ?? '')?.[1];
  return major === undefined || Number(major) >= 18 ? (major ?? '18') : undefined;
}

/**
 * The paths the image declares with `VOLUME` for this tag, `undefined` when not checked. PostgreSQL 18 moved its
 * data: `PGDATA /var/lib/postgresql/18/docker` under `VOLUME /var/lib/postgresql` (docker-library/postgres
 * 18/trixie/Dockerfile @6edb0a8).
 */
export function declaredVolumes(imageName: string | undefined, tag: string | undefined): readonly string[] | undefined {
  if (imageName === undefined) return undefined;
  if (postgres18(imageName, tag) !== undefined) return ['/var/lib/postgresql'];
  return imageFacts(imageName)?.volumes;
}

/** Where the image keeps its data for this tag, and whether that directory is under a declared VOLUME. */
export function dataDirectory(imageName: string, tag: string | undefined): { readonly path: string; readonly declaredVolume: boolean } | undefined {
  const facts = imageFacts(imageName);
  const major = postgres18(imageName, tag);
  const path = major !== undefined ? `/var/lib/postgresql/${major}/docker` : facts?.dataPaths[0];
  if (facts === undefined || path === undefined) return undefined;
  return { path, declaredVolume: (declaredVolumes(imageName, tag) ?? []).some((v) => path === v || path.startsWith(`${v}/`)) };
}

/** What the simulation assumes for an image it does not know: an app that is ready after a second. */
export const UNKNOWN_IMAGE_READY_MS = 1_000;
