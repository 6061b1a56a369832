/**
 * `docker run` of an image built in this session: the engine rebuilds it from its recipe (the build is a pure
 * function, so the image is the same) and simulates the run with the options given. What the terminal prints is
 * what Docker prints: nothing for a container that starts (its id with `-d`), the daemon's error wrapped by the
 * CLI (`docker: Error response from daemon: …` + `Run 'docker run --help' …`, cli/command/container/run.go
 * `toStatusError`) when it cannot be created, the container's own output when its command fails after start.
 */
import { analyze } from '../../index.ts';
import type { RunOptions } from '../../run/index.ts';
import type { CommandContext, CommandOutcome } from '../command-context.ts';
import { RUN } from '../docker-cli.ts';
import { containerId, containerName } from '../names.ts';
import { familiarTag, findContainer, findImage } from '../session.ts';
import type { SessionContainer, SessionImage, TerminalSession, Workspace } from '../types.ts';
import { prepare } from './images.ts';

const RUN_HELP = "\n\nRun 'docker run --help' for more information";

/** moby daemon/container/view.go: the path, then the args, each arg with a space quoted in `'…'`. */
export function psCommand(argv: readonly string[]): string {
  const [path = '', ...args] = argv;
  return [path, ...args.map((a) => (a.includes(' ') ? `'${a}'` : a))].join(' ');
}

/** `-p 8080:8000` → `0.0.0.0:8080->8000/tcp, [::]:8080->8000/tcp` (docker ps shows both address families). */
export function publishedPorts(specs: readonly string[]): string {
  const out: string[] = [];
  for (const spec of specs) {
    const [ports = '', proto = 'tcp'] = spec.split('/');
    const parts = ports.split(':');
    const target = parts[parts.length - 1]!;
    const host = parts.length >= 2 ? parts[parts.length - 2]! : '';
    const ip = parts.length === 3 ? parts[0]! : '';
    if (ip) out.push(`${ip}:${host}->${target}/${proto}`);
    else out.push(`0.0.0.0:${host}->${target}/${proto}`, `[::]:${host}->${target}/${proto}`);
  }
  return out.join(', ');
}

/** Ports the image EXPOSEs, read from its history (`EXPOSE [8000/tcp]` or BuildKit's older `EXPOSE map[8000/tcp:{}]`). */
export function exposedPorts(image: SessionImage): string[] {
  const ports: string[] = [];
  for (const layer of image.layers) {
    const m = /^EXPOSE (?:map)?\[(.*)\]$/.exec(layer.createdBy);
    if (m) for (const p of m[1]!.split(' ')) if (p) ports.push(p.replace(/:\{\}$/, ''));
  }
  return [...new Set(ports)];
}

function envPairs(values: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq > 0) env[v.slice(0, eq)] = v.slice(eq + 1);
  }
  return env;
}

/** The engine's report for running `image` with `options` (its build replayed from the recipe). */
export function simulate(image: SessionImage, options: RunOptions, workspace: Workspace) {
  const r = image.recipe;
  return analyze({
    dockerfile: r.dockerfile,
    dockerfilePath: r.dockerfilePath,
    files: r.files,
    context: r.context,
    ...(r.target !== undefined ? { target: r.target } : {}),
    buildArgs: r.buildArgs,
    run: { stop: true, ...options },
    ...(workspace.catalog ? { catalog: workspace.catalog } : {}),
  });
}

export function dockerRun(argv: readonly string[], context: CommandContext): CommandOutcome {
  const { session, print, env, workspace } = context;
  const parsed = prepare(RUN, argv, context);
  if ('exitCode' in parsed) return { session, exitCode: parsed.exitCode };
  const { values, args } = parsed;
  const [imageName = '', ...command] = args;
  const image = findImage(session, imageName);
  if (!image) {
    print.err(`Unable to find image '${familiarTag(imageName) ?? imageName}' locally`);
    print.out('# this terminal does not pull from a registry: it runs the images you build here (docker build -t NAME .)', 'note');
    return { session, exitCode: 125 };
  }
  const name = values.strings.get('name') ?? containerName(session.serial);
  const id = containerId(session.serial, image.id);
  const taken = findContainer(session, name);
  if (values.strings.has('name') && taken && taken.name === name) {
    print.err(`docker: Error response from daemon: Conflict. The container name "/${name}" is already in use by container "${taken.id}". You have to remove (or rename) that container to be able to reuse that name.${RUN_HELP}`);
    return { session, exitCode: 125 };
  }
  const publish = values.lists.get('publish') ?? [];
  for (const spec of publish) {
    const host = spec.split('/')[0]!.split(':').slice(-2, -1)[0];
    const holder = host ? session.containers.find((c) => c.state === 'running' && c.ports.includes(`:${host}->`)) : undefined;
    if (holder) {
      print.err(`docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint ${name} (${id}): Bind for 0.0.0.0:${host} failed: port is already allocated${RUN_HELP}`);
      return { session, exitCode: 125 };
    }
  }
  const options: RunOptions = {
    ...(command.length > 0 ? { args: command } : {}),
    ...(values.strings.has('entrypoint') ? { entrypoint: values.strings.get('entrypoint') } : {}),
    ...(values.strings.has('user') ? { user: values.strings.get('user') } : {}),
    ...(values.bools.has('init') ? { init: true } : {}),
    ...(values.ints.has('stop-timeout') ? { stopTimeout: values.ints.get('stop-timeout') } : {}),
    ...(values.strings.has('stop-signal') ? { stopSignal: values.strings.get('stop-signal') } : {}),
    ...(values.strings.has('memory') ? { memory: values.strings.get('memory') } : {}),
    ...(values.strings.has('platform') ? { platform: values.strings.get('platform') } : {}),
    ...(values.lists.has('env') ? { env: envPairs(values.lists.get('env')!) } : {}),
    ...(values.lists.has('volume') ? { volumes: values.lists.get('volume') } : {}),
  };
  const report = simulate(image, options, workspace);
  const run = report.run;
  if (!run) {
    print.err(`docker: Error response from daemon: the image could not be rebuilt to run it${RUN_HELP}`);
    return { session, exitCode: 125, report };
  }
  for (const warning of run.warnings) print.err(warning, 'warning');
  const base: SessionContainer = {
    id,
    name,
    image: imageName,
    imageId: image.id,
    command: psCommand(run.command.argv),
    created: env.now,
    state: 'created',
    startedAt: env.now,
    finishedAt: undefined,
    exitCode: undefined,
    ports: publish.length > 0 ? publishedPorts(publish) : exposedPorts(image).join(', '),
    options,
    stop: run.stop,
    autoRemove: values.bools.has('rm'),
  };
  const add = (container: SessionContainer): TerminalSession => ({
    ...session,
    serial: session.serial + 1,
    containers: container.autoRemove && container.state === 'exited' ? session.containers : [...session.containers, container],
  });

  if (run.error && run.error.phase === 'create') {
    print.err(`${run.error.message.startsWith('docker: ') ? '' : 'docker: '}${run.error.message}${RUN_HELP}`);
    return { session: add(base), exitCode: run.error.exitCode, report };
  }
  if (!run.running || run.error) {
    const code = run.error?.exitCode ?? run.exit?.code ?? 0;
    for (const line of run.error?.output.length ? run.error.output : run.error ? [run.error.message] : []) print.err(line, 'plain');
    if (values.bools.has('detach')) print.out(id);
    print.out(`# the container exited with code ${code}${run.exit?.reason ? `: ${run.exit.reason}` : ''}`, 'note');
    const exited: SessionContainer = { ...base, state: 'exited', finishedAt: env.now, exitCode: code };
    return { session: add(exited), exitCode: values.bools.has('detach') ? 0 : code, report };
  }
  const running: SessionContainer = { ...base, state: 'running' };
  if (values.bools.has('detach')) {
    print.out(id);
    return { session: add(running), exitCode: 0, report };
  }
  print.out(`# simulated: ${name} is running, PID 1 is ${run.pid1.argv.join(' ')}${run.pid1.shell ? ` (${run.pid1.shell}, a shell)` : ''}.`, 'note');
  print.out(`# Ctrl+C detaches this terminal; \`docker stop ${name}\` stops the container.`, 'note');
  return { session: add(running), exitCode: 0, report, effects: [{ kind: 'attach', container: name }] };
}
