/**
 * One compose file's text -> located trees, one per YAML document (Compose merges a file's documents in
 * order, like several files). On the way: aliases and `<<` merge keys are resolved (go-yaml does both),
 * keys must be strings (compose-go `convertToStringKeysRecursive`), string values are interpolated and
 * cast where Compose casts them (compose-go `loader/interpolate.go`), `!reset`/`!override` are kept as tags.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Document, Node as YNode } from 'yaml';
import type { ComposeDiagnostic } from './diagnostics.ts';
import { diagnostic } from './diagnostics.ts';
import type { Lookup } from './interpolation.ts';
import { substitute, templateErrorMessage } from './interpolation.ts';
import type { LineIndex } from './line-index.ts';
import { lineIndex } from './line-index.ts';
import type { Loc, MapEntry, MapNode, MergeTag, PathSegment, YamlNode } from './located.ts';
import { formatPath } from './located.ts';
import { applyCast, castFor } from './type-casts.ts';

export interface ReadFileResult {
  /** The file's documents that are mappings, in order. */
  readonly documents: readonly MapNode[];
  readonly diagnostics: readonly ComposeDiagnostic[];
}

/** A bound on alias expansion: a "billion laughs" file must come back with an error, not hang. */
const MAX_NODES = 200_000;

interface Context {
  readonly file: string;
  readonly lines: LineIndex;
  readonly doc: Document.Parsed;
  /** `undefined`: plain YAML (a Kubernetes manifest), no interpolation and no casts. */
  readonly lookup: Lookup | undefined;
  readonly diagnostics: ComposeDiagnostic[];
  /** Variables already warned about: Compose warns once per use, we keep one warning per variable and file. */
  readonly warned: Set<string>;
  /** `Alias.resolve` walks the whole document; each alias node is resolved once. */
  readonly aliases: Map<unknown, YNode | undefined>;
  nodes: number;
  aborted: boolean;
}

function resolveAlias(ctx: Context, alias: unknown): YNode | undefined {
  if (!isAlias(alias)) return alias as YNode | undefined;
  if (!ctx.aliases.has(alias)) ctx.aliases.set(alias, alias.resolve(ctx.doc) as YNode | undefined);
  return ctx.aliases.get(alias);
}

function locOf(ctx: Context, node: { range?: readonly number[] | null | undefined } | null | undefined, fallback?: Loc): Loc {
  const r = node?.range;
  if (!r) return fallback ?? { file: ctx.file, range: ctx.lines.range(0, 0) };
  return { file: ctx.file, range: ctx.lines.range(r[0]!, r[1]!) };
}

function mergeTagOf(node: YNode): MergeTag | undefined {
  const tag = node.tag;
  return tag === '!reset' || tag === '!override' ? tag : undefined;
}

function keyText(key: unknown): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly shown: string } {
  if (isScalar(key)) {
    const v = key.value;
    if (typeof v === 'string') return { ok: true, text: v };
    if (typeof v === 'symbol') return { ok: true, text: '<<' };
    return { ok: false, shown: v === null ? '<nil>' : String(v) };
  }
  return { ok: false, shown: 'a collection' };
}

function interpolateScalar(ctx: Context, value: string, path: readonly PathSegment[], loc: Loc): string | number | boolean {
  if (!ctx.lookup) return value;
  let text = value;
  if (value.includes('$')) {
    const result = substitute(value, ctx.lookup);
    for (const name of result.unset) {
      if (ctx.warned.has(name)) continue;
      ctx.warned.add(name);
      ctx.diagnostics.push(
        diagnostic('warning', 'unset-variable', `The "${name}" variable is not set. Defaulting to a blank string.`, loc, { path: formatPath(path) }),
      );
    }
    if (result.error) {
      ctx.diagnostics.push(diagnostic('error', 'interpolation', templateErrorMessage(formatPath(path), result.error), loc, { path: formatPath(path) }));
      return value;
    }
    text = result.value;
  }
  const cast = castFor(path);
  if (!cast) return text;
  const casted = applyCast(cast, text);
  if (!casted.ok) {
    const message = `error while interpolating ${formatPath(path)}: failed to cast to expected type: ${casted.message}`;
    ctx.diagnostics.push(diagnostic('error', 'interpolation', message, loc, { path: formatPath(path) }));
    return text;
  }
  if (casted.warning) ctx.diagnostics.push(diagnostic('warning', 'interpolation', casted.warning, loc, { path: formatPath(path) }));
  return casted.value;
}

/** The entries a `<<` value brings in: one mapping, or a list of them where earlier ones win. */
function mergeSources(ctx: Context, value: unknown, path: readonly PathSegment[]): MapEntry[] {
  const resolved = resolveAlias(ctx, value);
  const maps = isSeq(resolved) ? resolved.items : [resolved];
  const out: MapEntry[] = [];
  const seen = new Set<string>();
  for (const item of maps) {
    const node = convert(ctx, item as YNode, path);
    if (node?.kind !== 'map') {
      ctx.diagnostics.push(diagnostic('error', 'yaml', 'map merge requires map or sequence of maps as the value', locOf(ctx, item as YNode)));
      continue;
    }
    for (const entry of node.entries) {
      if (seen.has(entry.key)) continue;
      seen.add(entry.key);
      out.push(entry);
    }
  }
  return out;
}

function convert(ctx: Context, node: YNode | null | undefined, path: readonly PathSegment[], at?: Loc): YamlNode | undefined {
  if (ctx.aborted) return undefined;
  if (++ctx.nodes > MAX_NODES) {
    ctx.aborted = true;
    ctx.diagnostics.push(diagnostic('error', 'yaml', 'the document expands to too many nodes (aliases nested too deeply)', locOf(ctx, node, at)));
    return undefined;
  }
  if (node === null || node === undefined) return { kind: 'scalar', value: null, loc: at ?? locOf(ctx, undefined) };
  if (isAlias(node)) {
    const target = resolveAlias(ctx, node);
    if (!target) return { kind: 'scalar', value: null, loc: locOf(ctx, node) };
    // The alias's own place is where the value is used; its insides keep the anchor's ranges.
    return convert(ctx, target, path, locOf(ctx, node));
  }
  const loc = at ?? locOf(ctx, node);
  const tag = mergeTagOf(node);
  const withTag = <T extends YamlNode>(n: T): T => (tag ? { ...n, tag } : n);
  if (isScalar(node)) {
    const v = node.value;
    if (typeof v === 'string') {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      const interpolated = ctx.lookup !== undefined && v.includes('$') && /\$(\{|[_a-zA-Z])/.test(v.replace(/\$\$/g, ''));
      return withTag({
        kind: 'scalar',
        value: interpolateScalar(ctx, v, path, loc),
        loc,
        ...(interpolated ? { interpolated: true as const } : {}),
        ...(quoted ? { quoted: true as const } : {}),
      });
    }
    if (typeof v === 'number' || typeof v === 'boolean' || v === null) return withTag({ kind: 'scalar', value: v, loc });
    if (typeof v === 'bigint') return withTag({ kind: 'scalar', value: Number(v), loc });
    return withTag({ kind: 'scalar', value: String(v), loc });
  }
  if (isSeq(node)) {
    const items: YamlNode[] = [];
    node.items.forEach((item, i) => {
      const converted = convert(ctx, item as YNode, [...path, i]);
      if (converted) items.push(converted);
    });
    return withTag({ kind: 'seq', items, loc });
  }
  if (isMap(node)) {
    const entries: MapEntry[] = [];
    const lines = new Map<string, number>();
    let merged: MapEntry[] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = keyText(pair.key);
      const keyLoc = locOf(ctx, pair.key as YNode, loc);
      if (!key.ok) {
        const where = path.length === 0 ? 'at top level' : `in ${formatPath(path)}`;
        ctx.diagnostics.push(diagnostic('error', 'yaml', `non-string key ${where}: ${key.shown}`, keyLoc, { path: formatPath(path) }));
        continue;
      }
      if (key.text === '<<' && isScalar(pair.key) && typeof pair.key.value === 'symbol') {
        merged = [...merged, ...mergeSources(ctx, pair.value, path).filter((e) => !merged.some((m) => m.key === e.key))];
        continue;
      }
      // The parser's own unique-key check is quadratic; go-yaml's words, found in one pass.
      const first = lines.get(key.text);
      if (first !== undefined) {
        const line = keyLoc.range.start.line;
        ctx.diagnostics.push(diagnostic('error', 'yaml', `failed to parse ${ctx.file}: line ${line}: mapping key "${key.text}" already defined at line ${first}`, keyLoc));
        continue;
      }
      lines.set(key.text, keyLoc.range.start.line);
      const valueLoc = pair.value ? undefined : { file: ctx.file, range: ctx.lines.range(keyLoc.range.end.offset, keyLoc.range.end.offset) };
      const value = convert(ctx, pair.value as YNode | null, [...path, key.text], valueLoc);
      if (value) entries.push({ key: key.text, keyLoc, value });
    }
    // Keys written in the mapping win over merged ones (YAML merge key semantics, as go-yaml applies them).
    for (const entry of merged) if (!entries.some((e) => e.key === entry.key)) entries.push(entry);
    return withTag({ kind: 'map', entries, loc });
  }
  return undefined;
}

/** go-yaml refuses documents nested deeper than this; the JS parser slows down sharply on them. */
const MAX_FLOW_DEPTH = 1_000;

/** The deepest `[`/`{` nesting in the text (a cheap over-estimate: brackets in strings count too). */
function flowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return max;
}

/** Parses one compose file; `lookup` gives variables for interpolation (none: plain YAML, as for Kubernetes). */
export function readComposeYaml(file: string, text: string, lookup: Lookup | undefined): ReadFileResult {
  const diagnostics: ComposeDiagnostic[] = [];
  const lines = lineIndex(text);
  const documents: MapNode[] = [];
  if (flowDepth(text) > MAX_FLOW_DEPTH) {
    diagnostics.push(diagnostic('error', 'yaml', `failed to parse ${file}: the document is nested more than ${MAX_FLOW_DEPTH} levels deep`, { file, range: lines.range(0, 0) }));
    return { documents, diagnostics };
  }
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { merge: true, uniqueKeys: false, prettyErrors: false, strict: true }) as Document.Parsed[];
  } catch (error) {
    // The parser reports problems as values; this only guards against a parser bug taking the engine down.
    diagnostics.push(diagnostic('error', 'yaml', `failed to parse ${file}: ${(error as Error).message}`, { file, range: lines.range(0, 0) }));
    return { documents, diagnostics };
  }
  if (!Array.isArray(docs)) return { documents, diagnostics };
  const warned = new Set<string>();
  for (const doc of docs) {
    const ctx: Context = { file, lines, doc, lookup, diagnostics, warned, aliases: new Map(), nodes: 0, aborted: false };
    for (const error of doc.errors) {
      const [start, end] = error.pos;
      diagnostics.push(diagnostic('error', 'yaml', `failed to parse ${file}: ${error.message}`, { file, range: lines.range(start, end) }));
    }
    if (doc.errors.length > 0) continue;
    for (const warning of doc.warnings) {
      if (warning.code === 'TAG_RESOLVE_FAILED' && /!(reset|override)\b/.test(warning.message)) continue;
      const [start, end] = warning.pos;
      diagnostics.push(diagnostic('warning', 'yaml', warning.message, { file, range: lines.range(start, end) }));
    }
    if (doc.contents === null) continue;
    const root = convert(ctx, doc.contents as YNode, []);
    if (!root) continue;
    if (root.kind !== 'map') {
      diagnostics.push(diagnostic('error', 'yaml', 'top-level object must be a mapping', root.loc));
      continue;
    }
    documents.push(root);
  }
  return { documents, diagnostics };
}
