/**
 * What `tsc` reads before it compiles: the tsconfig.json (JSON with comments and trailing commas, `extends`
 * followed to a file in the image), its compiler options that decide the output, and the input files that
 * `files` / `include` / `exclude` select (TypeScript handbook, "tsconfig.json": include defaults to `**\/*`, or
 * to nothing when `files` is given; exclude defaults to node_modules, bower_components, jspm_packages and the
 * outDir; a pattern without a wildcard or extension names a directory; `*` and `?` stay inside one path
 * segment, `**\/` crosses any number). Everything here is read from the simulated filesystem.
 */
import type { DirNode, FileNode } from '../../types.ts';
import { lookup } from '../../fs-tree.ts';
import { dirname, joinPath, normalizePath } from '../../fs-path.ts';

export interface TsOptions {
  readonly outDir: string | undefined;
  readonly rootDir: string | undefined;
  readonly outFile: string | undefined;
  readonly noEmit: boolean;
  readonly declaration: boolean;
  readonly emitDeclarationOnly: boolean;
  readonly declarationDir: string | undefined;
  readonly sourceMap: boolean;
  readonly declarationMap: boolean;
  readonly allowJs: boolean;
  /** `preserve` keeps .tsx as .jsx. */
  readonly jsx: string | undefined;
}

export interface TsProject {
  /** Absolute path of the config file, or undefined for files named on the command line. */
  readonly configPath: string | undefined;
  readonly options: TsOptions;
  /** Absolute paths of the inputs, sorted. */
  readonly inputs: readonly string[];
  /** The include patterns as tsc quotes them in TS18003. */
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Problems tsc reports about the config (`extends` it could not find …). */
  readonly notes: readonly string[];
}

/** Strips `//` and `/* *\/` comments and trailing commas outside strings (tsc reads its configs so). */
export function parseJsonc(text: string): unknown {
  // Copies the text in slices between comments (linear; a 10 MB config stays fast).
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      i++;
      while (i < text.length && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 /* \ */ ? 2 : 1;
    } else if (c === 47 /* / */ && (text[i + 1] === '/' || text[i + 1] === '*')) {
      parts.push(text.slice(from, i));
      if (text[i + 1] === '/') {
        const nl = text.indexOf('\n', i);
        i = nl < 0 ? text.length : nl - 1;
      } else {
        const end = text.indexOf('*/', i + 2);
        i = end < 0 ? text.length : end + 1;
        parts.push(' ');
      }
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  const out = parts.join('');
  try {
    return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1')) as unknown;
  } catch {
    return undefined;
  }
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const strings = (x: unknown): string[] | undefined => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : undefined);

function readJson(root: DirNode, path: string): Json | undefined {
  const node = lookup(root, path);
  if (node?.kind !== 'file' || node.text === undefined) return undefined;
  const json = parseJsonc(node.text);
  return isObject(json) ? json : undefined;
}

/** `extends`: a relative or absolute file (`.json` optional) or a package in node_modules. */
function resolveExtends(root: DirNode, from: string, spec: string): string | undefined {
  const candidates = spec.startsWith('.') || spec.startsWith('/')
    ? [normalizePath(spec, from), normalizePath(`${spec}.json`, from)]
    : [];
  for (let dir = from; candidates.length === 0; dir = dirname(dir)) {
    const base = joinPath(dir, `node_modules/${spec}`);
    candidates.push(base, `${base}.json`, joinPath(base, 'tsconfig.json'));
    if (dir === '/') break;
  }
  return candidates.find((c) => lookup(root, c)?.kind === 'file');
}

/** The config with its `extends` chain merged (paths in a base config are relative to that config). */
function loadConfig(root: DirNode, path: string, notes: string[], depth = 0): { options: Json; files?: string[]; include?: string[]; exclude?: string[] } {
  const json = readJson(root, path) ?? {};
  const dir = dirname(path);
  const own = isObject(json.compilerOptions) ? { ...json.compilerOptions } : {};
  for (const key of ['outDir', 'rootDir', 'outFile', 'declarationDir']) {
    if (typeof own[key] === 'string') own[key] = normalizePath(own[key] as string, dir);
  }
  const rel = (list: string[] | undefined) => list?.map((p) => normalizePath(p, dir));
  let merged = { options: own as Json, files: rel(strings(json.files)), include: rel(strings(json.include)), exclude: rel(strings(json.exclude)) };
  const ext = typeof json.extends === 'string' ? [json.extends] : strings(json.extends) ?? [];
  for (const spec of ext.reverse()) {
    const basePath = depth < 8 ? resolveExtends(root, dir, spec) : undefined;
    if (basePath === undefined) {
      notes.push(`tsconfig "extends": ${spec} was not found in the image: its options are not applied`);
      continue;
    }
    const base = loadConfig(root, basePath, notes, depth + 1);
    merged = {
      options: { ...base.options, ...merged.options },
      files: merged.files ?? base.files,
      include: merged.include ?? base.include,
      exclude: merged.exclude ?? base.exclude,
    };
  }
  return merged;
}

function options(json: Json): TsOptions {
  const str = (k: string): string | undefined => (typeof json[k] === 'string' ? (json[k] as string) : undefined);
  const bool = (k: string): boolean => json[k] === true;
  return {
    outDir: str('outDir'),
    rootDir: str('rootDir'),
    outFile: str('outFile') ?? str('out'),
    noEmit: bool('noEmit'),
    declaration: bool('declaration') || bool('composite'),
    emitDeclarationOnly: bool('emitDeclarationOnly'),
    declarationDir: str('declarationDir'),
    sourceMap: bool('sourceMap'),
    declarationMap: bool('declarationMap'),
    allowJs: bool('allowJs'),
    jsx: str('jsx')?.toLowerCase(),
  };
}

const TS_INPUT = /\.(d\.[mc]?ts|[mc]?ts|tsx)$/;
const JS_INPUT = /\.([mc]?js|jsx)$/;

/** Patterns longer than this, or with more wildcards, match nothing (a learner's typo must not stall the regex engine). */
const MAX_PATTERN_LENGTH = 300;
const MAX_WILDCARDS = 8;

/** A tsconfig pattern (absolute) as a matcher: `*` and `?` within a segment, `**\/` any depth. */
function patternMatcher(raw: string): (path: string) => boolean {
  const pattern = raw.replace(/(\*\*\/)+/g, '**/');
  if (pattern.length > MAX_PATTERN_LENGTH || (pattern.match(/[*?]/g) ?? []).length > MAX_WILDCARDS) return () => false;
  const hasWildcard = /[*?]/.test(pattern);
  const last = pattern.slice(pattern.lastIndexOf('/') + 1);
  // No wildcard and no extension: a directory, meaning everything below it.
  const full = !hasWildcard && !last.includes('.') ? `${pattern.replace(/\/$/, '')}/**/*` : pattern;
  let re = '^';
  for (let i = 0; i < full.length; i++) {
    const c = full[i] as string;
    if (c === '*' && full[i + 1] === '*' && full[i + 2] === '/') { re += '(?:[^/]+/)*'; i += 2; }
    else if (c === '*' && full[i + 1] === '*') { re += '.*'; i += 1; }
    else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const regex = new RegExp(`${re}$`);
  return (path) => regex.test(path);
}

/** Files under `dir` (absolute paths), not descending into `skip` directories. Bounded. */
function filesUnder(root: DirNode, dir: string, skip: (path: string) => boolean, limit = 20_000): string[] {
  const out: string[] = [];
  const walk = (node: DirNode, path: string): void => {
    for (const [name, child] of [...node.children].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (out.length >= limit) return;
      const p = path === '/' ? `/${name}` : `${path}/${name}`;
      if (child.kind === 'dir') {
        if (!skip(p)) walk(child, p);
      } else if (child.kind === 'file') out.push(p);
    }
  };
  const start = lookup(root, dir);
  if (start?.kind === 'dir') walk(start, dir);
  return out;
}

const DEFAULT_EXCLUDES = ['node_modules', 'bower_components', 'jspm_packages'];

/** Reads `configPath` and selects its input files. */
export function readProject(root: DirNode, configPath: string): TsProject {
  const notes: string[] = [];
  const config = loadConfig(root, configPath, notes);
  const opts = options(config.options);
  const dir = dirname(configPath);
  const include = config.include ?? (config.files !== undefined ? [] : [joinPath(dir, '**/*')]);
  const exclude = config.exclude ?? [...DEFAULT_EXCLUDES.map((d) => joinPath(dir, d)), ...[opts.outDir, opts.declarationDir].filter((d): d is string => d !== undefined)];
  const includes = include.slice(0, 100).map(patternMatcher);
  const excludes = exclude.slice(0, 100).map(patternMatcher);
  // A directory is skipped when everything in it is excluded (node_modules always: tsc never compiles it).
  const excludedDir = (p: string): boolean => /(^|\/)node_modules$/.test(p) || excludes.some((m) => m(`${p}/\u0000`));
  const accepts = (p: string): boolean => TS_INPUT.test(p) || (opts.allowJs && JS_INPUT.test(p));
  const selected = new Set<string>();
  for (const f of config.files ?? []) if (lookup(root, f)?.kind === 'file') selected.add(f);
  if (includes.length > 0) {
    for (const f of filesUnder(root, dir, excludedDir)) {
      if (accepts(f) && includes.some((m) => m(f)) && !excludes.some((m) => m(f))) selected.add(f);
    }
  }
  const rel = (p: string): string => (p.startsWith(`${dir}/`) ? p.slice(dir.length + 1) : p);
  return {
    configPath,
    options: opts,
    inputs: [...selected].sort(),
    include: include.map(rel),
    exclude: config.exclude === undefined ? [] : exclude.map(rel),
    notes,
  };
}

/** `tsc a.ts b.ts`: the named files with the command line's options (tsconfig.json is then ignored). */
export function commandLineProject(root: DirNode, cwd: string, files: readonly string[], opts: TsOptions): TsProject {
  const inputs = files.map((f) => normalizePath(f, cwd)).filter((f) => lookup(root, f)?.kind === 'file');
  return { configPath: undefined, options: opts, inputs: [...new Set(inputs)].sort(), include: [], exclude: [], notes: [] };
}

/** The file at `path`, if it is one. */
export function fileNode(root: DirNode, path: string): FileNode | undefined {
  const node = lookup(root, path);
  return node?.kind === 'file' ? node : undefined;
}

export const NO_OPTIONS: TsOptions = {
  outDir: undefined, rootDir: undefined, outFile: undefined, noEmit: false, declaration: false, emitDeclarationOnly: false,
  declarationDir: undefined, sourceMap: false, declarationMap: false, allowJs: false, jsx: undefined,
};
