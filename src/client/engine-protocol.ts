import type { Report } from '../engine/index.ts';
import type { AnalyzeRequest } from './report-view.ts';

export interface WorkerRequest {
  readonly id: number;
  readonly input: AnalyzeRequest;
}

export type WorkerResponse =
  | {
      readonly id: number;
      readonly report: Report;
      /** Time the engine took inside the worker. */
      readonly millis: number;
    }
  | {
      readonly id: number;
      /** The engine threw: a bug in the engine, shown to the learner instead of a silent hang. */
      readonly error: string;
    };
