/**
 * One command line in, its output and the next session out. A line is a list of commands (`&&`, `||`, `;`);
 * each `docker …` goes to its handler, the rest to the small shell. The engine is pure: time and width come
 * in through `env`, Node commands and screen clearing go out as effects for the host to perform.
 */
import type { Report } from '../index.ts';
import { parseCommandLine } from './command-line.ts';
import type { CommandContext, CommandOutcome } from './command-context.ts';
import { DOCKER_COMMANDS, GROUPS, unknownCommand, unknownSubcommand } from './docker-cli.ts';
import { printer } from './output.ts';
import type { Printer } from './output.ts';
import { dockerBuild } from './commands/build.ts';
import { dockerHistory, dockerImages } from './commands/images.ts';
import { dockerRun } from './commands/run.ts';
import { dockerPs, dockerRm, dockerRmi, dockerStop } from './commands/containers.ts';
import { composeDown, composeUp } from './commands/compose.ts';
import { HELP_TEXT, NODE_COMMANDS, shellCat, shellLs, shellOther } from './commands/shell.ts';
import type { CommandResult, Effect, TerminalEnv, TerminalSession, Workspace } from './types.ts';

type Handler = (args: readonly string[], context: CommandContext) => CommandOutcome;

const HANDLERS: Readonly<Record<string, Handler>> = {
  'docker buildx build': dockerBuild,
  'docker run': dockerRun,
  'docker stop': dockerStop,
  'docker history': dockerHistory,
  'docker images': (a, c) => dockerImages(a, c),
  'docker image ls': (a, c) => dockerImages(a, c, DOCKER_COMMANDS['image ls']),
  'docker ps': (a, c) => dockerPs(a, c),
  'docker container ls': (a, c) => dockerPs(a, c, DOCKER_COMMANDS['container ls']),
  'docker rm': dockerRm,
  'docker rmi': dockerRmi,
  'docker compose up': composeUp,
  'docker compose down': composeDown,
};

/** Docker's other commands (docker --help): real, but not simulated here — said so instead of "unknown". */
const NOT_SIMULATED = new Set([
  'exec', 'logs', 'pull', 'push', 'tag', 'inspect', 'login', 'logout', 'search', 'info', 'attach', 'commit', 'cp',
  'create', 'diff', 'events', 'export', 'import', 'kill', 'load', 'pause', 'port', 'rename', 'restart', 'save', 'start',
  'stats', 'top', 'unpause', 'update', 'wait', 'network', 'volume', 'system', 'context', 'plugin', 'manifest', 'trust',
  'swarm', 'node', 'service', 'stack', 'secret', 'config', 'checkpoint', 'scout', 'init', 'debug', 'bake', 'model',
]);

const DOCKER_HELP = `
Usage:  docker [OPTIONS] COMMAND

A self-sufficient runtime for containers (simulated by Shipshape: nothing runs for real)

Common Commands:
  run         Create and run a new container from an image
  ps          List containers
  build       Build an image from a Dockerfile
  images      List images

Commands:
  compose     Docker Compose (up, down)
  history     Show the history of an image
  rm          Remove one or more containers
  rmi         Remove one or more images
  stop        Stop one or more running containers

Run 'docker COMMAND --help' for more information on a command.`;

function docker(words: readonly string[], context: CommandContext): CommandOutcome {
  const { session, print } = context;
  const [first, second] = words;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    print.out(DOCKER_HELP);
    return { session, exitCode: 0 };
  }
  if (first === '--version' || first === '-v' || first === 'version') {
    print.out('# the Docker CLI is simulated here by Shipshape; its texts follow Docker 29 and BuildKit', 'note');
    return { session, exitCode: 0 };
  }
  if (first.startsWith('-')) {
    const message = first.startsWith('--') ? `unknown flag: ${first.split('=')[0]}` : `unknown shorthand flag: '${first[1] ?? ''}' in ${first}`;
    print.err(`${message}\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\nRun 'docker --help' for more information`);
    return { session, exitCode: 125 };
  }
  const groupNames = GROUPS[first];
  let key = first;
  let rest = words.slice(1);
  if (groupNames) {
    if (second === undefined || second.startsWith('-')) {
      print.out(`\nUsage:  docker ${first} COMMAND\n\nCommands (simulated here): ${groupNames.join(', ')}\n\nRun 'docker ${first} COMMAND --help' for more information on a command.`);
      return { session, exitCode: 0 };
    }
    if (!groupNames.includes(second)) {
      print.err(unknownSubcommand(first, second));
      return { session, exitCode: 1 };
    }
    key = `${first} ${second}`;
    rest = words.slice(2);
  }
  const spec = DOCKER_COMMANDS[key];
  if (!spec) {
    if (NOT_SIMULATED.has(first)) {
      print.out(`# \`docker ${first}\` is a real Docker command, but this terminal does not simulate it. Type help for what it does.`, 'note');
      return { session, exitCode: 1 };
    }
    print.err(unknownCommand(first));
    return { session, exitCode: 1 };
  }
  const handler = HANDLERS[spec.path === 'docker image ls' ? 'docker image ls' : spec.path === 'docker container ls' ? 'docker container ls' : spec.path]!;
  return handler(rest, context);
}

function runOne(words: readonly string[], context: CommandContext): CommandOutcome {
  const [name, ...args] = words;
  if (name === undefined) return { session: context.session, exitCode: 0 };
  if (name === 'docker') return docker(args, context);
  if (name === 'ls') return shellLs(args, context);
  if (name === 'cat') return shellCat(args, context);
  if (NODE_COMMANDS.has(name)) return { session: context.session, exitCode: 0, effects: [{ kind: 'node', argv: words }] };
  return shellOther(name, args, context);
}

/** Runs a command line against the session. Never throws: an engine failure becomes an error line. */
export function runCommandLine(line: string, session: TerminalSession, workspace: Workspace, env: TerminalEnv): CommandResult {
  const print: Printer = printer();
  const parsed = parseCommandLine(line.length > 10_000 ? line.slice(0, 10_000) : line);
  if (!parsed.ok) {
    print.err(parsed.error);
    return { output: print.items, session, exitCode: 2, effects: [], report: undefined };
  }
  let current = session;
  let exitCode = 0;
  let report: Report | undefined;
  const effects: Effect[] = [];
  let skip = false;
  for (const item of parsed.items) {
    if (!skip) {
      let outcome: CommandOutcome;
      try {
        outcome = runOne(item.command.words.map((w) => w.text), { session: current, workspace, env, print });
      } catch (error) {
        // The engine returns errors as values; reaching this is a bug, reported in the terminal rather than lost.
        print.err(`shipshape: internal error: ${error instanceof Error ? error.message : String(error)}`);
        outcome = { session: current, exitCode: 70 };
      }
      current = outcome.session;
      exitCode = outcome.exitCode;
      if (outcome.report) report = outcome.report;
      effects.push(...(outcome.effects ?? []));
      // An attached container or a Node command takes over the terminal: the rest of the line waits for nothing.
      if (outcome.effects?.some((e) => e.kind === 'attach' || e.kind === 'node')) break;
    }
    skip = item.then === '&&' ? exitCode !== 0 : item.then === '||' ? exitCode === 0 : false;
  }
  return { output: print.items, session: current, exitCode, effects, report };
}

export { HELP_TEXT };
