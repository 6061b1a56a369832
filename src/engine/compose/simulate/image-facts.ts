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
}

const FACTS: Readonly<Record<string, ImageFacts>> = {
  postgres: { kind: 'database', ports: [5432], dataPaths: ['/var/lib/postgresql/data', '/var/lib/postgresql'], readyAfterMs: 3_000, healthcheck: false },
  postgis: { kind: 'database', ports: [5432], dataPaths: ['/var/lib/postgresql/data'], readyAfterMs: 4_000, healthcheck: false },
  mysql: { kind: 'database', ports: [3306, 33060], dataPaths: ['/var/lib/mysql'], readyAfterMs: 15_000, healthcheck: false },
  mariadb: { kind: 'database', ports: [3306], dataPaths: ['/var/lib/mysql'], readyAfterMs: 8_000, healthcheck: false },
  mongo: { kind: 'database', ports: [27017], dataPaths: ['/data/db', '/data/configdb'], readyAfterMs: 2_000, healthcheck: false },
  redis: { kind: 'cache', ports: [6379], dataPaths: ['/data'], readyAfterMs: 200, healthcheck: false },
  valkey: { kind: 'cache', ports: [6379], dataPaths: ['/data'], readyAfterMs: 200, healthcheck: false },
  memcached: { kind: 'cache', ports: [11211], dataPaths: [], readyAfterMs: 100, healthcheck: false },
  rabbitmq: { kind: 'queue', ports: [5672, 15672], dataPaths: ['/var/lib/rabbitmq'], readyAfterMs: 8_000, healthcheck: false },
  elasticsearch: { kind: 'search', ports: [9200, 9300], dataPaths: ['/usr/share/elasticsearch/data'], readyAfterMs: 20_000, healthcheck: false },
  nginx: { kind: 'web', ports: [80], dataPaths: [], readyAfterMs: 100, healthcheck: false },
  httpd: { kind: 'web', ports: [80], dataPaths: [], readyAfterMs: 200, healthcheck: false },
  caddy: { kind: 'web', ports: [80, 443], dataPaths: ['/data'], readyAfterMs: 200, healthcheck: false },
  traefik: { kind: 'web', ports: [80, 443], dataPaths: [], readyAfterMs: 500, healthcheck: false },
};

/** `docker.io/library/postgres:16` -> `postgres`; `bitnami/postgresql` -> undefined (not an official image we know). */
export function officialName(imageName: string): string {
  return imageName.replace(/^(docker\.io\/)?(library\/)?/, '');
}

export function imageFacts(imageName: string | undefined): ImageFacts | undefined {
  if (imageName === undefined) return undefined;
  return FACTS[officialName(imageName)];
}

/** What the simulation assumes for an image it does not know: an app that is ready after a second. */
export const UNKNOWN_IMAGE_READY_MS = 1_000;
