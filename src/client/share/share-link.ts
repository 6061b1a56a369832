/**
 * Share links for the playground: the files travel in the URL fragment (`#share=…`), which browsers never send to
 * a server. Compressed with CompressionStream (deflate-raw) where the browser has it, plain otherwise; the prefix
 * says which (`z.` / `j.`). Decoding treats the link as untrusted input: size limits before and after
 * decompression, and only a flat map of file names to strings is accepted.
 */
export type Decoded = { readonly ok: true; readonly files: Record<string, string> } | { readonly ok: false; readonly message: string };

const MAX_ENCODED = 400_000;
const MAX_DECODED = 1_000_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

export async function encodeShare(files: Readonly<Record<string, string>>): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify({ v: 1, files }));
  if (typeof CompressionStream === 'function') return `z.${toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw'), Infinity))}`;
  return `j.${toBase64Url(bytes)}`;
}

export async function decodeShare(encoded: string): Promise<Decoded> {
  const refuse = (why: string): Decoded => ({ ok: false, message: `This share link cannot be opened: ${why}` });
  if (encoded.length > MAX_ENCODED) return refuse('it is too long.');
  let bytes: Uint8Array;
  try {
    const raw = fromBase64Url(encoded.slice(2));
    if (encoded.startsWith('z.')) {
      if (typeof DecompressionStream !== 'function') return refuse('this browser cannot decompress it.');
      bytes = await pipe(raw, new DecompressionStream('deflate-raw'), MAX_DECODED);
    } else if (encoded.startsWith('j.')) {
      bytes = raw;
    } else {
      return refuse('it is not a Shipshape link.');
    }
  } catch {
    return refuse('it is damaged or too large.');
  }
  if (bytes.length > MAX_DECODED) return refuse('it is too large.');
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return refuse('it is damaged.');
  }
  const files = (value as { v?: unknown; files?: unknown } | null)?.files;
  if ((value as { v?: unknown }).v !== 1 || !files || typeof files !== 'object' || Array.isArray(files)) return refuse('it holds no files.');
  const entries = Object.entries(files as Record<string, unknown>);
  if (entries.some(([, content]) => typeof content !== 'string')) return refuse('it holds something other than text files.');
  return { ok: true, files: Object.fromEntries(entries) as Record<string, string> };
}

/** A short, stable name for a link's content, so each shared copy is saved on its own. */
export function shareId(encoded: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < encoded.length; i++) hash = Math.imul(hash ^ encoded.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
