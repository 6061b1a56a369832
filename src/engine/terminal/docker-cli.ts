/**
 * The Docker CLI commands the terminal answers, as cobra declares them in docker/cli (and docker/buildx for
 * `build`, which `docker build` runs as `docker buildx build` since Docker 23): usage line, flags, argument
 * counts. The error texts are the CLI's own (docker/cli v28+):
 * - unknown command: `docker: unknown command: docker frob` + `Run 'docker --help' for more information`
 *   (cmd/docker/docker.go; Docker 27 and older printed `docker: 'frob' is not a docker command.`);
 * - a flag error: cli/cobra.go `FlagErrorFunc` — the pflag message, the usage line, `Run '… --help' …`, exit 125;
 * - argument counts: cli/required.go (`docker: 'docker stop' requires at least 1 argument` …).
 */
import type { FlagSpec } from './flags.ts';

export interface CommandSpec {
  /** `docker run`, `docker buildx build`: what errors and help call the command. */
  readonly path: string;
  readonly use: string;
  readonly short: string;
  readonly flags: readonly FlagSpec[];
  readonly args: { readonly min: number; readonly max: number };
  /** `docker run` stops reading flags at the image: what follows is the container's command. */
  readonly interspersed: boolean;
}

const help: FlagSpec = { long: 'help', type: 'bool', description: 'Print usage' };

export const BUILD: CommandSpec = {
  path: 'docker buildx build',
  use: 'docker buildx build [OPTIONS] PATH | URL | -',
  short: 'Start a build',
  args: { min: 1, max: 1 },
  interspersed: true,
  flags: [
    { long: 'tag', short: 't', type: 'list', value: 'stringArray', description: 'Image identifier (format: "[registry/]repository[:tag]")' },
    { long: 'file', short: 'f', type: 'string', value: 'string', description: 'Name of the Dockerfile (default: "PATH/Dockerfile")' },
    { long: 'target', type: 'string', value: 'string', description: 'Set the target build stage to build' },
    { long: 'build-arg', type: 'list', value: 'stringArray', description: 'Set build-time variables' },
    { long: 'no-cache', type: 'bool', description: 'Do not use cache when building the image' },
    { long: 'progress', type: 'string', value: 'string', description: 'Set type of progress output ("auto", "plain", "tty", "quiet", "rawjson")' },
    { long: 'quiet', short: 'q', type: 'bool', description: 'Suppress the build output and print image ID on success' },
    { long: 'platform', type: 'list', value: 'stringArray', description: 'Set target platform for build' },
    { long: 'pull', type: 'bool', description: 'Always attempt to pull all referenced images' },
    { long: 'load', type: 'bool', description: 'Shorthand for "--output=type=docker"' },
    help,
  ],
};

export const RUN: CommandSpec = {
  path: 'docker run',
  use: 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create and run a new container from an image',
  args: { min: 1, max: Infinity },
  interspersed: false,
  flags: [
    { long: 'detach', short: 'd', type: 'bool', description: 'Run container in background and print container ID' },
    { long: 'rm', type: 'bool', description: 'Automatically remove the container and its associated anonymous volumes when it exits' },
    { long: 'name', type: 'string', value: 'string', description: 'Assign a name to the container' },
    { long: 'interactive', short: 'i', type: 'bool', description: 'Keep STDIN open even if not attached' },
    { long: 'tty', short: 't', type: 'bool', description: 'Allocate a pseudo-TTY' },
    { long: 'init', type: 'bool', description: 'Run an init inside the container that forwards signals and reaps processes' },
    { long: 'entrypoint', type: 'string', value: 'string', description: 'Overwrite the default ENTRYPOINT of the image' },
    { long: 'user', short: 'u', type: 'string', value: 'string', description: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
    { long: 'env', short: 'e', type: 'list', value: 'list', description: 'Set environment variables' },
    { long: 'publish', short: 'p', type: 'list', value: 'list', description: "Publish a container's port(s) to the host" },
    { long: 'memory', short: 'm', type: 'string', value: 'bytes', description: 'Memory limit' },
    { long: 'stop-signal', type: 'string', value: 'string', description: 'Signal to stop the container' },
    { long: 'stop-timeout', type: 'int', value: 'int', description: 'Timeout (in seconds) to stop a container' },
    { long: 'platform', type: 'string', value: 'string', description: 'Set platform if server is multi-platform capable' },
    { long: 'volume', short: 'v', type: 'list', value: 'list', description: 'Bind mount a volume' },
    help,
  ],
};

export const STOP: CommandSpec = {
  path: 'docker stop',
  use: 'docker stop [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Stop one or more running containers',
  args: { min: 1, max: Infinity },
  interspersed: true,
  flags: [
    { long: 'signal', short: 's', type: 'string', value: 'string', description: 'Signal to send to the container' },
    { long: 'timeout', short: 't', type: 'int', value: 'int', description: 'Seconds to wait before killing the container' },
    help,
  ],
};

export const HISTORY: CommandSpec = {
  path: 'docker history',
  use: 'docker history [OPTIONS] IMAGE',
  short: 'Show the history of an image',
  args: { min: 1, max: 1 },
  interspersed: true,
  flags: [
    { long: 'no-trunc', type: 'bool', description: "Don't truncate output" },
    { long: 'quiet', short: 'q', type: 'bool', description: 'Only show image IDs' },
    { long: 'human', short: 'H', type: 'bool', description: 'Print sizes and dates in human readable format (default true)' },
    help,
  ],
};

export const IMAGES: CommandSpec = {
  path: 'docker images',
  use: 'docker images [OPTIONS] [REPOSITORY[:TAG]]',
  short: 'List images',
  args: { min: 0, max: 1 },
  interspersed: true,
  flags: [
    { long: 'quiet', short: 'q', type: 'bool', description: 'Only show image IDs' },
    { long: 'all', short: 'a', type: 'bool', description: 'Show all images (default hides intermediate and dangling images)' },
    { long: 'no-trunc', type: 'bool', description: "Don't truncate output" },
    help,
  ],
};

export const PS: CommandSpec = {
  path: 'docker ps',
  use: 'docker ps [OPTIONS]',
  short: 'List containers',
  args: { min: 0, max: 0 },
  interspersed: true,
  flags: [
    { long: 'all', short: 'a', type: 'bool', description: 'Show all containers (default shows just running)' },
    { long: 'quiet', short: 'q', type: 'bool', description: 'Only display container IDs' },
    { long: 'no-trunc', type: 'bool', description: "Don't truncate output" },
    help,
  ],
};

export const RM: CommandSpec = {
  path: 'docker rm',
  use: 'docker rm [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Remove one or more containers',
  args: { min: 1, max: Infinity },
  interspersed: true,
  flags: [{ long: 'force', short: 'f', type: 'bool', description: 'Force the removal of a running container (uses SIGKILL)' }, help],
};

export const RMI: CommandSpec = {
  path: 'docker rmi',
  use: 'docker rmi [OPTIONS] IMAGE [IMAGE...]',
  short: 'Remove one or more images',
  args: { min: 1, max: Infinity },
  interspersed: true,
  flags: [{ long: 'force', short: 'f', type: 'bool', description: 'Force removal of the image' }, help],
};

export const COMPOSE_UP: CommandSpec = {
  path: 'docker compose up',
  use: 'docker compose up [OPTIONS] [SERVICE...]',
  short: 'Create and start containers',
  args: { min: 0, max: Infinity },
  interspersed: true,
  flags: [
    { long: 'detach', short: 'd', type: 'bool', description: 'Detached mode: Run containers in the background' },
    { long: 'build', type: 'bool', description: 'Build images before starting containers' },
    help,
  ],
};

export const COMPOSE_DOWN: CommandSpec = {
  path: 'docker compose down',
  use: 'docker compose down [OPTIONS] [SERVICES]',
  short: 'Stop and remove containers, networks',
  args: { min: 0, max: Infinity },
  interspersed: true,
  flags: [{ long: 'volumes', short: 'v', type: 'bool', description: 'Remove named volumes declared in the "volumes" section of the Compose file and anonymous volumes attached to containers' }, help],
};

/** `docker <name>` and its aliases (`docker image ls` …) → the spec. */
export const DOCKER_COMMANDS: Readonly<Record<string, CommandSpec>> = {
  build: BUILD,
  'buildx build': BUILD,
  'builder build': BUILD,
  'image build': BUILD,
  run: RUN,
  'container run': RUN,
  stop: STOP,
  'container stop': STOP,
  history: HISTORY,
  'image history': HISTORY,
  images: IMAGES,
  'image ls': { ...IMAGES, path: 'docker image ls', use: 'docker image ls [OPTIONS] [REPOSITORY[:TAG]]' },
  'image list': { ...IMAGES, path: 'docker image ls', use: 'docker image ls [OPTIONS] [REPOSITORY[:TAG]]' },
  ps: PS,
  'container ls': { ...PS, path: 'docker container ls', use: 'docker container ls [OPTIONS]' },
  'container list': { ...PS, path: 'docker container ls', use: 'docker container ls [OPTIONS]' },
  rm: RM,
  'container rm': RM,
  rmi: RMI,
  'image rm': RMI,
  'compose up': COMPOSE_UP,
  'compose down': COMPOSE_DOWN,
};

/** Top-level words that take a second word (`docker image ls`). */
export const GROUPS: Readonly<Record<string, readonly string[]>> = {
  image: ['build', 'history', 'ls', 'list', 'rm'],
  container: ['run', 'stop', 'ls', 'list', 'rm'],
  buildx: ['build'],
  builder: ['build'],
  compose: ['up', 'down'],
};

export function unknownCommand(name: string): string {
  return `docker: unknown command: docker ${name}\n\nRun 'docker --help' for more information`;
}

export function unknownSubcommand(group: string, name: string): string {
  return `docker: unknown command: docker ${group} ${name}\n\nUsage:  docker ${group} COMMAND\n\nRun 'docker ${group} --help' for more information`;
}

export function flagError(spec: CommandSpec, message: string): string {
  return `${message}\n\nUsage:  ${spec.use}\n\nRun '${spec.path} --help' for more information`;
}

/** cli/required.go, by the command's argument rule. */
export function argCountError(spec: CommandSpec, given: number): string | undefined {
  const { min, max } = spec.args;
  if (given >= min && given <= max) return undefined;
  const plural = (n: number): string => (n === 1 ? 'argument' : 'arguments');
  const tail = (verb: 'Run' | 'See'): string => `\n\nUsage:  ${spec.use}\n\n${verb} '${spec.path} --help' for more information`;
  if (max === 0) return `docker: '${spec.path}' accepts no arguments${tail('Run')}`;
  if (min === max) return `docker: '${spec.path}' requires ${min} ${plural(min)}${tail('Run')}`;
  if (given < min) return `docker: '${spec.path}' requires at least ${min} ${plural(min)}${tail('See')}`;
  return `docker: '${spec.path}' requires at most ${max} ${plural(max)}${tail('Run')}`;
}

/** `docker <command> --help`, shortened to the usage line, the description and the flags the terminal knows. */
export function commandHelp(spec: CommandSpec): string {
  const rows = spec.flags.map((f) => {
    const names = `${f.short ? `-${f.short}, ` : '    '}--${f.long}${f.value ? ` ${f.value}` : ''}`;
    return `  ${names.padEnd(28)} ${f.description}`;
  });
  return `\nUsage:  ${spec.use}\n\n${spec.short}\n\nOptions:\n${rows.join('\n')}\n`;
}
