/**
 * Path arithmetic for the simulated filesystem: POSIX rules, `/`-separated, no host involvement.
 */

/** Normalises `path` (absolute, or relative to `cwd`): collapses `//`, `.` and `..`; no trailing `/`. */
export function normalizePath(path: string, cwd = '/'): string {
  const input = path.startsWith('/') ? path : `${cwd}/${path}`;
  const out: string[] = [];
  for (const segment of input.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return `/${out.join('/')}`;
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
