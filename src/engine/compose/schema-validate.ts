/**
 * Validates a merged compose tree against the Compose Specification's JSON schema (the copy Docker Compose
 * embeds, `schema/compose-spec.ts`) with ajv, and turns ajv's errors into friendly ones: the path as the
 * learner reads it (`services.api.ports[0]`), the range of the offending key or value, what the schema
 * expects and what the file has. Like compose-go `schema/schema.go`, an error explained deeper in the tree
 * (one branch of a `oneOf` that matched the type) hides the shallower "matches none of the forms" errors.
 *
 * ajv compiles the schema to a function with `new Function` (fine in Node and in a Web Worker); the compiled
 * validator is built once, on first use (≈200 ms), and kept.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { ComposeDiagnostic } from './diagnostics.ts';
import { diagnostic } from './diagnostics.ts';
import type { MapNode, PathSegment, YamlNode } from './located.ts';
import { formatPath, nodeAt, toPlain } from './located.ts';
import { composeSpecSchema } from './schema/compose-spec.ts';

let compiled: ValidateFunction | undefined;

/** The compiled validator; call early (on an idle tick) to take the one-off compile cost off the first keystroke. */
export function composeValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true, logger: false, validateSchema: false });
    compiled = ajv.compile(composeSpecSchema);
  }
  return compiled;
}

function pointerToPath(pointer: string, root: YamlNode): PathSegment[] {
  if (pointer === '') return [];
  const raw = pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path: PathSegment[] = [];
  let node: YamlNode | undefined = root;
  for (const segment of raw) {
    if (node?.kind === 'seq' && /^\d+$/.test(segment)) {
      path.push(Number(segment));
      node = node.items[Number(segment)];
    } else {
      path.push(segment);
      node = node?.kind === 'map' ? node.entries.find((e) => e.key === segment)?.value : undefined;
    }
  }
  return path;
}

const article = (t: string) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);
const TYPE_WORDS: Readonly<Record<string, string>> = {
  object: 'mapping',
  array: 'list',
  string: 'string',
  number: 'number',
  integer: 'whole number',
  boolean: 'boolean (true or false)',
  null: 'empty value',
};

function listWords(words: readonly string[]): string {
  const unique = [...new Set(words)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} or ${unique[unique.length - 1]}`;
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  return String(value);
}

/** The closest allowed key, to suggest a fix for a typo (`port` -> `ports`). */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

interface Explained {
  readonly path: PathSegment[];
  /** Point at the key rather than the value (an unknown key). */
  readonly key: boolean;
  readonly message: string;
  readonly expected: string;
  readonly found: string;
}

function explain(group: readonly ErrorObject[], path: PathSegment[], value: unknown): Explained[] {
  const where = formatPath(path) || 'the file';
  const out: Explained[] = [];
  const types: string[] = [];
  for (const e of group) {
    switch (e.keyword) {
      case 'type': {
        const want = e.params['type'] as string | string[];
        for (const t of Array.isArray(want) ? want : [want]) types.push(TYPE_WORDS[t] ?? t);
        break;
      }
      case 'additionalProperties': {
        const extra = String(e.params['additionalProperty']);
        const schema = e.parentSchema as { properties?: Record<string, unknown>; patternProperties?: Record<string, unknown> } | undefined;
        const allowed = Object.keys(schema?.properties ?? {});
        const at = [...path, extra];
        if (allowed.length === 0 && schema?.patternProperties) {
          const what = path.length === 1 ? `${String(path[0]).replace(/s$/, '')} name` : 'name';
          out.push({
            path: at,
            key: true,
            message: `${where}: '${extra}' is not a valid ${what}`,
            expected: `a ${what} made of letters, digits, '.', '_' and '-'`,
            found: `'${extra}'`,
          });
          break;
        }
        const guess = closest(extra, allowed);
        out.push({
          path: at,
          key: true,
          message: `${where}: additional property '${extra}' is not allowed${guess ? ` (did you mean '${guess}'?)` : ''}`,
          expected: guess ? `'${guess}' or another key the Compose Specification defines here` : 'a key the Compose Specification defines here',
          found: `'${extra}'`,
        });
        break;
      }
      case 'required': {
        const missing = String(e.params['missingProperty']);
        out.push({ path, key: true, message: `${where}: missing property '${missing}'`, expected: `a '${missing}' key`, found: 'none' });
        break;
      }
      case 'enum': {
        const allowed = (e.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v));
        out.push({ path, key: false, message: `${where} must be one of ${allowed.join(', ')}`, expected: `one of ${allowed.join(', ')}`, found: describeValue(value) });
        break;
      }
      case 'const':
        out.push({ path, key: false, message: `${where} must be ${JSON.stringify(e.params['allowedValue'])}`, expected: JSON.stringify(e.params['allowedValue']), found: describeValue(value) });
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const words = { minimum: 'greater than or equal to', maximum: 'less than or equal to', exclusiveMinimum: 'greater than', exclusiveMaximum: 'less than' }[e.keyword];
        const limit = String(e.params['limit']);
        out.push({ path, key: false, message: `${where} must be ${words} ${limit}`, expected: `a number ${words} ${limit}`, found: describeValue(value) });
        break;
      }
      case 'uniqueItems': {
        const { i, j } = e.params as { i: number; j: number };
        out.push({ path: [...path, i], key: false, message: `${where}: items ${j} and ${i} are the same; each must be unique`, expected: 'no repeated items', found: `item ${i} repeats item ${j}` });
        break;
      }
      case 'pattern':
        out.push({ path, key: false, message: `${where} does not match the pattern ${String(e.params['pattern'])}`, expected: `text matching ${String(e.params['pattern'])}`, found: describeValue(value) });
        break;
      case 'minItems':
      case 'maxItems':
      case 'minProperties':
      case 'maxProperties':
      case 'minLength':
        out.push({ path, key: false, message: `${where} ${e.message ?? 'is not valid'}`, expected: e.message ?? 'a valid value', found: describeValue(value) });
        break;
      default:
        break; // oneOf/anyOf/not/if: explained by their branches, or below as "none of the forms".
    }
  }
  if (types.length > 0) {
    const expected = listWords(types.map(article));
    out.push({ path, key: false, message: `${where} must be ${expected}`, expected, found: describeValue(value) });
  }
  if (out.length === 0 && group.some((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'not')) {
    out.push({ path, key: false, message: `${where} does not match any form the Compose Specification allows here`, expected: 'one of the forms the specification allows here', found: describeValue(value) });
  }
  return out;
}

const SHALLOW = new Set(['type', 'oneOf', 'anyOf', 'not', 'if', 'then', 'else']);

/** Validates the tree; one diagnostic per distinct problem, most specific first. */
export function validateAgainstSchema(root: MapNode, file: string): ComposeDiagnostic[] {
  const validate = composeValidator();
  const data = toPlain(root);
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  const groups = new Map<string, ErrorObject[]>();
  for (const e of errors) groups.set(e.instancePath, [...(groups.get(e.instancePath) ?? []), e]);
  const pointers = [...groups.keys()];
  const diagnostics: ComposeDiagnostic[] = [];
  const seen = new Set<string>();
  for (const [pointer, group] of groups) {
    const deeper = pointers.some((p) => p !== pointer && p.startsWith(`${pointer}/`));
    // A type or "none of the forms" error is explained by a deeper error in the branch whose type matched.
    // So is a type error next to an error from the branch whose type did match (an unknown key in a mapping).
    const specific = group.some((e) => !SHALLOW.has(e.keyword));
    const relevant = deeper || specific ? group.filter((e) => !SHALLOW.has(e.keyword)) : group;
    if (relevant.length === 0) continue;
    const path = pointerToPath(pointer, root);
    for (const ex of explain(relevant, path, relevant[0]!.data)) {
      if (seen.has(ex.message)) continue;
      seen.add(ex.message);
      const { node, entry, depth } = nodeAt(root, ex.path);
      const exact = depth === ex.path.length;
      const loc = ex.key && exact && entry ? entry.keyLoc : node.loc;
      diagnostics.push(
        diagnostic('error', 'schema', `validating ${file}: ${ex.message}`, loc, { path: formatPath(ex.path), expected: ex.expected, found: ex.found }),
      );
    }
  }
  return diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
}
