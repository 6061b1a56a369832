/**
 * `docker compose up` / `down` on the workspace's compose file, simulated by the engine's compose folder. The
 * lines are Compose v2's (`[+] Running 3/3`, ` ✔ Container app-web-1  Started`, `Attaching to web-1`), made from
 * the timeline `simulateUp` records in Compose's words; what happens after `up` (crashes, restarts, health) is
 * printed as notes with its simulated time.
 */
import { analyzeComposeFiles } from '../../compose/index.ts';
import type { CommandContext, CommandOutcome } from '../command-context.ts';
import { COMPOSE_DOWN, COMPOSE_UP } from '../docker-cli.ts';
import { prepare } from './images.ts';

/** The file names `docker compose` looks for, in its order (compose-go `cli.DefaultFileNames`). */
export const COMPOSE_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'] as const;

/** The same analysis the panels show: the compose files among the editable files, loaded, simulated. */
function analysis(context: CommandContext) {
  return analyzeComposeFiles(context.workspace.files).compose;
}

const NO_FILE = 'no configuration file provided: not found';

function mark(text: string): string {
  if (/Error|failed/.test(text)) return ` ✘ ${text}`;
  if (/Waiting$/.test(text)) return ` ⠿ ${text}`;
  return ` ✔ ${text}`;
}

export function composeUp(argv: readonly string[], context: CommandContext): CommandOutcome {
  const { session, print } = context;
  const parsed = prepare(COMPOSE_UP, argv, context);
  if ('exitCode' in parsed) return { session, exitCode: parsed.exitCode };
  const compose = analysis(context);
  if (!compose) {
    print.err(NO_FILE);
    return { session, exitCode: 1 };
  }
  const up = compose.up;
  if (!up.ok && up.timeline.length === 0) {
    print.err(up.error ?? 'the compose file could not be loaded');
    return { session, exitCode: 1 };
  }
  const events = up.timeline.filter((e) => e.source === 'compose');
  const done = events.filter((e) => !/Waiting$/.test(e.text)).length;
  print.err(`[+] Running ${done}/${events.length}`, 'strong');
  for (const e of events) print.err(mark(e.text), /Error|failed/.test(e.text) ? 'error' : 'plain');
  if (up.error && !events.some((e) => e.text.includes(up.error ?? '\u0000'))) print.err(up.error);
  const containers = up.services.flatMap((s) => s.containers.map((c) => c.name));
  if (!parsed.values.bools.has('detach') && up.ok) {
    const project = `${up.projectName}-`;
    print.out(`Attaching to ${containers.map((c) => (c.startsWith(project) ? c.slice(project.length) : c)).join(', ')}`);
  }
  for (const e of up.timeline.filter((t) => t.source === 'daemon').slice(0, 20)) print.out(`# after ${(e.atMs / 1000).toFixed(1)} s: ${e.text}`, 'note');
  for (const s of up.services.filter((x) => x.state !== 'started' && x.state !== 'inactive')) print.out(`# ${s.name}: ${s.state} — ${s.reason}`, 'note');
  for (const c of up.connections.filter((x) => x.fails)) print.out(`# ${c.service}: ${c.message}`, 'note');
  return { session: { ...session, compose: { project: up.projectName, containers } }, exitCode: up.exitCode ?? 0 };
}

export function composeDown(argv: readonly string[], context: CommandContext): CommandOutcome {
  const { session, print } = context;
  const parsed = prepare(COMPOSE_DOWN, argv, context);
  if ('exitCode' in parsed) return { session, exitCode: parsed.exitCode };
  const compose = analysis(context);
  if (!compose) {
    print.err(NO_FILE);
    return { session, exitCode: 1 };
  }
  if (!session.compose) return { session, exitCode: 0 };
  const down = parsed.values.bools.has('volumes') ? compose.downVolumes : compose.down;
  const lines = [
    ...down.removed.containers.flatMap((c) => [`Container ${c}  Stopped`, `Container ${c}  Removed`]),
    ...down.removed.volumes.map((v) => `Volume ${v}  Removed`),
    ...down.removed.networks.map((n) => `Network ${n}  Removed`),
  ];
  print.err(`[+] Running ${lines.length}/${lines.length}`, 'strong');
  for (const l of lines) print.err(` ✔ ${l}`, 'plain');
  return { session: { ...session, compose: undefined }, exitCode: 0 };
}
