/// <reference lib="webworker" />
/**
 * The engine runs here, off the main thread, so typing never waits for a simulation. The worker is a thin adapter:
 * it passes the request to the pure engine and posts the report back.
 */
import { analyze } from '../engine/index.ts';
import type { WorkerRequest, WorkerResponse } from './engine-protocol.ts';
import { teamCatalog } from './class/team-catalog.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const started = performance.now();
  let response: WorkerResponse;
  try {
    const catalog = teamCatalog();
    const report = analyze(catalog ? { ...request.input, catalog } : request.input);
    response = { id: request.id, report, millis: performance.now() - started };
  } catch (error) {
    // The engine returns errors as values; reaching this is an engine bug, reported rather than swallowed.
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
});
