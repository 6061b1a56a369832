/**
 * Reads a real directory into the engine's context type: small text files with their content, other files with
 * their size and a streamed SHA-256 (a 1 GB file is never held in memory), symlinks as links. Directories the
 * .dockerignore excludes whole are not walked, only measured, as Docker never sends them.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContextEntryInput } from '../../engine/context/index.ts';
import { matchesUsingParentResults } from '../../engine/context/index.ts';
import type { MatchInfo, PatternMatcher } from '../../engine/context/index.ts';

/** Context files read with their text (smaller and valid UTF-8); bigger ones are hashed, not kept. */
const MAX_TEXT_BYTES = 256 * 1024;
/** Walk at most this many entries; a bigger context needs a .dockerignore. */
export const MAX_CONTEXT_ENTRIES = 200_000;

export type ContextRead =
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
