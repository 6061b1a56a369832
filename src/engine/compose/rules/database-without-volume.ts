import { defineComposeRule } from '../lint-rule.ts';
import type { ComposeService } from '../model-types.ts';
import { imageFacts, officialName } from '../simulate/image-facts.ts';

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

/** A database whose data directory is inside the container: gone with the container. */
export const databaseWithoutVolume = defineComposeRule({
  meta: {
    id: 'database-without-volume',
    severity: 'warning',
    title: 'A database keeps its data inside the container',
    explanation:
      'A container\'s own filesystem lives only as long as the container. `docker compose down`, a recreate after changing the service, or a new image version removes the container — and with it every row the database wrote. A named volume mounted at the data directory outlives containers; `down` keeps it (only `down -v` deletes it).',
    suggestion: 'Mount a named volume at the data directory, e.g. `volumes: [db-data:/var/lib/postgresql/data]`, and declare `db-data:` under the top-level `volumes:`.',
    examples: {
      bad: [{ compose: 'services:\n  mongo:\n    image: mongo:7\n' }],
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
    const mounted = service.volumes.some((m) => m.type !== 'tmpfs' && facts.dataPaths.some((p) => covers(m.target, p)));
    if (mounted) return undefined;
    const name = officialName(service.image.name);
    return [{ loc: service.image.loc, message: `${name} writes its data to ${facts.dataPaths[0]}, which is not on a volume: the data goes when the container does.` }];
  },
});
