/**
 * Where the CLI keeps its real build cache between runs: one JSON file per context directory and Dockerfile, under
 * `$XDG_CACHE_HOME/shipshape` (or `~/.cache/shipshape`). `shipshape build` and `shipshape run` share it, so a run
 * after a build reuses what the build cached.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { readBuildCache } from '../../engine/build/index.ts';
import type { BuildCache } from '../../engine/build/index.ts';

export function defaultCacheDir(): string {
  const xdg = process.env.XDG_CACHE_HOME;
  return join(xdg !== undefined && xdg !== '' ? xdg : join(homedir(), '.cache'), 'shipshape');
}

export function cacheFile(cacheDir: string, contextDir: string, dockerfile: string): string {
  const id = createHash('sha256').update(`${contextDir}\0${dockerfile}`).digest('hex').slice(0, 16);
  return join(cacheDir, `build-${id}.json`);
}

export async function loadCache(file: string): Promise<BuildCache | undefined> {
  try {
    const handle = await open(file, 'r');
    try {
      const st = await handle.stat();
      if (st.size > 64 * 1024 * 1024) return undefined;
      return readBuildCache(JSON.parse(await handle.readFile('utf8')) as unknown);
    } finally {
      await handle.close();
    }
  } catch {
    return undefined; // no cache yet, or unreadable: start empty
  }
}

export async function saveCache(file: string, cache: BuildCache): Promise<string | undefined> {
  try {
    await mkdir(join(file, '..'), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(cache));
    await rename(tmp, file);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
