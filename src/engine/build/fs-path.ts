/**
 * Path arithmetic for the simulated filesystem: POSIX rules, `/`-separated, no host involvement.
 */

/** Normalises `path` (absolute, or relative to `cwd`): collapses `//`, `.` and `..`; no trailing `/`. */
export function normalizePath(path: string, cwd = '/'): string {
  if (isClean(path)) return path;
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
  if (path.length === 1) return true;
  if (path.charCodeAt(path.length - 1) === 47) return false;
  for (let i = 1; i < path.length; i++) {
    if (path.charCodeAt(i) !== 47) continue;
    const next = path.charCodeAt(i + 1);
    if (next === 47) return false;
    if (next === 46) {
      const after = path.charCodeAt(i + 2);
      if (after === 47 || Number.isNaN(after)) return false;
      if (after === 46) {
        const third = path.charCodeAt(i + 3);
        if (third === 47 || Number.isNaN(third)) return false;
      }
    }
  }
  const first = path.charCodeAt(1);
  if (first === 46) {
    const a = path.charCodeAt(2);
    if (a === 47 || Number.isNaN(a) || (a === 46 && (path.charCodeAt(3) === 47 || Number.isNaN(path.charCodeAt(3))))) return false;
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
