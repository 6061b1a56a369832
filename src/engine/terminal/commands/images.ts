/**
 * `docker history IMAGE` and `docker images`. History prints the table the engine made for the built image —
 * the same text the Layers panel shows — and re-formats it only for `--no-trunc` / `-q`. `docker images` prints
 * Docker 29's default view (docker/cli cli/command/image/tree.go): a right-aligned legend, then IMAGE, ID, DISK
 * USAGE, CONTENT SIZE and EXTRA (`U` when a container uses it), three spaces apart; `-q` prints the ids.
 */
import { formatHistory, historyRows, humanSize, truncateId } from '../../inspect/index.ts';
import type { CommandContext, CommandOutcome } from '../command-context.ts';
import { HISTORY, IMAGES, argCountError, commandHelp, flagError } from '../docker-cli.ts';
import type { CommandSpec } from '../docker-cli.ts';
import { parseFlags } from '../flags.ts';
import type { FlagParse } from '../flags.ts';
import { familiarTag, findImage } from '../session.ts';
import type { SessionImage, TerminalSession } from '../types.ts';

type Parsed = Extract<FlagParse, { ok: true }>;

/** Flag and argument checks shared by the simple commands; `undefined` means the command already answered. */
export function prepare(spec: CommandSpec, argv: readonly string[], context: CommandContext): Parsed | { readonly exitCode: number } {
  const parsed = parseFlags(argv, spec.flags, spec.interspersed);
  if (!parsed.ok) {
    context.print.err(flagError(spec, parsed.error));
    return { exitCode: 125 };
  }
  if (parsed.values.bools.has('help')) {
    context.print.out(commandHelp(spec));
    return { exitCode: 0 };
  }
  const countError = argCountError(spec, parsed.args.length);
  if (countError) {
    context.print.err(countError);
    return { exitCode: 1 };
  }
  return parsed;
}

export function noSuchImage(name: string): string {
  return `Error response from daemon: No such image: ${familiarTag(name) ?? name}`;
}

export function dockerHistory(argv: readonly string[], context: CommandContext): CommandOutcome {
  const { session, print } = context;
  const parsed = prepare(HISTORY, argv, context);
  if ('exitCode' in parsed) return { session, exitCode: parsed.exitCode };
  const name = parsed.args[0]!;
  const image = findImage(session, name);
  if (!image) {
    print.err(noSuchImage(name));
    print.out('# images come from `docker build -t NAME .` in this terminal', 'note');
    return { session, exitCode: 1 };
  }
  const rows = historyRows(image.layers.map((l) => ({ createdBy: l.createdBy, emptyLayer: l.emptyLayer, bytes: l.bytes, changes: [], line: l.line, fromBase: l.fromBase })));
  if (parsed.values.bools.has('quiet')) {
    for (const row of rows) print.out(parsed.values.bools.has('no-trunc') ? row.id : truncateId(row.id));
    return { session, exitCode: 0 };
  }
  const text = parsed.values.bools.has('no-trunc') ? formatHistory(rows, { noTrunc: true }) : image.history;
  print.out(text.replace(/\n$/, ''));
  return { session, exitCode: 0 };
}

const COLUMN_SPACING = '   ';
const LEGEND = 'i Info →   U  In Use';

function inUse(session: TerminalSession, image: SessionImage): boolean {
  return session.containers.some((c) => c.imageId === image.id);
}

export function dockerImages(argv: readonly string[], context: CommandContext, spec: CommandSpec = IMAGES): CommandOutcome {
  const { session, print, env } = context;
  const parsed = prepare(spec, argv, context);
  if ('exitCode' in parsed) return { session, exitCode: parsed.exitCode };
  const match = parsed.args[0] === undefined ? undefined : familiarTag(parsed.args[0]);
  const all = parsed.values.bools.has('all');
  const listed = session.images.filter((image) => (all || image.tags.length > 0) && (match === undefined || image.tags.includes(match)));
  if (parsed.values.bools.has('quiet')) {
    for (const image of listed) print.out(parsed.values.bools.has('no-trunc') ? image.id : truncateId(image.id));
    return { session, exitCode: 0 };
  }
  const rows = listed
    .flatMap((image) => (image.tags.length > 0 ? [...image.tags].sort().map((tag) => ({ name: tag, image })) : [{ name: '<untagged>', image }]))
    .sort((a, b) => (a.name === '<untagged>' ? 1 : b.name === '<untagged>' ? -1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const chips = rows.some((r) => inUse(session, r.image));
  const nameWidth = Math.max('IMAGE'.length, ...rows.map((r) => r.name.length));
  print.out(LEGEND.padStart(Math.max(env.columns - 1, LEGEND.length)), 'dim');
  const header = ['IMAGE'.padEnd(nameWidth), 'ID'.padEnd(12), 'DISK USAGE', 'CONTENT SIZE', 'EXTRA'].join(COLUMN_SPACING);
  print.out(header, 'strong');
  for (const { name, image } of rows) {
    const cells = [
      name.padEnd(nameWidth),
      truncateId(image.id).padEnd(12),
      humanSize(image.diskBytes).padStart(10),
      humanSize(image.compressedBytes).padStart(12),
      chips ? (inUse(session, image) ? 'U' : ' ') : '',
    ];
    print.out(cells.join(COLUMN_SPACING).trimEnd());
  }
  if (rows.length === 0 && match !== undefined) print.out('# no image by that name: build one with `docker build -t NAME .`', 'note');
  return { session, exitCode: 0 };
}
