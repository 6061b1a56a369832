/**
 * Path arithmetic for the simulated filesystem: POSIX rules, `/`-separated, no host involvement.
 */

/** Normalises `path` (absolute, or relative to `cwd`): collapses `//`, `.` and `..`; no trailing `/`. */
export function normalizePath(path: string, cwd = '/'): string {
  if (isClean(path)) return path;
  // A plain relative path in a normal directory (a symlink's `usr/bin`, a WORKDIR's `app`) is a join.
  if (path.charCodeAt(0) !== 47 && path.length > 0 && cleanFrom(path, 0) && isClean(cwd)) return cwd === '/' ? `/${path}` : `${cwd}/${path}`;
  const input = path.startsWith('/') ? path : `${cwd}/${path}`;
  const out: string[] = [];
  for (const segment of input.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return `/${out.join('/')}`;
}

/** Already absolute and normal: no `//`, no `.` or `..` segment, no trailing `/` (the common case, checked fast). */
function isClean(path: string): boolean {
  if (path.charCodeAt(0) !== 47) return false;
  return path.length === 1 || cleanFrom(path, 1);
}

/** The segments of `path` from `start` on are all names: none empty (no `//`, no trailing `/`), none `.` or `..`. */
function cleanFrom(path: string, start: number): boolean {
  let segment = start;
  for (let i = start; i <= path.length; i++) {
    if (i < path.length && path.charCodeAt(i) !== 47) continue;
    const length = i - segment;
    if (length === 0) return false;
    if (path.charCodeAt(segment) === 46 && (length === 1 || (length === 2 && path.charCodeAt(segment + 1) === 46))) return false;
    segment = i + 1;
  }
  return true;
}

/** The segments of a normalised absolute path (`/` -> `[]`). */
export function pathSegments(path: string): string[] {
  return path === '/' ? [] : path.slice(1).split('/');
}

export function joinPath(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `child` is `parent` or inside it. */
export function isWithin(child: string, parent: string): boolean {
  return parent === '/' || child === parent || child.startsWith(`${parent}/`);
}
