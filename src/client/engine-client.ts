import type { WorkerRequest, WorkerResponse } from './engine-protocol.ts';
import type { AnalyzeRequest, ReportView } from './report-view.ts';

export type EngineAnswer =
  | { readonly kind: 'report'; readonly report: ReportView; readonly millis: number }
  | { readonly kind: 'error'; readonly message: string };

/**
 * Talks to the engine worker. Requests travel on named channels (`edit` while the learner types, `rebuild` for the
 * cache comparison). Within a channel only the newest request matters: an answer to an older one resolves to
 * `undefined`, so panels never flicker back to a stale state, and a rebuild never cancels the typing updates.
 */
export interface EngineClient {
  analyze(input: AnalyzeRequest, channel?: string): Promise<EngineAnswer | undefined>;
  dispose(): void;
}

export function createEngineClient(): EngineClient {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'shipshape-engine' });
  let nextId = 1;
  const latest = new Map<string, number>();
  const pending = new Map<number, { channel: string; resolve: (value: EngineAnswer | undefined) => void }>();

  const settle = (id: number, answer: EngineAnswer): void => {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    entry.resolve(latest.get(entry.channel) === id ? answer : undefined);
  };

  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const data = event.data;
    settle(data.id, 'error' in data ? { kind: 'error', message: data.error } : { kind: 'report', report: data.report, millis: data.millis });
  });
  worker.addEventListener('error', (event) => {
    // A worker that fails to load or crashes answers every pending request with the error.
    event.preventDefault();
    for (const id of [...pending.keys()]) settle(id, { kind: 'error', message: event.message || 'the engine worker stopped' });
  });

  return {
    analyze(input, channel = 'edit') {
      const id = nextId++;
      latest.set(channel, id);
      const request: WorkerRequest = { id, input };
      return new Promise((resolve) => {
        pending.set(id, { channel, resolve });
        worker.postMessage(request);
      });
    },
    dispose() {
      worker.terminate();
      for (const entry of pending.values()) entry.resolve(undefined);
      pending.clear();
    },
  };
}
