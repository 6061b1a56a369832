import { defineComposeRule } from '../lint-rule.ts';

const SOCKETS = new Set(['/var/run/docker.sock', '/run/docker.sock', '//var/run/docker.sock', '\\\\.\\pipe\\docker_engine']);

/** Mounting the Docker socket hands the container control of the host. */
export const dockerSocketMounted = defineComposeRule({
  meta: {
    id: 'docker-socket-mounted',
    severity: 'warning',
    title: 'The Docker socket is mounted into a container',
    explanation:
      'Whoever can talk to the Docker socket can start a privileged container that mounts the host\'s root filesystem: the socket is root on the host. A container with it mounted — even read-only, since `:ro` does not stop API calls — turns any flaw in that container into a takeover of the machine.',
    suggestion:
      'Avoid it. If a tool really needs the Docker API (a reverse proxy reading labels, a CI runner), put a filtering proxy such as tecnativa/docker-socket-proxy in between and allow only the calls it needs.',
    examples: {
      bad: [{ compose: 'services:\n  proxy:\n    image: traefik:3.1\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n' }],
      good: [{ compose: 'services:\n  proxy:\n    image: traefik:3.1\n    volumes:\n      - ./traefik.yml:/etc/traefik/traefik.yml:ro\n' }],
    },
  },
  service(service) {
    return service.volumes
      .filter((m) => m.type === 'bind' && m.source !== undefined && SOCKETS.has(m.source.replace(/\/+$/, '')))
      .map((m) => ({ loc: m.loc, message: `${service.name} mounts the Docker socket (${m.source}): root on the host for anyone who controls ${service.name}.` }));
  },
});
