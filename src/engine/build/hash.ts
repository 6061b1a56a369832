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
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return hex8(h2 >>> 0) + hex8(h1 >>> 0);
}

/** Hash of several parts; a separator that cannot occur in the parts keeps `['ab','c']` != `['a','bc']`. */
export function hashParts(parts: readonly string[]): string {
  return hashString(parts.join('\u0000'));
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

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}
