/**
 * `docker stop`, `docker ps`, `docker rm` and `docker rmi` against the session's containers and images.
 * `docker stop` takes as long as the engine says it takes — the terminal pauses for it, so a PID 1 that ignores
 * SIGTERM costs its full 10 seconds — then prints the name it was given (cli/command/container/stop.go).
 * `docker ps` is docker/cli's default table (formatter/container.go: ID, IMAGE, COMMAND quoted and cut to 20
 * columns, CREATED, STATUS, PORTS, NAMES) through the CLI's tabwriter; statuses are moby's (`Up 5 seconds`,
 * `Exited (137) 3 seconds ago`, `Created`).
 */
import { ellipsis, humanDuration, tabwrite, truncateId } from '../../inspect/index.ts';
import type { CommandContext, CommandOutcome } from '../command-context.ts';
import { PS, RM, RMI, STOP } from '../docker-cli.ts';
import type { CommandSpec } from '../docker-cli.ts';
import { findContainer, findImage, familiarTag, replaceContainer } from '../session.ts';
import type { SessionContainer, TerminalSession } from '../types.ts';
import { prepare } from './images.ts';
import { simulate } from './run.ts';

function ago(now: number, then: number): string {
  return `${humanDuration(Math.max(0, now - then))} ago`;
}

export function containerStatus(c: SessionContainer, now: number): string {
  if (c.state === 'running') return `Up ${humanDuration(Math.max(0, now - c.startedAt))}`;
  if (c.state === 'exited') return `Exited (${c.exitCode ?? 0}) ${ago(now, c.finishedAt ?? now)}`;
  return 'Created';
}

const noSuchContainer = (name: string): string => `Error response from daemon: No such container: ${name}`;

export function dockerStop(argv: readonly string[], context: CommandContext): CommandOutcome {
  const { print, env, workspace } = context;
  let session = context.session;
  const parsed = prepare(STOP, argv, context);
  if ('exitCode' in parsed) return { session, exitCode: parsed.exitCode };
  const timeout = parsed.values.ints.get('timeout');
  const signal = parsed.values.strings.get('signal');
  let failed = false;
  let report;
  for (const name of parsed.args) {
    const container = findContainer(session, name);
    if (!container) {
      print.err(noSuchContainer(name));
      failed = true;
      continue;
    }
    if (container.state !== 'running') {
      print.out(name);
      continue;
    }
    let stop = container.stop;
    if (timeout !== undefined || signal !== undefined) {
      const image = session.images.find((i) => i.id === container.imageId);
      if (image) {
        report = simulate(image, { ...container.options, ...(timeout !== undefined ? { stopTimeout: timeout } : {}), ...(signal !== undefined ? { stopSignal: signal } : {}) }, workspace);
        stop = report.run?.stop ?? stop;
      }
    }
    if (!stop || stop.seconds === undefined) {
      print.out(`# docker stop would wait for ${name} forever (stop timeout -1): ${stop?.explanation ?? 'it never exits'}`, 'note');
      failed = true;
      continue;
    }
    print.pause(stop.seconds, 'stop');
    print.out(name);
    print.out(`# stopped after ${stop.seconds.toFixed(1)} s, exit code ${stop.exitCode ?? 0}: ${stop.explanation}`, 'note');
    const stopped: SessionContainer = { ...container, state: 'exited', exitCode: stop.exitCode ?? 0, finishedAt: env.now + stop.seconds * 1000 };
    session = stopped.autoRemove ? { ...session, containers: session.containers.filter((c) => c.id !== container.id) } : replaceContainer(session, stopped);
  }
  return { session, exitCode: failed ? 1 : 0, ...(report ? { report } : {}) };
}

export function dockerPs(argv: readonly string[], context: CommandContext, spec: CommandSpec = PS): CommandOutcome {
  const { session, print, env } = context;
  const parsed = prepare(spec, argv, context);
  if ('exitCode' in parsed) return { session, exitCode: parsed.exitCode };
  const noTrunc = parsed.values.bools.has('no-trunc');
  const listed = session.containers.filter((c) => parsed.values.bools.has('all') || c.state === 'running').reverse();
  if (parsed.values.bools.has('quiet')) {
    for (const c of listed) print.out(noTrunc ? c.id : truncateId(c.id));
    return { session, exitCode: 0 };
  }
  let text = 'CONTAINER ID\tIMAGE\tCOMMAND\tCREATED\tSTATUS\tPORTS\tNAMES\n';
  for (const c of listed) {
    const command = JSON.stringify(noTrunc ? c.command : ellipsis(c.command, 20));
    text += [noTrunc ? c.id : truncateId(c.id), c.image, command, ago(env.now, c.created), containerStatus(c, env.now), c.ports, c.name].join('\t') + '\n';
  }
  print.out(tabwrite(text).replace(/\n$/, ''));
  return { session, exitCode: 0 };
}

export function dockerRm(argv: readonly string[], context: CommandContext): CommandOutcome {
  const { print } = context;
  let session: TerminalSession = context.session;
  const parsed = prepare(RM, argv, context);
  if ('exitCode' in parsed) return { session, exitCode: parsed.exitCode };
  let failed = false;
  for (const name of parsed.args) {
    const container = findContainer(session, name);
    if (!container) {
      print.err(noSuchContainer(name));
      failed = true;
    } else if (container.state === 'running' && !parsed.values.bools.has('force')) {
      print.err(`Error response from daemon: cannot remove container "/${container.name}": container is running: stop the container before removing or force remove`);
      failed = true;
    } else {
      session = { ...session, containers: session.containers.filter((c) => c.id !== container.id) };
      print.out(name);
    }
  }
  return { session, exitCode: failed ? 1 : 0 };
}

export function dockerRmi(argv: readonly string[], context: CommandContext): CommandOutcome {
  const { print } = context;
  let session: TerminalSession = context.session;
  const parsed = prepare(RMI, argv, context);
  if ('exitCode' in parsed) return { session, exitCode: parsed.exitCode };
  let failed = false;
  for (const name of parsed.args) {
    const image = findImage(session, name);
    if (!image) {
      print.err(`Error response from daemon: No such image: ${familiarTag(name) ?? name}`);
      failed = true;
      continue;
    }
    const user = session.containers.find((c) => c.imageId === image.id);
    if (user && !parsed.values.bools.has('force')) {
      const tag = familiarTag(name);
      const reference = tag && image.tags.includes(tag) ? name : undefined;
      print.err(
        reference
          ? `Error response from daemon: conflict: unable to remove repository reference "${reference}" (must force) - container ${truncateId(user.id)} is using its referenced image ${truncateId(image.id)}`
          : `Error response from daemon: conflict: unable to delete ${truncateId(image.id)} (must be forced) - image is being used by stopped container ${truncateId(user.id)}`,
      );
      failed = true;
      continue;
    }
    const tag = familiarTag(name);
    const untag = tag && image.tags.includes(tag) ? [tag] : image.tags;
    for (const t of untag) print.out(`Untagged: ${t}`);
    const left = image.tags.filter((t) => !untag.includes(t));
    if (left.length === 0) {
      print.out(`Deleted: ${image.id}`);
      session = { ...session, images: session.images.filter((i) => i.id !== image.id) };
    } else session = { ...session, images: session.images.map((i) => (i.id === image.id ? { ...i, tags: left } : i)) };
  }
  return { session, exitCode: failed ? 1 : 0 };
}
