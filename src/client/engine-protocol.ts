import type { AnalyzeInput, Report } from '../engine/index.ts';

export interface WorkerRequest {
  readonly id: number;
  readonly input: AnalyzeInput;
}

export interface WorkerResponse {
  readonly id: number;
  readonly report: Report;
  /** Time the engine took inside the worker. */
  readonly millis: number;
}
