import type { AnalyzeMessage, AnalyzeResponse } from './engine-protocol.ts';
import type { AnalyzeRequest, ReportView } from './report-view.ts';
import { connectEngine } from './engine-connection.ts';
import { mailboxId, readMailbox, whenMailboxChanges } from './engine-mailbox.ts';

/** When each hop of a request happened, on this page's `performance.now()` clock (for the keystroke benchmark). */
export interface EngineHops {
  readonly posted: number;
  readonly workerReceived: number;
  readonly engineDone: number;
  readonly answered: number;
  /** How the answer came: from the mailbox inside a frame or on its wake-up, or by the worker's message. */
  readonly via: 'frame' | 'wake' | 'message';
}

export type EngineAnswer =
  | { readonly kind: 'report'; readonly report: ReportView; readonly millis: number; readonly hops?: EngineHops }
  | { readonly kind: 'error'; readonly message: string };

/**
 * Talks to the engine worker. Requests travel on named channels (`edit` while the learner types, `rebuild` for the
 * cache comparison). Within a channel only the newest request matters: an answer to an older one resolves to
 * `undefined`, so panels never flicker back to a stale state, and a rebuild never cancels the typing updates.
 *
 * An answer is taken from whichever comes first: the worker's message, or — on a cross-origin isolated page — the
 * shared mailbox, read inside the next animation frame or when the worker wakes the page (engine-mailbox.ts: Chrome
 * holds a message back until after the frame that follows a keypress; read in that frame, the answer reaches the
 * panels in the frame that shows the typed character).
 */
export interface EngineClient {
  analyze(input: AnalyzeRequest, channel?: string): Promise<EngineAnswer | undefined>;
  dispose(): void;
}

type Settled = Extract<AnalyzeResponse, { report: unknown }>;

export function createEngineClient(): EngineClient {
  const connection = connectEngine();
  const { worker, mailbox } = connection;
  const latest = new Map<string, number>();
  const pending = new Map<number, { channel: string; posted: number; resolve: (value: EngineAnswer | undefined) => void }>();

  const settle = (id: number, answer: EngineAnswer): void => {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    entry.resolve(latest.get(entry.channel) === id ? answer : undefined);
  };

  const settleReport = (data: Settled, via: EngineHops['via']): void => {
    const answered = performance.now();
    const posted = pending.get(data.id)?.posted;
    const hops = data.timing && posted !== undefined
      ? { posted, workerReceived: data.timing.received - performance.timeOrigin, engineDone: data.timing.done - performance.timeOrigin, answered, via }
      : undefined;
    settle(data.id, { kind: 'report', report: data.report, millis: data.millis, ...(hops ? { hops } : {}) });
  };

  // The worker is shared: its messages include other askers' answers, which have no entry in `pending` here.
  const onMessage = (event: MessageEvent<AnalyzeResponse>): void => {
    const data = event.data;
    if (!pending.has(data.id)) return; // another asker's, or already taken from the mailbox
    if ('error' in data) settle(data.id, { kind: 'error', message: data.error });
    else settleReport(data, 'message');
  };
  const onError = (event: ErrorEvent): void => {
    // A worker that fails to load or crashes answers every pending request with the error.
    event.preventDefault();
    for (const id of [...pending.keys()]) settle(id, { kind: 'error', message: event.message || 'the engine worker stopped' });
  };
  worker.addEventListener('message', onMessage);
  worker.addEventListener('error', onError);

  // The answer in the mailbox, if a request still waits for it.
  const peek = (how: EngineHops['via']): void => {
    if (!mailbox || pending.size === 0) return;
    const id = mailboxId(mailbox);
    if (!pending.has(id)) return;
    const data = readMailbox(mailbox, id) as Settled | undefined;
    if (data) settleReport(data, how);
  };
  // Also woken when the worker writes the mailbox (Atomics.waitAsync), for an answer that misses the frame's looks:
  // in the keystroke benchmark this wake-up always came before the worker's message.
  let watching = false;
  const watch = (): void => {
    if (!mailbox || watching || pending.size === 0) return;
    watching = whenMailboxChanges(mailbox, mailboxId(mailbox), () => {
      watching = false;
      peek('wake');
      watch();
    });
  };
  // Two looks inside the next frame: before the editor renders (this callback is registered during the edit, before
  // Monaco schedules its render) and after it (registered once the edit's handlers have all run).
  const lookInNextFrame = (): void => {
    if (!mailbox || typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() => peek('frame'));
    queueMicrotask(() => requestAnimationFrame(() => peek('frame')));
  };

  return {
    analyze(input, channel = 'edit') {
      const id = connection.nextId();
      latest.set(channel, id);
      const mailboxToSend = connection.mailboxToSend();
      const request: AnalyzeMessage = { kind: 'analyze', id, input, ...(mailboxToSend ? { mailbox: mailboxToSend } : {}) };
      return new Promise((resolve) => {
        worker.postMessage(request);
        pending.set(id, { channel, posted: performance.now(), resolve });
        watch();
        lookInNextFrame();
      });
    },
    dispose() {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      for (const entry of pending.values()) entry.resolve(undefined);
      pending.clear();
      connection.release();
    },
  };
}
