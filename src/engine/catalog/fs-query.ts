// "Is this path there?" against an image's file-system seed, following symlinks the way the kernel does
// (relative targets resolve against the link's directory; /bin → usr/bin on merged-/usr images).
// The seed is complete for WELL_KNOWN_PATHS (shells, loaders, tools, passwd, apt lists): a missing one is 'absent';
// any other unlisted path is 'unknown'.
import type { FsEntry, ImageRecord } from './types.ts';

export type PathAnswer =
  | { readonly kind: 'present'; readonly path: string; readonly entry: FsEntry }
  | { readonly kind: 'absent'; readonly path: string }
  | { readonly kind: 'unknown'; readonly path: string };

const MAX_LINKS = 40; // Linux MAXSYMLINKS

/** Paths every seed answers for: absent from a seed means absent from the image. */
export const WELL_KNOWN_PATHS: ReadonlySet<string> = new Set([
  '/bin/sh', '/bin/bash', '/usr/bin/sh', '/usr/bin/bash', '/bin/busybox', '/bin/dash', '/usr/bin/dash',
  '/lib64/ld-linux-x86-64.so.2', '/lib/ld-musl-x86_64.so.1', '/lib/x86_64-linux-gnu/libc.so.6', '/usr/lib/x86_64-linux-gnu/libc.so.6',
  '/etc/passwd', '/etc/group', '/etc/ssl/certs/ca-certificates.crt',
  '/var/lib/apt/lists', '/usr/bin/apt-get', '/usr/bin/dpkg', '/sbin/apk',
  '/usr/bin/curl', '/usr/bin/wget', '/bin/wget', '/usr/bin/git', '/usr/bin/gcc', '/usr/bin/make', '/usr/bin/tini', '/sbin/tini',
  '/usr/bin/python3', '/usr/local/bin/python3', '/usr/local/bin/python', '/usr/local/bin/pip', '/usr/bin/pip',
  '/usr/local/bin/node', '/usr/bin/node', '/usr/local/bin/npm', '/usr/bin/npm', '/nodejs/bin/node',
  '/usr/local/go/bin/go', '/usr/local/cargo/bin/cargo', '/usr/bin/java', '/opt/java/openjdk/bin/java',
]);

export function lookupPath(image: Pick<ImageRecord, 'fs' | 'os'>, path: string): PathAnswer {
  const paths = image.fs.paths;
  let parts = split(path);
  let hops = 0;
  for (let i = 0; i < parts.length; i++) {
    const prefix = `/${parts.slice(0, i + 1).join('/')}`;
    const entry = paths[prefix];
    if (entry === undefined) continue;
    if (entry.kind === 'symlink') {
      if (++hops > MAX_LINKS) return { kind: 'absent', path };
      const dir = parts.slice(0, i);
      const target = entry.target.startsWith('/') ? split(entry.target) : [...dir, ...split(entry.target)];
      parts = normalise([...target, ...parts.slice(i + 1)]);
      i = -1;
      continue;
    }
    if (i === parts.length - 1) return { kind: 'present', path: `/${parts.join('/')}`, entry };
    if (entry.kind === 'file') return { kind: 'absent', path };
  }
  const resolved = `/${parts.join('/')}`;
  if (resolved === '/') return { kind: 'present', path: '/', entry: { kind: 'dir' } };
  const known = coveredByEmptySeed(image) || WELL_KNOWN_PATHS.has(resolved) || WELL_KNOWN_PATHS.has(normalisedInput(path));
  return known ? { kind: 'absent', path: resolved } : { kind: 'unknown', path: resolved };
}

function normalisedInput(path: string): string {
  return `/${normalise(split(path)).join('/')}`;
}

/** True when the path (after symlinks) is known to exist in the image. */
export function pathExists(image: Pick<ImageRecord, 'fs' | 'os'>, path: string): boolean {
  return lookupPath(image, path).kind === 'present';
}

// scratch has no files at all, so anything not listed is certainly absent.
function coveredByEmptySeed(image: Pick<ImageRecord, 'fs' | 'os'>): boolean {
  return image.os.family === 'scratch' && Object.keys(image.fs.paths).length === 0;
}

function split(p: string): string[] {
  return p.split('/').filter((s) => s !== '' && s !== '.');
}

function normalise(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out;
}
