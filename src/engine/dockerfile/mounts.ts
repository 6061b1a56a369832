/**
 * `RUN --mount=...` parsed into a structure, following moby/buildkit
 * frontend/dockerfile/instructions/commands_runmount.go parseMount. Values are as written
 * (variables unexpanded). BuildKit validates a mount when the build reaches it, after expansion;
 * we validate at once when the mount has no `$` in it and report BuildKit's message.
 */
import type { Flag, Mount } from './ast.ts';
import { goQuote } from './go-quote.ts';
import { withSuggestion } from './suggest.ts';

const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
const SHARING = ['shared', 'private', 'locked'];
const ALL_KEYS = [
  'type', 'from', 'source', 'target', 'readonly', 'id', 'sharing', 'required', 'size', 'mode',
  'uid', 'gid', 'src', 'dst', 'destination', 'ro', 'rw', 'readwrite', 'env',
];

/** encoding/csv-style fields of one line (what go-csvvalue.Fields does). */
function csvFields(line: string): string[] | string {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return `parse error on line 1, column ${line.length + 1}: extraneous or missing " in quoted-field`;
        value += line.slice(i, q);
        if (line[q + 1] === '"') {
          value += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      if (i < line.length && line[i] !== ',') {
        return `parse error on line 1, column ${i + 1}: extraneous or missing " in quoted-field`;
      }
      fields.push(value);
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      const value = line.slice(i, end);
      const quote = value.indexOf('"');
      if (quote >= 0) return `parse error on line 1, column ${i + quote + 1}: bare " in non-quoted-field`;
      fields.push(value);
      i = end;
    }
    if (i >= line.length) return fields;
    i++; // comma
  }
}

function parseBool(v: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return undefined;
}

interface MutableMount {
  type: string;
  target: string | undefined;
  source: string | undefined;
  from: string | undefined;
  id: string | undefined;
  sharing: string | undefined;
  mode: string | undefined;
  uid: string | undefined;
  gid: string | undefined;
  readOnly: boolean | undefined;
  required: boolean | undefined;
  size: string | undefined;
  env: string | undefined;
}

/** Applies one `key[=value]` field; returns BuildKit's error text, if any. */
function applyField(m: MutableMount, key: string, value: string | undefined, field: string, explain: boolean): string | undefined {
  if (value === undefined) {
    switch (key) {
      case 'readonly':
      case 'ro':
        m.readOnly = true;
        return undefined;
      case 'readwrite':
      case 'rw':
        m.readOnly = false;
        return undefined;
      case 'required':
        if (m.type === 'secret' || m.type === 'ssh') {
          m.required = true;
          return undefined;
        }
        return `unexpected key '${key}' for mount type '${m.type}'`;
      default:
        return `invalid field '${field}' must be a key=value pair`;
    }
  }
  switch (key) {
    case 'type': {
      const t = value.toLowerCase();
      if (!MOUNT_TYPES.includes(t)) return explain ? withSuggestion(`unsupported mount type ${goQuote(value)}`, value, MOUNT_TYPES, true) : 'bad type';
      m.type = t;
      return undefined;
    }
    case 'from': m.from = value; return undefined;
    case 'source': case 'src': m.source = value; return undefined;
    case 'target': case 'dst': case 'destination': m.target = value; return undefined;
    case 'readonly': case 'ro':
    case 'readwrite': case 'rw': {
      const b = parseBool(value);
      if (b === undefined) return `invalid value for ${key}: ${value}`;
      m.readOnly = key === 'readonly' || key === 'ro' ? b : !b;
      return undefined;
    }
    case 'required': {
      if (m.type !== 'secret' && m.type !== 'ssh') return `unexpected key '${key}' for mount type '${m.type}'`;
      const b = parseBool(value);
      if (b === undefined) return `invalid value for ${key}: ${value}`;
      m.required = b;
      return undefined;
    }
    case 'size':
      if (m.type !== 'tmpfs') return `unexpected key '${key}' for mount type '${m.type}'`;
      m.size = value;
      return undefined;
    case 'id': m.id = value; return undefined;
    case 'sharing': {
      const s = value.toLowerCase();
      if (!SHARING.includes(s)) return withSuggestion(`unsupported sharing value ${goQuote(value)}`, value, SHARING, true);
      m.sharing = s;
      return undefined;
    }
    case 'mode':
      if (!/^[0-7]+$/.test(value)) return `invalid value ${value} for mode`;
      m.mode = value;
      return undefined;
    case 'uid':
    case 'gid':
      if (!/^[0-9]+$/.test(value)) return `invalid value ${value} for ${key}`;
      m[key] = value;
      return undefined;
    case 'env': m.env = value; return undefined;
    default:
      return explain ? withSuggestion(`unexpected key '${key}' in '${field}'`, key, ALL_KEYS, true) : 'unexpected key';
  }
}

/** The checks parseMount makes after reading all fields. */
function checkMount(m: MutableMount): string | undefined {
  const fileInfoAllowed = m.type === 'secret' || m.type === 'ssh' || m.type === 'cache';
  if (!fileInfoAllowed) {
    if (m.mode !== undefined) return `mode not allowed for ${goQuote(m.type)} type mounts`;
    if (m.uid !== undefined) return `uid not allowed for ${goQuote(m.type)} type mounts`;
    if (m.gid !== undefined) return `gid not allowed for ${goQuote(m.type)} type mounts`;
  }
  if (m.type === 'secret') {
    if (m.from !== undefined) return 'secret mount should not have a from';
    if (m.sharing !== undefined) return 'secret mount should not define sharing';
    if (m.source === undefined && m.target === undefined && m.id === undefined) {
      return 'invalid secret mount. one of source, target required';
    }
    if (m.source !== undefined && m.id !== undefined) return "both source and id can't be set";
  }
  if (m.sharing !== undefined && m.type !== 'cache') return `invalid cache sharing set for ${m.type} mount`;
  return undefined;
}

export function parseMount(flag: Flag): { mount: Mount; error: string | undefined } {
  const spec = flag.value ?? '';
  const m: MutableMount = {
    type: 'bind', target: undefined, source: undefined, from: undefined, id: undefined, sharing: undefined,
    mode: undefined, uid: undefined, gid: undefined, readOnly: undefined, required: undefined, size: undefined, env: undefined,
  };
  const options: { key: string; value: string | undefined }[] = [];
  const fields = csvFields(spec);
  let error: string | undefined;
  if (typeof fields === 'string') error = `failed to parse csv mounts: ${fields}`;
  else {
    const validate = !spec.includes('$');
    for (const field of fields) {
      const eq = field.indexOf('=');
      const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
      const value = eq < 0 ? undefined : field.slice(eq + 1);
      options.push({ key, value });
      if (key === 'from' && value !== undefined) {
        const d = value.indexOf('$');
        if (d !== -1 && d !== value.length - 1) {
          error ??= `'${key}' doesn't support variable expansion, define alias stage instead`;
        }
      }
      // Once a field is wrong BuildKit stops; later fields are still read for the structure.
      const e = applyField(m, key, value, field, validate && error === undefined);
      if (validate) error ??= e;
    }
    if (validate) error ??= checkMount(m);
  }
  // BuildKit's default: bind, secret and ssh mounts are read-only unless said otherwise.
  const readOnly = m.readOnly ?? !(m.type === 'cache' || m.type === 'tmpfs');
  return { mount: { kind: 'mount', ...m, readOnly, options, flag }, error };
}
