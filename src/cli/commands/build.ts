/**
 * `shipshape build [DIR] [-f FILE] [--target T] [--build-arg K=V]… [--cache-dir D] [--no-cache] [--format text|json]`
 *
 * Reads a real directory into the engine's context type — small text files with their content, other files
 * with their size and a streamed SHA-256 (a 1 GB file is never held in memory), symlinks as links — keeps a
 * build cache per project on disk so a second build shows what it reuses, runs the simulated build and prints
 * BuildKit's progress log and the image's layer table, or JSON. Bad input gets one clear line and exit 2;
 * a build that fails exits 1, as `docker build` does.
 */
import { readCommandArgs } from '../io/command-args.ts';
import { contextIgnoreMatcher } from '../io/context-ignore.ts';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { build } from '../../engine/build/index.ts';
import type { BuildCache, BuildResult } from '../../engine/build/index.ts';
import type { ContextEntryInput } from '../../engine/context/index.ts';
import { matchesUsingParentResults } from '../../engine/context/index.ts';
import type { MatchInfo, PatternMatcher } from '../../engine/context/index.ts';
import { formatHistory, historyRows, humanSize } from '../../engine/inspect/index.ts';
import { readDockerfile } from '../io/read-dockerfile.ts';
import { cacheFile, defaultCacheDir, loadCache, saveCache } from '../io/build-cache-file.ts';

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

/** Context files read with their text (smaller and valid UTF-8); bigger ones are hashed, not kept. */
const MAX_TEXT_BYTES = 256 * 1024;
/** Walk at most this many entries; a bigger context needs a .dockerignore. */
export const MAX_CONTEXT_ENTRIES = 200_000;
/** The simulation takes Dockerfiles up to 1 MB (a real one is a few kB). */
export const MAX_DOCKERFILE_BYTES = 1024 * 1024;

type ContextRead =
  | { readonly ok: true; readonly entries: ContextEntryInput[]; readonly files: number; readonly bytes: number }
  | { readonly ok: false; readonly message: string };

const TOO_MANY_ENTRIES: unique symbol = Symbol('too many entries');

/** Reads `root` into context entries; directories .dockerignore excludes whole are summarised by size. */
export async function readContext(root: string, ignore: PatternMatcher | undefined, maxEntries = MAX_CONTEXT_ENTRIES): Promise<ContextRead> {
  const entries: ContextEntryInput[] = [];
  let files = 0;
  let bytes = 0;
  const walk = async (dir: string, rel: string, info: MatchInfo): Promise<void> => {
    const names = (await readdir(dir)).sort();
    for (const name of names) {
      const path = rel === '' ? name : `${rel}/${name}`;
      const full = join(dir, name);
      const st = await lstat(full);
      let childInfo: MatchInfo;
      let excluded = false;
      if (ignore !== undefined) {
        const m = matchesUsingParentResults(ignore, path, info);
        if (m !== 'bad-pattern') {
          excluded = m.matched;
          childInfo = m.info;
        }
      }
      if (entries.length >= maxEntries) throw TOO_MANY_ENTRIES;
      if (st.isSymbolicLink()) {
        entries.push({ kind: 'symlink', path, target: await readlink(full), mode: st.mode & 0o7777 });
      } else if (st.isDirectory()) {
        if (excluded && !ignore?.exclusions) {
          // Docker never walks an excluded directory; only its size is measured (for the report).
          const size = await du(full, 20_000);
          entries.push({ kind: 'dir', path, size: size.bytes, files: size.files, mode: st.mode & 0o7777 });
          continue;
        }
        entries.push({ kind: 'dir', path, mode: st.mode & 0o7777 });
        await walk(full, path, childInfo);
      } else if (st.isFile()) {
        files++;
        bytes += st.size;
        entries.push(await fileEntry(full, path, st.size, st.mode & 0o7777));
      }
    }
  };
  try {
    await walk(root, '', undefined);
  } catch (error) {
    if (error === TOO_MANY_ENTRIES) {
      return { ok: false, message: `the build context has more than ${maxEntries.toLocaleString('en-US')} files and directories; add a .dockerignore for what the image does not need (node_modules, .git, data)` };
    }
    const e = error as NodeJS.ErrnoException;
    return { ok: false, message: `cannot read the build context: ${e.code === 'EACCES' ? `permission denied: ${e.path ?? ''}` : e.message}` };
  }
  return { ok: true, entries, files, bytes };
}

async function fileEntry(full: string, path: string, size: number, mode: number): Promise<ContextEntryInput> {
  if (size <= MAX_TEXT_BYTES) {
    const data = await readFile(full);
    if (!data.subarray(0, 8192).includes(0)) {
      const text = new TextDecoder('utf-8', { fatal: false }).decode(data);
      if (!text.includes('\uFFFD')) return { path, content: text, size, mode };
    }
    return { path, size, mode, digest: `sha256:${createHash('sha256').update(data).digest('hex')}` };
  }
  return { path, size, mode, digest: await streamDigest(full) };
}

function streamDigest(path: string): Promise<string> {
  return new Promise((ok, fail) => {
    const hash = createHash('sha256');
    createReadStream(path, { highWaterMark: 1 << 20 })
      .on('data', (chunk) => hash.update(chunk))
      .on('error', fail)
      .on('end', () => ok(`sha256:${hash.digest('hex')}`));
  });
}

/** Size of a directory tree, stopping after `limit` entries (then the figure is a lower bound). */
async function du(dir: string, limit: number): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  let seen = 0;
  const stack = [dir];
  while (stack.length > 0 && seen < limit) {
    const d = stack.pop() as string;
    let names: string[];
    try {
      names = await readdir(d);
    } catch {
      continue;
    }
    for (const name of names) {
      if (++seen > limit) break;
      try {
        const st = await lstat(join(d, name));
        if (st.isDirectory()) stack.push(join(d, name));
        else if (st.isFile()) {
          bytes += st.size;
          files++;
        }
      } catch {
        // unreadable: skipped, as a lower bound
      }
    }
  }
  return { bytes, files };
}


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
  const dir = resolve(positionals[0] ?? '.');
  try {
    const st = await lstat(dir);
    if (!st.isDirectory()) {
      process.stderr.write(`shipshape build: ${dir}: not a directory\n`);
      return 2;
    }
  } catch {
    process.stderr.write(`shipshape build: ${dir}: no such directory\n`);
    return 2;
  }
  const buildArgs: Record<string, string> = {};
  for (const kv of values['build-arg'] ?? []) {
    const eq = kv.indexOf('=');
    if (eq <= 0) {
      // docker takes `--build-arg NAME` from the environment.
      const fromEnv = process.env[kv];
      if (fromEnv !== undefined) buildArgs[kv] = fromEnv;
      continue;
    }
    buildArgs[kv.slice(0, eq)] = kv.slice(eq + 1);
  }

  const dockerfilePath = values.file !== undefined ? resolve(values.file) : join(dir, 'Dockerfile');
  const read = readDockerfile(dockerfilePath);
  if (!read.ok) {
    process.stderr.write(`shipshape build: ${read.path}: ${read.message}\n`);
    return 2;
  }
  if (read.text.length > MAX_DOCKERFILE_BYTES) {
    process.stderr.write(`shipshape build: ${read.path}: is ${(read.text.length / 1e6).toFixed(1)} MB; the simulation takes Dockerfiles up to ${MAX_DOCKERFILE_BYTES / 1024 / 1024} MB\n`);
    return 2;
  }
  const relDockerfile = relative(dir, dockerfilePath);
  const inContext = !relDockerfile.startsWith('..') && !isAbsolute(relDockerfile);
  const dockerfileName = inContext ? relDockerfile.split(sep).join('/') : 'Dockerfile';

  // .dockerignore (or <Dockerfile>.dockerignore) decides which directories are not even walked.
  const ignore = contextIgnoreMatcher(dir, dockerfileName);
  if (!ignore.ok) {
    process.stderr.write(`shipshape build: ${ignore.message}\n`);
    return 2;
  }
  const context = await readContext(dir, ignore.matcher);
  if (!context.ok) {
    process.stderr.write(`shipshape build: ${context.message}\n`);
    return 2;
  }

  const cacheDir = values['cache-dir'] !== undefined ? resolve(values['cache-dir']) : defaultCacheDir();
  const file = cacheFile(cacheDir, dir, dockerfilePath);
  const cache = await loadCache(file);
  const result = build({
    dockerfile: read.text,
    context: context.entries,
    ...(values.target !== undefined ? { target: values.target } : {}),
    buildArgs,
    ...(cache !== undefined ? { cache } : {}),
    noCache: values['no-cache'] === true,
    dockerfilePath: dockerfileName,
  });
  const saveError = await saveCache(file, result.cache);
  process.stdout.write(values.format === 'json' ? `${toJson(result)}\n` : toText(result));
  if (saveError !== undefined) process.stderr.write(`shipshape build: could not save the build cache in ${cacheDir}: ${saveError}\n`);
  return result.ok ? 0 : 1;
}
