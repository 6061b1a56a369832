// parseCatalogExtension: validate a team's JSON against the schema (friendly, path-level errors) and turn each
// team image into a full ImageRecord, inheriting libc, shell, users, tools and layers from its `from` base
// (official or an earlier team image in the same file).
import type { z } from 'zod';
import { BUSYBOX_ASH, DASH } from './data/common.ts';
import { SCRATCH } from './data/images-base.ts';
import { CatalogExtensionSchema, type TeamImageInput } from './extension-schema.ts';
import { ESTIMATED_COMPRESSION_RATIO } from './image-estimate.ts';
import { familiarOf } from './record-names.ts';
import { lookupImage, type CatalogExtension } from './image-lookup.ts';
import { parseReference } from './reference.ts';
import type { FsEntry, ImageRecord, LayerSpec, OsSpec, ShellSpec, ToolName, ToolSet } from './types.ts';

export interface ExtensionError {
  /** Where in the file: 'images[0].layers[2].bytes' ('' for the whole document). */
  readonly path: string;
  readonly expected: string;
  readonly found: string;
  readonly message: string;
}

export type ExtensionResult =
  | { readonly ok: true; readonly catalog: CatalogExtension }
  | { readonly ok: false; readonly errors: readonly ExtensionError[] };

/** Accepts the parsed JSON value (or the JSON text). `file` is used in messages and sources. */
export function parseCatalogExtension(json: unknown, file?: string): ExtensionResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (e) {
      const why = e instanceof Error ? e.message : 'invalid JSON';
      return { ok: false, errors: [{ path: '', expected: 'JSON text', found: 'text that is not valid JSON', message: `${file ?? 'the catalog file'} is not valid JSON: ${why}` }] };
    }
  }
  const parsed = CatalogExtensionSchema.safeParse(value);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => friendly(i, value)) };

  const images: ImageRecord[] = [];
  const errors: ExtensionError[] = [];
  parsed.data.images.forEach((input, index) => {
    const made = teamRecord(input, index, images, file);
    if ('error' in made) errors.push(made.error);
    else images.push(made.record);
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, catalog: { kind: 'catalog-extension', file, images } };
}

// ---- friendly errors -----------------------------------------------------------------------------------------

type Issue = z.core.$ZodIssue;

function friendly(issue: Issue, root: unknown): ExtensionError {
  const path = formatPath(issue.path);
  const at = valueAt(root, issue.path);
  const where = path === '' ? 'the document' : path;
  let expected: string;
  let found = describe(at);
  switch (issue.code) {
    case 'invalid_type':
      expected = article(issue.expected);
      if (at === undefined) found = 'nothing (the field is missing)';
      break;
    case 'invalid_value':
      expected = issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      break;
    case 'unrecognized_keys':
      expected = 'only the documented fields';
      found = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      break;
    case 'too_small':
      expected = issue.origin === 'array' ? `at least ${issue.minimum} item(s)` : issue.origin === 'string' ? 'a non-empty string' : `a number ≥ ${issue.minimum}`;
      break;
    case 'too_big':
      expected = `at most ${issue.maximum}`;
      break;
    case 'invalid_format':
      expected = issue.format === 'starts_with' ? 'an absolute path (starting with "/")' : `a ${issue.format} string`;
      break;
    default:
      expected = issue.message;
  }
  const message = issue.code === 'custom'
    ? `${where}: ${issue.message}`
    : `${where}: expected ${expected}, found ${found}`;
  return { path, expected, found, message };
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}…` : v)}`;
  if (typeof v === 'number') return Number.isInteger(v) ? `the number ${v}` : `the number ${v} (not a whole number)`;
  if (typeof v === 'boolean') return `${v}`;
  if (Array.isArray(v)) return `a list of ${v.length}`;
  return 'an object';
}

function article(type: string): string {
  if (type === 'array') return 'a list';
  if (type === 'object') return 'an object';
  if (type === 'int') return 'a whole number';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

// ---- team image → record -------------------------------------------------------------------------------------

const SHELLS: Readonly<Record<'dash' | 'bash' | 'busybox-ash', ShellSpec>> = {
  dash: DASH,
  bash: { path: '/bin/sh', impl: 'bash', execsLoneCommand: true, source: 'bash 5.2 -c execs a lone last command (runtime-signals.md §2)' },
  'busybox-ash': BUSYBOX_ASH,
};
const LOADERS = { glibc: '/lib64/ld-linux-x86-64.so.2', musl: '/lib/ld-musl-x86_64.so.1', none: undefined } as const;

function teamRecord(input: TeamImageInput, index: number, earlier: readonly ImageRecord[], file: string | undefined):
  { record: ImageRecord } | { error: ExtensionError } {
  const parsed = parseReference(input.ref);
  if (!parsed.ok) {
    return { error: { path: `images[${index}].ref`, expected: 'an image reference like registry.example.com/team/app:1.2', found: describe(input.ref), message: `images[${index}].ref: ${parsed.error}` } };
  }
  const ref = parsed.ref;
  const source = input.source ?? `team catalog${file ? ` ${file}` : ''}`;
  const confidence = input.confidence ?? 'estimate';
  const prior: CatalogExtension = { kind: 'catalog-extension', file, images: earlier };
  const baseLookup = input.from !== undefined ? lookupImage(input.from, { extra: [prior] }) : undefined;
  const base: ImageRecord = baseLookup ? baseLookup.image : osOnlyBase(input);
  const notes: string[] = [...(input.notes ?? [])];
  if (baseLookup && baseLookup.match === 'estimate') notes.push(`base ${input.from} is not in the catalog: ${baseLookup.note ?? 'estimated'}`);

  const added: LayerSpec[] = (input.layers ?? []).map((l) => ({
    createdBy: l.createdBy,
    emptyLayer: l.emptyLayer ?? false,
    bytes: l.bytes,
    compressedBytes: l.compressedBytes ?? Math.round(l.bytes / ESTIMATED_COMPRESSION_RATIO),
  }));
  const addedBytes = added.reduce((s, l) => s + l.bytes, 0);
  const addedCompressed = added.reduce((s, l) => s + l.compressedBytes, 0);
  const os: OsSpec = input.os ? osFrom(input.os, base.os) : base.os;
  const tools: ToolSet = mergeTools(base.tools, input.tools);
  const paths: Record<string, FsEntry> = { ...base.fs.paths };
  for (const p of input.paths ?? []) paths[p] = { kind: 'file', size: 0 };
  for (const t of Object.values(tools)) if (t && !(t in paths)) paths[t] = { kind: 'file', size: 0, mode: 0o755 };
  if (input.os) {
    if (os.shell && !('/bin/sh' in paths)) paths['/bin/sh'] = { kind: 'file', size: 0, mode: 0o755 };
    if (os.loaderPath && !(os.loaderPath in paths)) paths[os.loaderPath] = { kind: 'file', size: 0, mode: 0o755 };
  }
  const cfg = input.config ?? {};
  const platforms = input.platforms
    ? Object.fromEntries(input.platforms.map((p) => [p, {}]))
    : base.platforms;

  const record: ImageRecord = {
    repository: ref.repository,
    tag: ref.tag,
    aliases: input.aliases ?? [],
    title: input.title ?? `${ref.familiar} (team image${input.from ? ` from ${familiarOf(base)}` : ''})`,
    snapshot: base.snapshot,
    platforms,
    compressed: input.compressedBytes !== undefined
      ? { bytes: input.compressedBytes, source, confidence }
      : { bytes: base.compressed.bytes + addedCompressed, source: `${source}: base ${familiarOf(base)} + its layers (compressed estimated at 1/${ESTIMATED_COMPRESSION_RATIO} where not given)`, confidence: 'estimate' },
    onDisk: input.onDiskBytes !== undefined
      ? { bytes: input.onDiskBytes, source, confidence }
      : { bytes: base.onDisk.bytes + addedBytes, source: `${source}: base ${familiarOf(base)} + its layers`, confidence: added.length > 0 ? confidence : base.onDisk.confidence },
    layers: { items: [...base.layers.items, ...added], source: `${source}; base layers: ${base.layers.source}`, confidence },
    config: {
      ...base.config,
      entrypoint: cfg.entrypoint === null ? undefined : cfg.entrypoint ?? base.config.entrypoint,
      // Setting ENTRYPOINT resets an inherited CMD (Dockerfile reference).
      cmd: cfg.cmd === null ? undefined : cfg.cmd ?? (cfg.entrypoint !== undefined ? undefined : base.config.cmd),
      env: { ...base.config.env, ...(cfg.env ?? {}) },
      workdir: cfg.workdir ?? base.config.workdir,
      user: cfg.user ?? base.config.user,
      stopSignal: cfg.stopSignal ?? base.config.stopSignal,
      exposedPorts: cfg.exposedPorts?.map((p) => (p.includes('/') ? p : `${p}/tcp`)) ?? base.config.exposedPorts,
      shell: cfg.shell ?? base.config.shell,
      labels: { ...(base.config.labels ?? {}), ...(cfg.labels ?? {}) },
      source,
      confidence,
    },
    os,
    users: [...base.users.filter((u) => !(input.users ?? []).some((n) => n.name === u.name)), ...(input.users ?? []).map((u) => ({ ...u, gid: u.gid ?? u.uid }))],
    tools,
    runtimes: base.runtimes,
    fs: { paths, source: `${source}; base: ${base.fs.source}`, confidence: 'estimate' },
    notes,
    team: { from: input.from, file },
  };
  return { record };
}

function osOnlyBase(input: TeamImageInput): ImageRecord {
  const os = input.os;
  return os ? { ...SCRATCH, os: osFrom(os, SCRATCH.os), users: [{ name: 'root', uid: 0, gid: 0 }] } : SCRATCH;
}

function osFrom(o: NonNullable<TeamImageInput['os']>, base: OsSpec): OsSpec {
  return {
    family: o.family ?? (o.packageManager === 'apk' ? 'alpine' : o.packageManager === 'apt' ? 'debian' : base.family),
    release: o.release ?? base.release,
    libc: o.libc,
    loaderPath: LOADERS[o.libc],
    shell: o.shell === 'none' ? undefined : SHELLS[o.shell],
    packageManager: o.packageManager,
    packageRelease: o.release ?? base.packageRelease,
    packageSets: o.packageManager === 'apt' ? base.packageSets ?? ['debian'] : undefined,
    usrMerged: o.packageManager === 'apt' ? true : base.usrMerged,
    slim: base.slim,
  };
}

function mergeTools(base: ToolSet, given: Partial<Record<string, string | null>> | undefined): ToolSet {
  if (!given) return base;
  const out: Record<string, string | undefined> = { ...base };
  for (const [k, v] of Object.entries(given)) out[k as ToolName] = v === null ? undefined : v;
  return out as ToolSet;
}
