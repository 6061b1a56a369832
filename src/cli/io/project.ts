/**
 * What `shipshape build` and `shipshape run` share: a project directory read as the build would see it (its
 * Dockerfile, the .dockerignore that applies to it, the context), `--build-arg` values, and a build that reuses
 * and then keeps the project's simulated build cache on disk. Problems come back as one line for the caller to
 * print after its verb's name.
 */
import { lstat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { build } from '../../engine/build/index.ts';
import type { BuildResult } from '../../engine/build/index.ts';
import type { ContextEntryInput } from '../../engine/context/index.ts';
import { cacheFile, defaultCacheDir, loadCache, saveCache } from './build-cache-file.ts';
import { contextIgnoreMatcher } from './context-ignore.ts';
import { readContext } from './read-context.ts';
import { readDockerfile } from './read-dockerfile.ts';

/** The simulation takes Dockerfiles up to 1 MB (a real one is a few kB). */
export const MAX_DOCKERFILE_BYTES = 1024 * 1024;

export interface Project {
  readonly dir: string;
  /** The Dockerfile on disk (`-f`, else DIR/Dockerfile). */
  readonly dockerfilePath: string;
  /** Its path inside the context, `/`-separated (`Dockerfile` when it lies outside). */
  readonly dockerfileName: string;
  readonly dockerfile: string;
  readonly context: ContextEntryInput[];
}

export async function readProject(dirArg: string | undefined, file: string | undefined): Promise<{ ok: true; project: Project } | { ok: false; message: string }> {
  const dir = resolve(dirArg ?? '.');
  try {
    if (!(await lstat(dir)).isDirectory()) return { ok: false, message: `${dir}: not a directory` };
  } catch {
    return { ok: false, message: `${dir}: no such directory` };
  }
  const dockerfilePath = file !== undefined ? resolve(file) : join(dir, 'Dockerfile');
  const read = readDockerfile(dockerfilePath);
  if (!read.ok) return { ok: false, message: `${read.path}: ${read.message}` };
  if (read.text.length > MAX_DOCKERFILE_BYTES) {
    return { ok: false, message: `${read.path}: is ${(read.text.length / 1e6).toFixed(1)} MB; the simulation takes Dockerfiles up to ${MAX_DOCKERFILE_BYTES / 1024 / 1024} MB` };
  }
  const rel = relative(dir, dockerfilePath);
  const dockerfileName = !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : 'Dockerfile';
  // .dockerignore (or <Dockerfile>.dockerignore) decides which directories are not even walked.
  const ignore = contextIgnoreMatcher(dir, dockerfileName);
  if (!ignore.ok) return ignore;
  const context = await readContext(dir, ignore.matcher);
  if (!context.ok) return context;
  return { ok: true, project: { dir, dockerfilePath, dockerfileName, dockerfile: read.text, context: context.entries } };
}

/** `--build-arg K=V` values; `--build-arg K` takes K from the environment, as docker does. */
export function buildArgsFrom(pairs: readonly string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kv of pairs ?? []) {
    const eq = kv.indexOf('=');
    if (eq > 0) out[kv.slice(0, eq)] = kv.slice(eq + 1);
    else if (process.env[kv] !== undefined) out[kv] = process.env[kv] as string;
  }
  return out;
}

export interface ProjectBuild {
  readonly result: BuildResult;
  readonly cacheDir: string;
  /** Why the cache could not be saved, when it could not. */
  readonly saveError: string | undefined;
}

/** Builds the project against its cache in `cacheDir` (default: the per-user cache folder) and saves the new one. */
export async function buildProject(
  project: Project,
  options: { readonly cacheDir?: string | undefined; readonly target?: string | undefined; readonly platform?: string | undefined; readonly buildArgs: Record<string, string>; readonly noCache?: boolean },
): Promise<ProjectBuild> {
  const cacheDir = options.cacheDir !== undefined ? resolve(options.cacheDir) : defaultCacheDir();
  const file = cacheFile(cacheDir, project.dir, project.dockerfilePath);
  const cache = await loadCache(file);
  const result = build({
    dockerfile: project.dockerfile,
    context: project.context,
    ...(options.target !== undefined ? { target: options.target } : {}),
    ...(options.platform !== undefined ? { platform: options.platform } : {}),
    buildArgs: options.buildArgs,
    ...(cache !== undefined ? { cache } : {}),
    ...(options.noCache !== undefined ? { noCache: options.noCache } : {}),
    dockerfilePath: project.dockerfileName,
  });
  return { result, cacheDir, saveError: await saveCache(file, result.cache) };
}
