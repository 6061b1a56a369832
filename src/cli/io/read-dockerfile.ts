import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type ReadResult =
  | { readonly ok: true; readonly path: string; readonly text: string }
  | { readonly ok: false; readonly path: string; readonly message: string };

/** Dockerfiles larger than this are refused with a message rather than read: BuildKit itself caps far lower. */
export const maxDockerfileBytes = 16 * 1024 * 1024;

/** Reads a Dockerfile for the CLI: a file, a directory (its `Dockerfile`), or `-` for standard input. */
export function readDockerfile(path: string, stdin: () => string = () => readFileSync(0, 'utf8')): ReadResult {
  if (path === '-') return decode('-', Buffer.from(stdin(), 'utf8'));
  let file = path;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) file = join(path, 'Dockerfile');
    const fileStat = file === path ? stat : statSync(file);
    if (!fileStat.isFile()) return { ok: false, path: file, message: 'not a regular file' };
    if (fileStat.size > maxDockerfileBytes) {
      return { ok: false, path: file, message: `is ${(fileStat.size / 1e6).toFixed(1)} MB; Dockerfiles over ${maxDockerfileBytes / 1024 / 1024} MB are not read` };
    }
    return decode(file, readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    return { ok: false, path: file, message };
  }
}

function decode(path: string, bytes: Buffer): ReadResult {
  // A NUL byte in the first 8 KB is what git and grep take as "binary"; a Dockerfile never has one.
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, path, message: 'looks like a binary file, not a Dockerfile' };
  const text = bytes.toString('utf8');
  return { ok: true, path, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
