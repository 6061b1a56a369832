/**
 * The page's one engine worker, shared by everything that asks the engine: every workbench, the presenter's stages
 * and the terminal. The engine (~400 KB gzip) is fetched, compiled and kept in memory once per page, however many
 * ask. Each asker holds a connection: request ids unique across the page (so each picks out its own answers from
 * the shared worker's messages), the shared mailbox, and a release that ends the worker when its last user is gone.
 */
import { createMailbox } from './engine-mailbox.ts';

export interface EngineConnection {
  readonly worker: Worker;
  /** The shared mailbox (engine-mailbox.ts), when the page is cross-origin isolated. */
  readonly mailbox: SharedArrayBuffer | undefined;
  /** A fresh request id (> 0, unique on this page). */
  nextId(): number;
  /** The mailbox, the first time it is asked for: the request that carries it to the worker. */
  mailboxToSend(): SharedArrayBuffer | undefined;
  /** This user is done; the worker ends with its last user. */
  release(): void;
}

interface Shared {
  readonly worker: Worker;
  readonly mailbox: SharedArrayBuffer | undefined;
  mailboxSent: boolean;
  users: number;
}

let shared: Shared | undefined;
let lastId = 0;

export function connectEngine(): EngineConnection {
  const current = (shared ??= {
    worker: new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'shipshape-engine' }),
    mailbox: createMailbox(),
    mailboxSent: false,
    users: 0,
  });
  current.users++;
  let released = false;
  return {
    worker: current.worker,
    mailbox: current.mailbox,
    nextId: () => ++lastId,
    mailboxToSend() {
      if (current.mailboxSent) return undefined;
      current.mailboxSent = true;
      return current.mailbox;
    },
    release() {
      if (released) return;
      released = true;
      if (--current.users > 0) return;
      current.worker.terminate();
      if (shared === current) shared = undefined;
    },
  };
}
