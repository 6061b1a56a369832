import type { Instruction, RunInstruction } from '../../dockerfile/index.ts';
import type { ImageLayer } from '../../build/index.ts';
import type { Fix } from '../finding.ts';
import { defineRule } from '../rule.ts';
import type { Report, RuleContext } from '../rule.ts';
import { commandName, commandsCalled, runOf } from '../shell-queries.ts';
import { instructionOnLine, listText, sizeText } from '../simulation-queries.ts';

/** Below this, a deletion in a later layer is not worth a finding (a config file replaced, a stub removed). */
const MIN_BYTES = 1_000_000;

/** Bytes an earlier layer still ships although a later one deleted them. */
interface Shipped {
  /** Index in `image.layers` of the layer that added them. */
  readonly layer: number;
  bytes: number;
}

interface Deletion {
  readonly layer: ImageLayer;
  readonly shipped: readonly Shipped[];
  readonly bytes: number;
}

/**
 * Replays the layers' diffs: a file added in one layer and removed (whiteout) or hidden (opaque directory) in
 * a later one is still in the image — the overlay filesystem only hides it. Returns one entry per deleting layer.
 */
function deletions(layers: readonly ImageLayer[]): Deletion[] {
  /** Path -> [index of the layer that added it, bytes], for files still visible. */
  const visible = new Map<string, [number, number]>();
  const out: Deletion[] = [];
  layers.forEach((layer, index) => {
    // Whiteouts hide the path and everything below it; an opaque directory hides only what is below it.
    const gone = new Set<string>();
    const below = new Set<string>();
    for (const change of layer.changes) {
      if (change.kind === 'whiteout' && change.path !== '/') (gone.add(change.path), below.add(change.path));
      else if (change.kind === 'opaque' && change.path !== '/') below.add(change.path);
    }
    const shipped = new Map<number, Shipped>();
    if (below.size > 0) {
      // One pass over the visible files, each looked up by its ancestors: O(files × depth), not files × whiteouts.
      for (const [path, [from, bytes]] of visible) {
        let hit = gone.has(path);
        for (let cut = path.lastIndexOf('/'); !hit && cut > 0; cut = path.lastIndexOf('/', cut - 1)) hit = below.has(path.slice(0, cut));
        if (!hit) continue;
        visible.delete(path);
        const entry = shipped.get(from) ?? { layer: from, bytes: 0 };
        entry.bytes += bytes;
        shipped.set(from, entry);
      }
    }
    for (const change of layer.changes) {
      if (change.kind === 'file') visible.set(change.path, [index, change.bytes]);
      else if (change.kind === 'symlink' || change.kind === 'dir') visible.delete(change.path);
    }
    const list = [...shipped.values()].filter((s) => s.bytes > 0);
    const bytes = list.reduce((n, s) => n + s.bytes, 0);
    if (!layer.fromBase && layer.line !== undefined && bytes > 0) out.push({ layer, shipped: list, bytes });
  });
  return out;
}

/** The RUN that removes files, where the rm is the whole command (`RUN rm -rf /tmp/build`). */
function loneRm(run: RunInstruction): boolean {
  const command = run.command;
  if (command?.kind !== 'shell' || run.heredocs.length > 0) return false;
  const { shape, commands } = command.script;
  const cmd = commands[0];
  return shape.singleCommand && commands.length === 1 && cmd !== undefined && commandName(cmd) === 'rm' && [cmd.name, ...cmd.args].every((w) => w?.value !== undefined);
}

/**
 * Moves `RUN rm …` to the end of the RUN right above it that made the files, so they never reach a layer.
 * Offered only when that RUN is the line right above (nothing in between could read the files).
 */
function mergeFix(deleting: Instruction, source: Instruction | undefined, escape: string): Fix | undefined {
  if (deleting.kind !== 'run' || source?.kind !== 'run' || !loneRm(deleting)) return undefined;
  const command = source.command;
  if (command?.kind !== 'shell' || source.heredocs.length > 0 || command.script.shape.hasBackgroundJob) return undefined;
  if (deleting.index !== source.index + 1 || deleting.startLine !== source.endLine + 1 || deleting.stageIndex !== source.stageIndex) return undefined;
  if (deleting.mounts.length > 0 || deleting.flags.length > 0) return undefined;
  const rm = deleting.command?.kind === 'shell' ? deleting.command.text : '';
  return {
    title: 'Delete the files in the RUN that made them',
    edits: [{ range: { start: command.range.end, end: deleting.range.end }, text: ` ${escape}\n && ${rm}` }],
  };
}

function reportFor(deletion: Deletion, layers: readonly ImageLayer[], context: RuleContext): Report | undefined {
  const { facts, dockerfile } = context;
  const instruction = instructionOnLine(facts, deletion.layer.line);
  if (!instruction) return undefined;
  const sources = deletion.shipped.map((s) => layers[s.layer]!);
  const lines = [...new Set(sources.filter((l) => !l.fromBase && l.line !== undefined).map((l) => l.line as number))].sort((a, b) => a - b);
  const fromBase = sources.some((l) => l.fromBase);
  const where = [
    ...(lines.length > 0 ? [`line${lines.length > 1 ? 's' : ''} ${listText(lines.map(String), 4)}`] : []),
    ...(fromBase ? ['the base image'] : []),
  ].join(' and ');
  const run = runOf(instruction);
  const script = run?.command?.kind === 'shell' ? run.command.script : undefined;
  const rm = script ? commandsCalled(script, ['rm', 'unlink', 'rmdir', 'shred'])[0] : undefined;
  const copied = sources.some((l) => l.line !== undefined && ['copy', 'add'].includes(instructionOnLine(facts, l.line)?.kind ?? ''));
  const only = lines.length === 1 && !fromBase ? instructionOnLine(facts, lines[0]) : undefined;
  const fix = only ? mergeFix(instruction, only, dockerfile.escapeChar) : undefined;
  return {
    range: rm?.range ?? instruction.range,
    instruction,
    message: `This deletes ${sizeText(deletion.bytes)} that ${where} added, but the image still ships them: the earlier layer keeps the files and this one only hides them.${copied ? ' For a file you only need during the build, use `RUN --mount=type=bind` instead of COPY.' : ''}`,
    ...(fix && { fix }),
  };
}

/** `RUN rm -rf …` of files an earlier layer added: the image is not any smaller. */
export const deletedInLaterLayer = defineRule({
  meta: {
    id: 'deleted-in-later-layer',
    severity: 'warning',
    sources: [],
    title: 'Files deleted in a later layer are still shipped',
    explanation:
      'An image is a stack of layers, and each layer records only what changed. Deleting a file in a later RUN writes a "whiteout" marker that hides it, but the layer that added the file still holds every byte: `docker pull` downloads it and the disk keeps it. Only deleting a file in the same RUN that created it keeps it out of the image.',
    suggestion:
      'Delete temporary files in the same RUN that creates them (`… && make install && rm -rf /tmp/build`). For files you only need during the build, use a bind or cache mount (`RUN --mount=type=bind,source=app.tar.gz,target=/tmp/app.tar.gz …`), or do the work in a build stage and COPY only the result into the final stage.',
    needs: ['build'],
    examples: {
      bad: [{ dockerfile: 'FROM debian:bookworm-slim\nRUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*\n' }],
      good: [
        { dockerfile: 'FROM debian:bookworm-slim\nRUN apt-get update && rm -rf /var/lib/apt/lists/*\n' },
        {
          dockerfile: 'FROM debian:bookworm-slim AS build\nRUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*\nFROM debian:bookworm-slim\nCOPY --from=build /etc/os-release /os-release\n',
          note: 'Layers of a build stage that the final image is not built FROM are not shipped.',
        },
      ],
    },
  },
  done(_state, context) {
    const image = context.build?.image;
    if (!image) return undefined;
    const reports: Report[] = [];
    for (const deletion of deletions(image.layers)) {
      if (deletion.bytes < MIN_BYTES) continue;
      const report = reportFor(deletion, image.layers, context);
      if (report) reports.push(report);
    }
    return reports;
  },
});
