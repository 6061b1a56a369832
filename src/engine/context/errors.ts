/**
 * BuildKit's words for a COPY/ADD source it cannot find. The cache key of a COPY needs the checksum of its
 * sources, so a missing (or .dockerignored) source fails there:
 *   solver/edge.go            "failed to compute cache key"
 *   ops/opsutils/contenthash  "failed to calculate checksum of ref <ref>"
 *   cache/contenthash         "%q": not found
 * e.g. `failed to compute cache key: failed to calculate checksum of ref ptmrpgu4e0p5yx7ogqx4r82xh::kz0fmw…:
 * "/main.c": not found`. The step's own log line carries the inner part; buildx prefixes the whole with
 * `ERROR: failed to solve: `.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { goQuote } from './go-path.ts';

/** The step-level text: `failed to calculate checksum of ref <ref>: "/main.c": not found`. */
export function checksumNotFoundMessage(path: string, ref: string): string {
  return `failed to calculate checksum of ref ${ref}: ${goQuote(path)}: not found`;
}

/** The build-level text: `failed to compute cache key: failed to calculate checksum of ref …: "/main.c": not found`. */
export function missingSourceMessage(path: string, ref: string): string {
  return `failed to compute cache key: ${checksumNotFoundMessage(path, ref)}`;
}

/**
 * A ref id shaped like BuildKit's (`<session>::<ref>`, each 25 base-36 characters: identity.NewID renders
 * 128 random bits in base 36). Derived from `seed` so that the same input gives the same text.
 */
export function refIdFor(seed: string): string {
  const bytes = sha256(utf8ToBytes(seed));
  return `${base36(bytes.subarray(0, 16))}::${base36(bytes.subarray(16, 32))}`;
}

function base36(bytes: Uint8Array): string {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n.toString(36).padStart(25, '0');
}
