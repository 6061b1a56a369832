/**
 * Commands in official server images that the catalog has no record of (postgres, redis, mysql, mariadb, mongo,
 * rabbitmq). The build simulates such an image as an unknown Debian-like image whose commands are assumed present
 * (build/base-image.ts `unknownImage`); a health probe needs better than that, because `curl` on the postgres image
 * is the classic probe that can never pass. What each image has and lacks was read in its Dockerfile:
 *
 * - postgres (Debian): `wget` is installed to fetch gosu, then purged (`apt-get purge --auto-remove`); curl is never
 *   installed; `ENV PATH $PATH:/usr/lib/postgresql/$PG_MAJOR/bin` puts pg_isready and psql on PATH
 *   (docker-library/postgres 16/bookworm/Dockerfile, 18/trixie/Dockerfile @6edb0a8).
 * - postgres (Alpine): BusyBox's `wget` applet fetches gosu and stays; curl is only a build dependency
 *   (`curl-dev`, removed with `.build-deps`); bash is a run-time dependency (16/alpine3.22/Dockerfile @6edb0a8).
 * - redis (Debian): `wget` is installed for the download and purged twice; curl never (7.2/debian/Dockerfile
 *   @e920499). redis (Alpine): the real wget is a build dependency, BusyBox's applet remains (7.2/alpine/Dockerfile).
 * - mysql (Oracle Linux 9 slim): the Dockerfile itself runs `curl -fL` before installing any package, so the base
 *   has curl (docker-library/mysql 8.4/Dockerfile.oracle @7f30fdb).
 * - mariadb (Ubuntu noble): `wget` fetches gosu and is purged; the image ships /usr/local/bin/healthcheck.sh
 *   (MariaDB/mariadb-docker 11.4/Dockerfile @1b6429b).
 * - mongo (Ubuntu jammy): `wget` is purged after fetching gosu and js-yaml (docker-library/mongo 7.0/Dockerfile
 *   @2c69a57b9). Whether its packages pull in curl was not checked, so curl is left unknown.
 *
 * A command in neither list is unknown: the probe is assumed to run, and the report says so.
 */

export interface ServerImageCommands {
  /** Official repository name, without registry or `library/`. */
  readonly repository: string;
  /** `alpine` tags, the others (Debian / Ubuntu / Oracle Linux), or both. */
  readonly variant: 'alpine' | 'default' | 'any';
  readonly present: readonly string[];
  readonly absent: readonly string[];
  readonly source: string;
}

const TABLE: readonly ServerImageCommands[] = [
  {
    repository: 'postgres',
    variant: 'default',
    present: ['postgres', 'pg_isready', 'psql', 'pg_ctl', 'pg_dump', 'initdb', 'gosu', 'bash', 'docker-entrypoint.sh'],
    absent: ['curl', 'wget'],
    source: 'docker-library/postgres 16/bookworm/Dockerfile @6edb0a8',
  },
  {
    repository: 'postgres',
    variant: 'alpine',
    present: ['postgres', 'pg_isready', 'psql', 'pg_ctl', 'pg_dump', 'initdb', 'gosu', 'bash', 'wget', 'docker-entrypoint.sh'],
    absent: ['curl'],
    source: 'docker-library/postgres 16/alpine3.22/Dockerfile @6edb0a8',
  },
  {
    repository: 'redis',
    variant: 'default',
    present: ['redis-server', 'redis-cli', 'gosu', 'docker-entrypoint.sh'],
    absent: ['curl', 'wget'],
    source: 'docker-library/redis 7.2/debian/Dockerfile @e920499',
  },
  {
    repository: 'redis',
    variant: 'alpine',
    present: ['redis-server', 'redis-cli', 'gosu', 'wget', 'docker-entrypoint.sh'],
    absent: ['curl'],
    source: 'docker-library/redis 7.2/alpine/Dockerfile @e920499',
  },
  {
    repository: 'mysql',
    variant: 'any',
    present: ['mysqld', 'mysql', 'mysqladmin', 'mysqlsh', 'curl', 'gosu', 'docker-entrypoint.sh'],
    absent: [],
    source: 'docker-library/mysql 8.4/Dockerfile.oracle @7f30fdb',
  },
  {
    repository: 'mariadb',
    variant: 'any',
    present: ['mariadbd', 'mariadb', 'mariadb-admin', 'healthcheck.sh', 'gosu', 'docker-entrypoint.sh'],
    absent: ['curl', 'wget'],
    source: 'MariaDB/mariadb-docker 11.4/Dockerfile @1b6429b',
  },
  {
    repository: 'mongo',
    variant: 'any',
    present: ['mongod', 'mongos', 'mongosh', 'gosu', 'jq', 'docker-entrypoint.sh'],
    absent: ['wget'],
    source: 'docker-library/mongo 7.0/Dockerfile @2c69a57b9',
  },
];

/** `docker.io/library/postgres:16-alpine` -> `{ repository: 'postgres', tag: '16-alpine' }`. */
function split(ref: string): { readonly repository: string; readonly tag: string } {
  const noDigest = ref.split('@')[0] ?? ref;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  const hasTag = colon > slash;
  const repository = (hasTag ? noDigest.slice(0, colon) : noDigest).replace(/^(docker\.io\/|index\.docker\.io\/|registry-1\.docker\.io\/)?(library\/)?/, '');
  return { repository: repository.toLowerCase(), tag: hasTag ? noDigest.slice(colon + 1) : 'latest' };
}

/** What the table knows about the official server image `ref`, or `undefined`. */
export function serverImageCommands(ref: string): ServerImageCommands | undefined {
  const { repository, tag } = split(ref);
  const alpine = tag.includes('alpine');
  return TABLE.find((row) => row.repository === repository && (row.variant === 'any' || row.variant === (alpine ? 'alpine' : 'default')));
}

/** Is the command `name` (a bare name or a path) in the image `ref`? `undefined`: the table does not say. */
export function serverImageCommand(ref: string, name: string): { readonly present: boolean; readonly source: string } | undefined {
  const row = serverImageCommands(ref);
  if (row === undefined) return undefined;
  const base = name.slice(name.lastIndexOf('/') + 1);
  if (row.present.includes(base)) return { present: true, source: row.source };
  if (row.absent.includes(base)) return { present: false, source: row.source };
  return undefined;
}
