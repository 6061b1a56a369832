/**
 * What the page and the engine worker (engine.worker.ts) say to each other. One worker serves everything that asks
 * the engine on a page — the workbench's panels (`analyze`) and the terminal's commands (`run`, `complete`) — so
 * the engine loads once. Ids are unique per page (engine-connection.ts), so every asker knows its own answers.
 */
import type { Report } from '../engine/index.ts';
import type { CommandResult, Completion, TerminalEnv, TerminalSession, Workspace } from '../engine/terminal/index.ts';
import type { AnalyzeRequest } from './report-view.ts';

/** The files of an exercise, analysed for the panels. */
export interface AnalyzeMessage {
  readonly kind: 'analyze';
  readonly id: number;
  readonly input: AnalyzeRequest;
  /** Sent once, with the first request: where the worker also leaves each answer (see engine-mailbox.ts). */
  readonly mailbox?: SharedArrayBuffer;
}

/** A terminal's command line, run or completed against its session and workspace. */
export type TerminalRequest =
  | { readonly id: number; readonly kind: 'run'; readonly line: string; readonly session: TerminalSession; readonly workspace: Workspace; readonly env: TerminalEnv }
  | { readonly id: number; readonly kind: 'complete'; readonly line: string; readonly cursor: number; readonly session: TerminalSession; readonly workspace: Workspace };

export type WorkerRequest = AnalyzeMessage | TerminalRequest;

/** When the worker took the request and when the engine finished, in ms since the epoch (`timeOrigin + now()`). */
export interface WorkerTiming {
  readonly received: number;
  readonly done: number;
}

export type AnalyzeResponse =
  | {
      readonly id: number;
      readonly report: Report;
      /** Time the engine took inside the worker. */
      readonly millis: number;
      readonly timing?: WorkerTiming;
    }
  | {
      readonly id: number;
      /** The engine threw: a bug in the engine, shown to the learner instead of a silent hang. */
      readonly error: string;
    };

export type TerminalResponse =
  | { readonly id: number; readonly kind: 'run'; readonly result: CommandResult }
  | { readonly id: number; readonly kind: 'complete'; readonly completion: Completion }
  | { readonly id: number; readonly kind: 'error'; readonly message: string };

export type WorkerResponse = AnalyzeResponse | TerminalResponse;
