/**
 * The short volume syntax `[SOURCE:]TARGET[:MODE]`, as compose-go `format/volume.go` (Apache-2.0) reads it:
 * a source starting with `.`, `/`, `~` (or a Windows drive / pipe) is a bind mount, any other source a named
 * volume, no source an anonymous volume. Short-syntax binds create a missing host directory.
 */

export type MountType = 'volume' | 'bind' | 'tmpfs' | 'image' | 'npipe' | 'cluster';

export interface VolumeSpec {
  readonly type: MountType;
  /** Named volume, host path, or `undefined` for an anonymous volume. */
  readonly source: string | undefined;
  readonly target: string;
  readonly readOnly: boolean;
  readonly createHostPath: boolean;
}

export type VolumeSpecResult = { readonly ok: true; readonly spec: VolumeSpec } | { readonly ok: false; readonly message: string };

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

export function isFilePath(source: string): boolean {
  if (source === '') return false;
  if (source[0] === '.' || source[0] === '/' || source[0] === '~') return true;
  if (source.startsWith('\\\\')) return true;
  const chars = [...source];
  return chars.length > 1 && isLetter(chars[0]) && chars[1] === ':';
}

export function parseVolumeSpec(spec: string): VolumeSpecResult {
  if (spec.length === 0) return { ok: false, message: 'invalid empty volume spec' };
  if (spec.length <= 2) return { ok: true, spec: { type: 'volume', source: undefined, target: spec, readOnly: false, createHostPath: false } };
  let source = '';
  let target = '';
  let readOnly = false;
  let buffer = '';
  let inVar = 0;
  const END = '\u0000';
  const chars = [...spec, END];
  const populate = (c: string): string | undefined => {
    if (buffer.length === 0) return 'empty section between colons';
    if (source === '' && c === END) {
      target = buffer;
      return undefined;
    }
    if (source === '') {
      source = buffer;
      return undefined;
    }
    if (target === '') {
      target = buffer;
      return undefined;
    }
    if (c === ':') return 'too many colons';
    for (const option of buffer.split(',')) {
      if (option === 'ro') readOnly = true;
      else if (option === 'rw') readOnly = false;
    }
    return undefined;
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '$' && chars[i + 1] === '{') {
      inVar++;
      buffer += c;
      continue;
    }
    if (c === '}' && inVar > 0) {
      inVar--;
      buffer += c;
      continue;
    }
    if (c === ':' && [...buffer].length === 1 && isLetter(buffer)) buffer += c;
    else if ((c === ':' || c === END) && inVar === 0) {
      const error = populate(c);
      if (error) return { ok: false, message: `invalid spec: ${spec}: ${error}` };
      buffer = '';
    } else buffer += c;
  }
  const bind = isFilePath(source);
  return {
    ok: true,
    spec: { type: bind ? 'bind' : 'volume', source: source === '' ? undefined : source, target, readOnly, createHostPath: bind },
  };
}
