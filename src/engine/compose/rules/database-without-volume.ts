import { defineComposeRule } from '../lint-rule.ts';
import type { ComposeService } from '../model-types.ts';
import { dataDirectory, imageFacts, officialName } from '../simulate/image-facts.ts';

/** Redis keeps data on disk only when asked to (`--appendonly yes`, `--save …`). */
function redisPersists(service: ComposeService): boolean {
  const command = service.command?.value;
  const words = typeof command === 'string' ? command.split(/\s+/) : (command ?? []);
  const text = words.join(' ');
  return /--appendonly\s+yes/.test(text) || /--save\s+(?!""|'')\S/.test(text);
}

const covers = (target: string, path: string) => {
  const t = target.replace(/\/+$/, '');
  return path === t || path.startsWith(`${t}/`);
};

/**
 * What is lost, and when, for data that is on no volume the compose file names (compose-orchestration.md §4;
 * docker/compose `pkg/compose/create.go` `buildContainerMountOptions` re-attaches the old container's anonymous
 * volumes on a recreate, `docs/reference/compose_down.md`: "Anonymous volumes are not removed by default",
 * `compose_up.md` `-V, --renew-anon-volumes`):
 * - the image declares the directory a VOLUME: each new container gets an anonymous volume there. `stop`, `restart`
 *   and a recreate by `up` keep it; after `down` the next `up` creates a new container with a new, empty one.
 * - it does not: the data is in the container's writable layer, removed with the container — at `down`, and at every
 *   recreate by `up` (a new image, a changed setting, `--force-recreate`).
 */
function whatIsLost(name: string, path: string, declaredVolume: boolean): string {
  return declaredVolume
    ? `${name} keeps its data in ${path}, which its image declares as a VOLUME, so each new container gets an anonymous volume there: it survives \`docker compose stop\`, \`restart\` and a recreate by \`up\` (Compose hands the old container's anonymous volumes to the new one, unless \`up -V\`), but after \`docker compose down\` the next \`up\` starts with a new, empty volume — the database starts empty, and the old data sits in an unnamed volume until \`docker volume prune\` (\`down -v\` deletes it at once).`
    : `${name} keeps its data in ${path}, inside the container's writable layer: it survives \`docker compose stop\` and \`restart\`, and is lost when the container is removed — at \`docker compose down\`, and whenever \`up\` recreates the container (a new image version, a changed setting, \`--force-recreate\`).`;
}

/** A database whose data directory is on no volume the compose file names. */
export const databaseWithoutVolume = defineComposeRule({
  meta: {
    id: 'database-without-volume',
    severity: 'warning',
    title: 'A database keeps its data on no volume the compose file names',
    explanation:
      'Where the data goes without a `volumes:` entry depends on the image. Most official database images declare their data directory a `VOLUME`, so Docker gives each new container an anonymous volume there: the data survives `stop`, `restart` and a recreate by `up`, but `docker compose down` removes the container, and the next `up` creates a new one with a new, empty anonymous volume — the old data is left in a volume nothing refers to. An image that declares no `VOLUME` keeps the data in the container\'s writable layer, which goes with the container: at `down`, and at every recreate after a new image or a changed setting. A named volume is kept by `down` and re-attached by the next `up`; only `down -v` deletes it.',
    suggestion: 'Mount a named volume at the data directory, e.g. `volumes: [db-data:/var/lib/postgresql/data]`, and declare `db-data:` under the top-level `volumes:`.',
    examples: {
      bad: [
        { compose: 'services:\n  mongo:\n    image: mongo:7\n' },
        { compose: 'services:\n  search:\n    image: elasticsearch:8.15.5\n', note: 'No VOLUME in this image: the index is in the writable layer.' },
      ],
      good: [
        { compose: 'services:\n  mongo:\n    image: mongo:7\n    volumes:\n      - mongo-data:/data/db\nvolumes:\n  mongo-data:\n', note: 'The lecture\'s example.' },
        { compose: 'services:\n  cache:\n    image: redis:7-alpine\n', note: 'A cache that persists nothing needs no volume.' },
      ],
    },
  },
  service(service) {
    const facts = imageFacts(service.image?.name);
    if (!service.image || !facts || facts.dataPaths.length === 0) return undefined;
    if (facts.kind !== 'database' && facts.kind !== 'queue' && facts.kind !== 'search' && !(facts.kind === 'cache' && redisPersists(service))) return undefined;
    const dir = dataDirectory(service.image.name, service.image.tag);
    if (dir === undefined) return undefined;
    const mounts = service.volumes.filter((m) => m.type !== 'tmpfs');
    if (mounts.some((m) => covers(m.target, dir.path))) return undefined;
    const name = officialName(service.image.name);
    // PostgreSQL 18+ refuses to start when something is mounted at the old data directory (docker-entrypoint.sh
    // `docker_error_old_databases`: "/var/lib/postgresql/data (unused mount/volume)").
    const oldMount = name === 'postgres' && dir.path !== '/var/lib/postgresql/data' ? mounts.find((m) => covers(m.target, '/var/lib/postgresql/data') && m.target.replace(/\/+$/, '') === '/var/lib/postgresql/data') : undefined;
    if (oldMount) {
      return [{ loc: oldMount.loc, message: `postgres ${service.image.tag ?? 'latest'} keeps its data in ${dir.path}, not in /var/lib/postgresql/data: with a mount there its entrypoint stops with "Error: in 18+, these Docker images are configured to store database data in a format which is compatible with "pg_ctlcluster"" (exit 1). Mount the volume at /var/lib/postgresql.` }];
    }
    return [{ loc: service.image.loc, message: whatIsLost(name, dir.path, dir.declaredVolume) }];
  },
});
