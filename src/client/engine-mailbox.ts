/**
 * A one-slot mailbox in shared memory: the engine worker leaves its newest answer there, and the page can read it
 * without waiting for a task.
 *
 * Why: after a keypress Chrome defers every task of the page — a worker's message included — until the next frame is
 * drawn (the `DeferRendererTasksAfterInput` feature, on by default, policy "all-types"). A worker's answer that is
 * ready before that frame therefore still waits for the whole frame (Monaco's render, style, layout, paint) before
 * its message runs. A `requestAnimationFrame` callback runs inside that frame, and shared memory needs no task: read
 * there, the answer reaches the panels in the same frame as the typed character. The message still comes and is the
 * path whenever the mailbox cannot be used (no cross-origin isolation, an answer too big for the slot, an answer
 * overwritten while it was being read).
 *
 * Layout: two Int32 words — the id of the answer in the slot (0 while the worker writes) and its length in bytes —
 * then the answer as UTF-8 JSON. The worker clears the id before writing and sets it last; a reader copies the bytes
 * and checks the id again, so it never parses a half-written answer (a sequence lock with one writer).
 */
const HEADER_BYTES = 8;
const ID = 0;
const LENGTH = 1;

/** 1 MiB: a lesson's report is ~12 KB; bigger answers (a 10 MB Dockerfile's) take the message path. */
export const MAILBOX_BYTES = 1 << 20;

export function createMailbox(): SharedArrayBuffer | undefined {
  // SharedArrayBuffer exists only on cross-origin isolated pages (the site sends COOP/COEP; see astro.config.mjs).
  if (typeof SharedArrayBuffer !== 'function' || !globalThis.crossOriginIsolated) return undefined;
  return new SharedArrayBuffer(MAILBOX_BYTES);
}

/** Worker side: leaves `value` (JSON-safe data) under `id` (> 0). Returns false when it does not fit. */
export function writeMailbox(buffer: SharedArrayBuffer, id: number, value: unknown): boolean {
  const header = new Int32Array(buffer, 0, 2);
  Atomics.store(header, ID, 0);
  // TextEncoder does not write into shared memory either: encode, then copy in.
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  if (bytes.length > buffer.byteLength - HEADER_BYTES) return false;
  new Uint8Array(buffer, HEADER_BYTES, bytes.length).set(bytes);
  Atomics.store(header, LENGTH, bytes.length);
  Atomics.store(header, ID, id);
  Atomics.notify(header, ID);
  return true;
}

/** The id of the answer in the mailbox (0: none, or being written). */
export function mailboxId(buffer: SharedArrayBuffer): number {
  return Atomics.load(new Int32Array(buffer, 0, 2), ID);
}

/** Page side: the answer under `id`, or `undefined` when the slot holds another one (or it changed as it was read). */
export function readMailbox(buffer: SharedArrayBuffer, id: number): unknown {
  const header = new Int32Array(buffer, 0, 2);
  if (Atomics.load(header, ID) !== id) return undefined;
  const length = Atomics.load(header, LENGTH);
  // TextDecoder does not read shared memory: copy the bytes out first.
  const bytes = new Uint8Array(length);
  bytes.set(new Uint8Array(buffer, HEADER_BYTES, length));
  if (Atomics.load(header, ID) !== id) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return undefined; // cannot happen with one writer; if it did, the worker's message still brings the answer
  }
}

/** Page side: calls `then` once the mailbox's id is no longer `seen` (needs `Atomics.waitAsync`; false without it). */
export function whenMailboxChanges(buffer: SharedArrayBuffer, seen: number, then: () => void): boolean {
  const waitAsync = (Atomics as { waitAsync?: (a: Int32Array, i: number, v: number) => { async: boolean; value: unknown } }).waitAsync;
  if (typeof waitAsync !== 'function') return false;
  const result = waitAsync(new Int32Array(buffer, 0, 2), ID, seen);
  if (result.async) void (result.value as Promise<unknown>).then(then);
  else queueMicrotask(then);
  return true;
}
