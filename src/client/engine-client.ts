import type { AnalyzeInput, Report } from '../engine/index.ts';
import type { WorkerRequest, WorkerResponse } from './engine-protocol.ts';

/**
 * Talks to the engine worker. Only the newest request matters while the learner types: an answer to an older
 * request is dropped, so panels never flicker back to a stale state.
 */
export interface EngineClient {
  analyze(input: AnalyzeInput): Promise<{ report: Report; millis: number } | undefined>;
  dispose(): void;
}

export function createEngineClient(): EngineClient {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'shipshape-engine' });
  let nextId = 1;
  let latest = 0;
  const pending = new Map<number, (value: { report: Report; millis: number } | undefined) => void>();

  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const { id, report, millis } = event.data;
    const resolve = pending.get(id);
    pending.delete(id);
    resolve?.(id === latest ? { report, millis } : undefined);
  });

  return {
    analyze(input) {
      const id = nextId++;
      latest = id;
      const request: WorkerRequest = { id, input };
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage(request);
      });
    },
    dispose() {
      worker.terminate();
      for (const resolve of pending.values()) resolve(undefined);
      pending.clear();
    },
  };
}
