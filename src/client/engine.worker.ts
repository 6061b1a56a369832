/// <reference lib="webworker" />
/**
 * The engine runs here, off the main thread, so typing never waits for a simulation. The worker is a thin adapter:
 * it passes the request to the pure engine and posts the report back.
 */
import { analyze } from '../engine/index.ts';
import type { WorkerRequest, WorkerResponse } from './engine-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const started = performance.now();
  const report = analyze(request.input);
  const response: WorkerResponse = { id: request.id, report, millis: performance.now() - started };
  scope.postMessage(response);
});
