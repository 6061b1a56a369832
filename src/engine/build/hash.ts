/**
 * A fast, deterministic, non-cryptographic 64-bit string hash for cache keys and simulated content
 * digests. Cache keys only need to be stable across runs and to differ when their inputs differ; they
 * are never compared with Docker's real sha256 digests. Two independent 32-bit lanes (the mixing of
 * cyrb53 by bryc, public domain) give 64 bits, printed as 16 hex digits.
 */

export function hashString(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return finish(h1, h2);
}

/**
 * Hash of several parts; a separator that cannot occur in the parts keeps `['ab','c']` != `['a','bc']`.
 * The same as `hashString(parts.join('\u0000'))`, without building the joined string.
 */
export function hashParts(parts: readonly string[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let p = 0; p < parts.length; p++) {
    if (p > 0) {
      // The separator, U+0000: h ^ 0 is h.
      h1 = Math.imul(h1, 2654435761);
      h2 = Math.imul(h2, 1597334677);
    }
    const text = parts[p] as string;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
  }
  return finish(h1, h2);
}

/**
 * `hashString(text)` as its two 32-bit lanes, the first 8 hex digits' value first (for sums of hashes,
 * without printing and parsing hex).
 */
export function hashLanes(text: string): readonly [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h2 >>> 0, h1 >>> 0];
}

function finish(h1: number, h2: number): string {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return hex16(h2 >>> 0, h1 >>> 0);
}

/** A sha256-looking digest for display (`sha256:` + 64 hex), derived from a seed; not a real sha256. */
export function displayDigest(seed: string): string {
  const known = displayDigests.get(seed);
  if (known !== undefined) return known;
  let out = '';
  for (let i = 0; out.length < 64; i++) out += hashString(seed, i);
  const digest = `sha256:${out.slice(0, 64)}`;
  if (displayDigests.size > 10_000) displayDigests.clear();
  displayDigests.set(seed, digest);
  return digest;
}

const displayDigests = new Map<string, string>();

/**
 * Two unsigned 32-bit integers as 16 lower-case hex digits, made as one flat string (a concatenation of two
 * halves would be a rope, flattened again each time the key is hashed or compared).
 */
function hex16(a: number, b: number): string {
  return String.fromCharCode(HEX[(a >>> 28) & 15]!, HEX[(a >>> 24) & 15]!, HEX[(a >>> 20) & 15]!, HEX[(a >>> 16) & 15]!,
    HEX[(a >>> 12) & 15]!, HEX[(a >>> 8) & 15]!, HEX[(a >>> 4) & 15]!, HEX[a & 15]!,
    HEX[(b >>> 28) & 15]!, HEX[(b >>> 24) & 15]!, HEX[(b >>> 20) & 15]!, HEX[(b >>> 16) & 15]!,
    HEX[(b >>> 12) & 15]!, HEX[(b >>> 8) & 15]!, HEX[(b >>> 4) & 15]!, HEX[b & 15]!);
}

/** `n.toString(16)` for an unsigned 32-bit integer (no leading zeros), without the generic radix conversion. */
export function hex(n: number): string {
  if (n === 0) return '0';
  let digits = 8;
  while (((n >>> ((digits - 1) * 4)) & 15) === 0) digits--;
  let out = '';
  for (let i = digits - 1; i >= 0; i--) out += HEX_CHARS[(n >>> (i * 4)) & 15];
  return out;
}

const HEX_CHARS = '0123456789abcdef';
const HEX = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
