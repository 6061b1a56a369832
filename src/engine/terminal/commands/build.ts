/**
 * `docker build` (which Docker runs as `docker buildx build`): the engine builds the workspace's Dockerfile with
 * the previous build's cache, and the terminal prints BuildKit's progress — the tty display by default, the plain
 * log with `--progress=plain`, only the image id with `-q` — then the build checks' warnings as buildx prints them
 * (commands/build.go `printWarnings`). A successful build is stored in the session under its tags.
 */
import { analyze } from '../../index.ts';
import type { Finding, LayerView, Report } from '../../index.ts';
import { historyRows } from '../../inspect/index.ts';
import type { CommandContext, CommandOutcome } from '../command-context.ts';
import { BUILD, argCountError, commandHelp, flagError } from '../docker-cli.ts';
import { parseFlags } from '../flags.ts';
import { canonicalName, familiarTag } from '../session.ts';
import { parsePlainLog, renderTty } from '../tty-progress.ts';
import type { SessionImage, TerminalSession, Workspace } from '../types.ts';

/** The full image id (`sha256:<hex>`) for an image's layers: the id `docker history` shows, untruncated. */
export function imageIdOf(layers: readonly LayerView[]): string {
  const rows = historyRows(layers.map((l) => ({ createdBy: l.createdBy, emptyLayer: l.emptyLayer, bytes: l.bytes, changes: [], line: l.line, fromBase: l.fromBase })));
  return rows[0]?.id ?? 'sha256:';
}

/** A file of the workspace by context path: an editable file, or a context entry with content. */
export function workspaceFile(workspace: Workspace, path: string): string | undefined {
  const clean = path.replace(/^\.\//, '');
  if (clean in workspace.files) return workspace.files[clean];
  const entry = workspace.context.find((e) => e.path === clean);
  return entry && (entry.kind === undefined || entry.kind === 'file') ? entry.content : undefined;
}

/** Adds `naming to <name> done` to the exporting vertex, as BuildKit's image exporter prints it for each tag. */
function withNaming(log: string, tags: readonly string[]): string {
  if (tags.length === 0) return log;
  const lines = log.split('\n');
  const at = lines.findIndex((l) => /^#\d+ writing image sha256:[0-9a-f]+ done$/.test(l));
  if (at < 0) return log;
  const vertex = lines[at]!.split(' ')[0]!;
  lines.splice(at + 1, 0, ...tags.map((t) => `${vertex} naming to ${canonicalName(t)} done`));
  return lines.join('\n');
}

function warnings(findings: readonly Finding[]): string[] {
  return findings.flatMap((f) => f.reportedAs.filter((r) => r.tool === 'buildkit').map((r) => ` - ${r.code}: ${r.message} (line ${r.line})`));
}

function buildArgs(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq > 0) out[v.slice(0, eq)] = v.slice(eq + 1);
  }
  return out;
}

function store(session: TerminalSession, image: SessionImage): TerminalSession {
  // A tag moves to the new image; an image left without tags stays, dangling (`<none>`), as Docker keeps it.
  const others = session.images
    .filter((i) => i.id !== image.id)
    .map((i) => ({ ...i, tags: i.tags.filter((t) => !image.tags.includes(t)) }));
  const same = session.images.find((i) => i.id === image.id);
  const tags = [...new Set([...(same?.tags ?? []), ...image.tags])];
  return { ...session, images: [...others, { ...image, tags, created: same?.created ?? image.created }] };
}

export function dockerBuild(argv: readonly string[], { session, workspace, env, print }: CommandContext): CommandOutcome {
  const parsed = parseFlags(argv, BUILD.flags, BUILD.interspersed);
  if (!parsed.ok) {
    print.err(flagError(BUILD, parsed.error));
    return { session, exitCode: 125 };
  }
  const { values, args } = parsed;
  if (values.bools.has('help')) {
    print.out(commandHelp(BUILD));
    return { session, exitCode: 0 };
  }
  const countError = argCountError(BUILD, args.length);
  if (countError) {
    print.err(`ERROR: ${countError}`);
    return { session, exitCode: 1 };
  }
  const path = args[0]!;
  if (!['.', './', workspace.projectName ?? '.'].includes(path)) {
    print.err(`ERROR: failed to build: unable to prepare context: path ${JSON.stringify(path)} not found`);
    print.out('# this terminal builds the project in the editor: use `docker build .`', 'note');
    return { session, exitCode: 1 };
  }
  const tags: string[] = [];
  for (const tag of values.lists.get('tag') ?? []) {
    const familiar = familiarTag(tag);
    if (familiar === undefined) {
      print.err(`ERROR: failed to build: invalid tag ${JSON.stringify(tag)}: invalid reference format${/[A-Z]/.test(tag) ? ': repository name must be lowercase' : ''}`);
      return { session, exitCode: 1 };
    }
    tags.push(familiar);
  }
  const dockerfilePath = (values.strings.get('file') ?? 'Dockerfile').replace(/^\.\//, '');
  const dockerfile = workspaceFile(workspace, dockerfilePath);
  const progress = values.bools.has('quiet') ? 'quiet' : (values.strings.get('progress') ?? 'auto');
  if (dockerfile === undefined) {
    if (progress !== 'quiet') {
      print.err(`[+] Building 0.0s (1/1) FINISHED`, 'dim');
      print.err(` => [internal] load build definition from ${dockerfilePath}`, 'dim');
    }
    print.err(`ERROR: failed to build: failed to solve: failed to read dockerfile: open ${dockerfilePath}: no such file or directory`);
    return { session, exitCode: 1 };
  }
  const target = values.strings.get('target');
  const recipe = { dockerfile, dockerfilePath, files: workspace.files, context: workspace.context, target, buildArgs: buildArgs(values.lists.get('build-arg') ?? []) };
  const report: Report = analyze({
    dockerfile,
    dockerfilePath,
    files: workspace.files,
    context: workspace.context,
    ...(target !== undefined ? { target } : {}),
    buildArgs: recipe.buildArgs,
    ...(session.cache && !values.bools.has('no-cache') ? { previousCache: session.cache } : {}),
    ...(workspace.catalog ? { catalog: workspace.catalog } : {}),
  });
  const build = report.build;
  const image = build.ok ? build.image : undefined;
  const log = withNaming(build.log, image ? tags : []);

  if (progress === 'plain' || progress === 'rawjson') {
    for (const line of log.replace(/\n+$/, '').split('\n')) print.err(line, line.startsWith('ERROR') ? 'error' : 'plain');
  } else if (progress !== 'quiet') {
    for (const line of renderTty(parsePlainLog(log), env.columns)) {
      if (line.kind === 'vertex') print.pause(line.seconds ?? 0, 'build');
      const tone = line.kind === 'header' ? 'strong' : line.kind === 'tail' ? (line.text.startsWith('ERROR') ? 'error' : 'plain') : line.status === 'error' ? 'error' : line.status === 'cached' ? 'dim' : line.kind === 'status' ? 'dim' : 'accent';
      print.err(line.text, tone);
    }
  }
  const warned = warnings(report.findings);
  if (warned.length > 0 && progress !== 'quiet') {
    print.err('');
    print.err(` ${warned.length === 1 ? '1 warning found' : `${warned.length} warnings found`} (use docker --debug to expand):`, 'warning');
    for (const w of warned) print.err(w, 'plain');
  }
  const next: TerminalSession = { ...session, cache: report.cache };
  if (!image) {
    if (progress === 'quiet' && build.error) print.err(`ERROR: failed to build: ${build.error.message}`);
    return { session: next, exitCode: 1, report };
  }
  const id = imageIdOf(image.layers);
  if (progress === 'quiet') print.out(id);
  const stored: SessionImage = {
    id,
    tags,
    created: env.now,
    diskBytes: image.diskBytes,
    compressedBytes: image.compressedBytes,
    history: image.history,
    layers: image.layers,
    recipe,
  };
  return { session: store(next, stored), exitCode: 0, report };
}
