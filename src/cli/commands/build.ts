/**
 * `shipshape build [DIR] [-f FILE] [--target T] [--build-arg K=V]… [--cache-dir D] [--no-cache] [--format text|json]`
 *
 * Reads a real directory into the engine's context type (../io/project.ts, ../io/read-context.ts), keeps a
 * build cache per project on disk so a second build shows what it reuses, runs the simulated build and prints
 * BuildKit's progress log and the image's layer table, or JSON. Bad input gets one clear line and exit 2;
 * a build that fails exits 1, as `docker build` does.
 */
import { readCommandArgs } from '../io/command-args.ts';
import type { BuildResult } from '../../engine/build/index.ts';
import { formatHistory, historyRows, humanSize } from '../../engine/inspect/index.ts';
import { buildArgsFrom, buildProject, readProject } from '../io/project.ts';

const help = `Usage: shipshape build [DIR] [options]

Simulates \`docker build\` of DIR (default: .): BuildKit's progress log, the layers, sizes, cache reuse
against the previous build of the same directory, and an estimated time per step. Nothing runs for real.

Options:
  -f, --file FILE          the Dockerfile (default: DIR/Dockerfile)
      --target STAGE       build this stage (and the stages it needs) only
      --build-arg K=V      a build argument (repeatable)
      --cache-dir DIR      where the simulated build cache is kept
                           (default: $XDG_CACHE_HOME/shipshape or ~/.cache/shipshape)
      --no-cache           ignore the cache (every step runs)
      --format FORMAT      text (default) or json
  -h, --help               show this help
`;

function toJson(r: BuildResult): string {
  const image = r.image;
  return JSON.stringify(
    {
      ok: r.ok,
      ...(r.error !== undefined ? { error: { line: r.error.line, message: r.error.message, output: r.error.output, explanation: r.error.explanation } } : {}),
      ...(image !== undefined
        ? {
            image: {
              diskBytes: image.diskBytes,
              compressedBytes: image.compressedBytes,
              compressedIsEstimate: true,
              wastedBytes: image.wastedBytes,
              efficiency: image.efficiency,
              baseImage: image.baseImage,
              user: image.config.user,
              entrypoint: image.config.entrypoint ?? null,
              cmd: image.config.cmd ?? null,
              layers: image.layers.filter((l) => !l.emptyLayer).map((l) => ({
                instruction: l.instruction ?? l.createdBy,
                line: l.line ?? null,
                bytes: l.bytes,
                fromBase: l.fromBase,
              })),
              estimates: image.estimates,
            },
          }
        : {}),
      steps: r.steps.map((s) => ({ stage: s.stage, line: s.line, instruction: s.instruction, status: s.status, seconds: s.seconds, ...(s.reason !== undefined ? { reason: s.reason } : {}) })),
      stages: r.stages,
      totalSeconds: r.totalSeconds,
    },
    null,
    2,
  );
}

function toText(r: BuildResult): string {
  const out: string[] = [r.log.trimEnd(), ''];
  const ran = r.steps.filter((s) => s.status === 'run');
  const cached = r.steps.filter((s) => s.status === 'cached');
  const firstMiss = ran.find((s) => s.reason !== undefined);
  out.push(`Cache: ${cached.length} of ${cached.length + ran.length} steps reused${firstMiss ? `; first to run: line ${firstMiss.line} (${firstMiss.reason ?? ''})` : ''}.`);
  for (const s of r.stages) if (!s.built && s.reason !== undefined) out.push(`Stage ${s.name} (line ${s.line}) skipped: ${s.reason}.`);
  if (r.error !== undefined) {
    out.push('', `Why: ${r.error.explanation}`);
    return `${out.join('\n')}\n`;
  }
  const image = r.image;
  if (image !== undefined) {
    out.push('', formatHistory(historyRows(image.layers)).trimEnd(), '');
    out.push(`Image: ${humanSize(image.diskBytes)} on disk, about ${humanSize(image.compressedBytes)} compressed (estimate)`);
    out.push(`dive: efficiency ${Math.trunc(image.efficiency * 100)} %, potential wasted space ${humanSize(image.wastedBytes)}`);
    out.push(`Estimated build time: ${r.totalSeconds.toFixed(1)} s`);
    if (image.estimates.length > 1) {
      out.push('Estimates:');
      for (const e of image.estimates.slice(1, 11)) out.push(`  - ${e}`);
    }
  }
  return `${out.join('\n')}\n`;
}

export async function buildCommand(argv: readonly string[]): Promise<number> {
  const args = readCommandArgs(
    'build',
    argv,
    {
      file: { type: 'string', short: 'f' },
      target: { type: 'string' },
      'build-arg': { type: 'string', multiple: true },
      'cache-dir': { type: 'string' },
      'no-cache': { type: 'boolean' },
      format: { type: 'string', default: 'text' },
    },
    help,
  );
  if (args.exit !== undefined) return args.exit;
  const { values, positionals } = args;
  if (values.format !== 'text' && values.format !== 'json') {
    process.stderr.write(`shipshape build: unknown format '${values.format}' (use text or json)\n`);
    return 2;
  }
  if (positionals.length > 1) {
    process.stderr.write(`shipshape build: expected one directory, got ${positionals.length}\n`);
    return 2;
  }
  const read = await readProject(positionals[0], values.file);
  if (!read.ok) {
    process.stderr.write(`shipshape build: ${read.message}\n`);
    return 2;
  }
  const { result, cacheDir, saveError } = await buildProject(read.project, {
    cacheDir: values['cache-dir'],
    target: values.target,
    buildArgs: buildArgsFrom(values['build-arg']),
    noCache: values['no-cache'] === true,
  });
  process.stdout.write(values.format === 'json' ? `${toJson(result)}\n` : toText(result));
  if (saveError !== undefined) process.stderr.write(`shipshape build: could not save the build cache in ${cacheDir}: ${saveError}\n`);
  return result.ok ? 0 : 1;
}
