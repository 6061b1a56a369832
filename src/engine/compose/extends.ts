/**
 * `extends:` — a service built on another one, in the same file or in another file of the project
 * (compose-spec `05-services.md` §extends; compose-go `loader/extends.go`): the base service is copied and the
 * local definition merged over it with the usual merge rules; resources the base refers to are not imported;
 * a cycle is an error. Applied per file, before the files are merged, as Compose does.
 */
import type { ComposeDiagnostic } from './diagnostics.ts';
import { diagnostic } from './diagnostics.ts';
import type { Lookup } from './interpolation.ts';
import type { MapEntry, MapNode } from './located.ts';
import { asMap, entryOf, scalarText } from './located.ts';
import { mergeTrees } from './merge.ts';
import { dirname, resolvePath } from './paths.ts';
import { readComposeYaml } from './yaml-tree.ts';

export interface ExtendsContext {
  readonly lookup: Lookup;
  /** Text of another file by resolved path, if the caller gave it. */
  readonly read: (resolvedPath: string) => string | undefined;
  readonly diagnostics: ComposeDiagnostic[];
}

function servicesOf(doc: MapNode): MapNode | undefined {
  return asMap(entryOf(doc, 'services')?.value);
}

function withoutExtends(service: MapNode): MapNode {
  return { ...service, entries: service.entries.filter((e) => e.key !== 'extends') };
}

/** The service with its `extends` chain resolved, or `undefined` when it cannot be (already reported). */
function resolveService(ctx: ExtendsContext, file: string, doc: MapNode, name: string, seen: readonly string[]): MapNode | undefined {
  const key = `${file}#${name}`;
  const entry = entryOf(servicesOf(doc), name);
  const service = asMap(entry?.value);
  if (!entry || !service) return undefined;
  const ext = entryOf(service, 'extends');
  if (!ext) return service;
  if (seen.includes(key)) {
    // compose-go loader.go cycleTracker: "Circular reference:" then one line per service.
    const refs = [...seen, key].map((k) => ({ file: k.slice(0, k.lastIndexOf('#')), service: k.slice(k.lastIndexOf('#') + 1) }));
    const lines = ['Circular reference:', `  ${refs[0]!.service} in ${refs[0]!.file}`, ...refs.slice(1).map((r) => `  extends ${r.service} in ${r.file}`)];
    ctx.diagnostics.push(diagnostic('error', 'model', lines.join('\n'), ext.keyLoc));
    return undefined;
  }
  const spec = ext.value.kind === 'scalar' ? { service: scalarText(ext.value), file: undefined } : { service: scalarText(entryOf(asMap(ext.value), 'service')?.value), file: scalarText(entryOf(asMap(ext.value), 'file')?.value) };
  if (!spec.service) return withoutExtends(service);
  let baseDoc = doc;
  let baseFile = file;
  if (spec.file !== undefined) {
    baseFile = resolvePath(dirname(file), spec.file);
    const text = ctx.read(baseFile);
    if (text === undefined) {
      ctx.diagnostics.push(diagnostic('error', 'not-simulated', `cannot read ${baseFile}`, ext.value.loc));
      return withoutExtends(service);
    }
    const read = readComposeYaml(baseFile, text, ctx.lookup);
    ctx.diagnostics.push(...read.diagnostics);
    const first = read.documents[0];
    if (!first) return withoutExtends(service);
    baseDoc = first;
  }
  const base = resolveService(ctx, baseFile, baseDoc, spec.service, [...seen, key]);
  if (!base) {
    if (!entryOf(servicesOf(baseDoc), spec.service)) {
      ctx.diagnostics.push(diagnostic('error', 'model', `cannot extend service "${name}" in ${file}: service "${spec.service}" not found`, ext.value.loc));
    }
    return withoutExtends(service);
  }
  // Merge the local definition over the base as a one-service document, so the service merge rules apply.
  const wrap = (s: MapNode): MapNode => ({
    kind: 'map',
    loc: s.loc,
    entries: [{ key: 'services', keyLoc: s.loc, value: { kind: 'map', loc: s.loc, entries: [{ key: name, keyLoc: entry.keyLoc, value: s }] } }],
  });
  const merged = mergeTrees(wrap(base), wrap(withoutExtends(service)), ctx.diagnostics);
  return asMap(entryOf(servicesOf(merged), name)?.value);
}

/** Resolves every `extends` in one document of `file`. */
export function applyExtends(ctx: ExtendsContext, file: string, doc: MapNode): MapNode {
  const services = servicesOf(doc);
  if (!services || !services.entries.some((e) => entryOf(asMap(e.value), 'extends'))) return doc;
  const entries: MapEntry[] = services.entries.map((e) => {
    if (!entryOf(asMap(e.value), 'extends')) return e;
    const resolved = resolveService(ctx, file, doc, e.key, []);
    return resolved ? { ...e, value: resolved } : e;
  });
  return { ...doc, entries: doc.entries.map((e) => (e.key === 'services' ? { ...e, value: { ...services, entries } } : e)) };
}
