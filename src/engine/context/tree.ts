/**
 * `createContext`: turns declared entries into an indexed, immutable tree. Missing parent directories are
 * created (0755, root-owned, as a directory listing would show them); contradictions (a path below a file, two
 * entries for one path, a path below a summarised directory) are dropped and reported, never thrown.
 * Linear in the number of entries apart from sorting each directory's children; a million entries take about
 * a second (see the scale test).
 */
import { cleanPath, compareNames, utf8Length } from './go-path.ts';
import type { BuildContext, ContextEntryInput, ContextProblem, SizeCount, TreeEntry } from './types.ts';

const DEFAULT_MODE = { file: 0o644, dir: 0o755, symlink: 0o777 } as const;

export function createContext(inputs: readonly ContextEntryInput[]): BuildContext {
  const problems: ContextProblem[] = [];
  // Explicit entries grouped by depth, in input order within a depth.
  const depths: TreeEntry[][] = [];
  for (const input of inputs) {
    const path = normalisePath(input?.path);
    if (typeof path !== 'string') {
      problems.push({ kind: 'invalid-path', path: String(input?.path), message: path.message });
      continue;
    }
    let depth = 0;
    for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) depth++;
    (depths[depth] ??= []).push(toEntry(path, input, problems));
  }

  // Drafts: entries in creation order (a parent always before its children); each directory indexes its
  // children by name (many small maps are much cheaper than one map of a million paths).
  const drafts: TreeEntry[] = [dirEntry('', '')];
  const dirs: (Map<string, number> | undefined)[] = [new Map()];
  let lastParentPath = '';
  let lastParent = 0;

  const place = (entry: TreeEntry): void => {
    const path = entry.path;
    const slash = path.lastIndexOf('/');
    const parentPath = slash < 0 ? '' : path.slice(0, slash);
    let parent: number | undefined = lastParent;
    if (parentPath !== lastParentPath) {
      parent = ensureDir(parentPath, path);
      if (parent === undefined) return;
      lastParentPath = parentPath;
      lastParent = parent;
    }
    const siblings = dirs[parent] as Map<string, number>;
    if (siblings.has(entry.name)) {
      problems.push({ kind: 'duplicate', path, message: `"${path}" is declared more than once; the first one is kept` });
      return;
    }
    siblings.set(entry.name, drafts.length);
    drafts.push(entry);
    dirs.push(entry.kind === 'dir' && entry.summary === undefined ? new Map() : undefined);
  };

  /** The draft index of directory `dir`, creating missing ones; `undefined` (and a problem) when impossible. */
  const ensureDir = (dir: string, forPath: string): number | undefined => {
    let current = 0;
    let start = 0;
    while (start < dir.length) {
      let end = dir.indexOf('/', start);
      if (end < 0) end = dir.length;
      const name = dir.slice(start, end);
      const here = dirs[current] as Map<string, number>;
      let next = here.get(name);
      if (next === undefined) {
        next = drafts.length;
        here.set(name, next);
        drafts.push(dirEntry(dir.slice(0, end), name));
        dirs.push(new Map());
      } else if (dirs[next] === undefined) {
        const blocker = drafts[next] as TreeEntry;
        const at = dir.slice(0, end);
        problems.push(
          blocker.kind === 'dir'
            ? { kind: 'inside-summary', path: forPath, message: `"${forPath}" is inside "${at}", whose contents are declared only as a size` }
            : { kind: 'not-a-directory', path: forPath, message: `"${forPath}" is below "${at}", which is a ${blocker.kind}` },
        );
        return undefined;
      }
      current = next;
      start = end + 1;
    }
    return current;
  };

  // Shallow paths first, so an ancestor's kind is known before its descendants are placed, whatever the input order.
  for (const level of depths) if (level !== undefined) for (const entry of level) place(entry);
  return finish(drafts, dirs, problems);
}

/** Orders the drafts depth-first by name and builds the lookups. */
function finish(
  drafts: readonly TreeEntry[],
  dirs: readonly (Map<string, number> | undefined)[],
  problems: readonly ContextProblem[],
): BuildContext {
  const n = drafts.length;
  const entries: TreeEntry[] = new Array(n);
  const finalOf = new Int32Array(n);
  const kids: (number[] | undefined)[] = new Array(n);
  let bytes = 0;
  let files = 0;
  const stack: number[] = [0];
  let next = 0;
  while (stack.length > 0) {
    const d = stack.pop() as number;
    const entry = drafts[d] as TreeEntry;
    finalOf[d] = next;
    entries[next++] = entry;
    if (entry.kind === 'file') {
      bytes += entry.size;
      files++;
    } else if (entry.summary !== undefined) {
      bytes += entry.summary.bytes;
      files += entry.summary.files;
    }
    const names = dirs[d];
    if (names === undefined) continue;
    const list = [...names.values()];
    if (list.length > 1) sortByName(list, drafts);
    kids[d] = list;
    for (let k = list.length - 1; k >= 0; k--) stack.push(list[k] as number);
  }
  const children: (readonly number[] | undefined)[] = new Array(n);
  for (let d = 0; d < n; d++) {
    const list = kids[d];
    if (list !== undefined) children[finalOf[d] as number] = list.map((k) => finalOf[k] as number);
  }
  const childEntries: (readonly TreeEntry[] | undefined)[] = new Array(n);
  const indexOf = (path: string): number | undefined => {
    let d = 0;
    let start = 0;
    while (start < path.length) {
      let end = path.indexOf('/', start);
      if (end < 0) end = path.length;
      const names = dirs[d];
      const found = names?.get(path.slice(start, end));
      if (found === undefined) return undefined;
      d = found;
      start = end + 1;
    }
    return finalOf[d] as number;
  };
  const total: SizeCount = { bytes, files };
  return {
    entries,
    problems,
    total,
    indexOf,
    childIndexes: (i) => children[i] ?? NONE,
    entry: (path) => {
      const i = indexOf(path);
      return i === undefined ? undefined : entries[i];
    },
    children: (path) => {
      const i = indexOf(path);
      const list = i === undefined ? undefined : children[i];
      if (list === undefined) return undefined;
      return (childEntries[i as number] ??= list.map((c) => entries[c] as TreeEntry));
    },
  };
}

const NONE: readonly number[] = [];

/** Sorts draft indexes by entry name in Go byte order: a native sort, redone by code point only when two
 *  neighbours compare differently that way (names with characters above U+FFFF). */
function sortByName(list: number[], drafts: readonly TreeEntry[]): void {
  const name = (d: number): string => (drafts[d] as TreeEntry).name;
  list.sort((a, b) => {
    const x = name(a);
    const y = name(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  for (let k = 1; k < list.length; k++) {
    if (compareNames(name(list[k - 1] as number), name(list[k] as number)) > 0) {
      list.sort((a, b) => compareNames(name(a), name(b)));
      return;
    }
  }
}

/** Cleans a declared path to the context-relative form, or says why it cannot be one. */
function normalisePath(raw: unknown): string | { message: string } {
  if (typeof raw !== 'string' || raw === '') return { message: 'an entry needs a non-empty path' };
  if (raw.includes('\0')) return { message: 'a path cannot contain a NUL character' };
  let p = cleanPath(raw);
  while (p.charCodeAt(0) === 47) p = p.slice(1);
  if (p === '' || p === '.') return { message: `"${raw}" names the context root itself` };
  if (p === '..' || p.startsWith('../')) return { message: `"${raw}" points outside the context` };
  return p;
}

// Every entry has the same fields (absent ones undefined), so property access stays fast on big trees.
function makeEntry(
  path: string,
  name: string,
  kind: TreeEntry['kind'],
  mode: number,
  uid: number,
  gid: number,
  size: number,
  content: string | undefined,
  digest: string | undefined,
  target: string | undefined,
  mtime: number | undefined,
  summary: TreeEntry['summary'],
): TreeEntry {
  return { path, name, kind, mode, uid, gid, size, content, digest, target, mtime, summary };
}

function dirEntry(path: string, name: string): TreeEntry {
  return makeEntry(path, name, 'dir', DEFAULT_MODE.dir, 0, 0, 0, undefined, undefined, undefined, undefined, undefined);
}

function toEntry(path: string, input: ContextEntryInput, problems: ContextProblem[]): TreeEntry {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const kind = input.kind === 'dir' || input.kind === 'symlink' ? input.kind : 'file';
  const mode = checkedNumber(path, 'mode', input.mode, DEFAULT_MODE[kind], 0o7777, problems);
  const uid = checkedNumber(path, 'uid', input.uid, 0, 0xffffffff, problems);
  const gid = checkedNumber(path, 'gid', input.gid, 0, 0xffffffff, problems);
  const mtime = typeof input.mtime === 'number' ? input.mtime : undefined;
  switch (input.kind) {
    case 'dir': {
      if (input.size === undefined && input.files === undefined) {
        return makeEntry(path, name, 'dir', mode, uid, gid, 0, undefined, undefined, undefined, mtime, undefined);
      }
      const bytes = checkedNumber(path, 'size', input.size, 0, Number.MAX_SAFE_INTEGER, problems);
      const files = checkedNumber(path, 'files', input.files, 0, Number.MAX_SAFE_INTEGER, problems);
      const digest = input.digest === undefined ? undefined : String(input.digest);
      return makeEntry(path, name, 'dir', mode, uid, gid, bytes, undefined, digest, undefined, mtime, { bytes, files });
    }
    case 'symlink':
      return makeEntry(path, name, 'symlink', mode, uid, gid, 0, undefined, undefined, String(input.target ?? ''), mtime, undefined);
    default: {
      const content = typeof input.content === 'string' ? input.content : undefined;
      const fallback = content === undefined ? 0 : utf8Length(content);
      const size = checkedNumber(path, 'size', input.size, fallback, Number.MAX_SAFE_INTEGER, problems);
      const digest = input.digest === undefined ? undefined : String(input.digest);
      return makeEntry(path, name, 'file', mode, uid, gid, size, content, digest, undefined, mtime, undefined);
    }
  }
}

function checkedNumber(
  path: string,
  field: string,
  value: unknown,
  fallback: number,
  max: number,
  problems: ContextProblem[],
): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max) return value;
  problems.push({ kind: 'bad-number', path, message: `"${path}": ${field} must be a whole number from 0 to ${max}` });
  return fallback;
}
