/**
 * What the program inside a service does — which a compose file cannot say, but an exercise can. It comes
 * from a service's `x-shipshape:` block (Compose ignores `x-` keys, so the file still runs with Docker) or
 * from `simulateUp`'s `behaviour` option, which wins:
 *
 * ```yaml
 * x-shipshape:
 *   exit: 1                 # the main process exits with this code …
 *   exit-after: 5s          # … this long after it starts
 *   ready-after: 20s        # until it accepts connections (and a healthcheck can pass)
 *   healthcheck: fails      # the healthcheck's test never passes
 *   memory-peak: 300M       # the most memory it needs …
 *   memory-peak-after: 10s  # … reached this long after start
 *   runtime: java           # java | node | go | python | other — how it sizes its heap
 *   heap-from-host: true    # the runtime sizes its heap from the host's memory, not the container limit
 *   on-connection-error: exit   # exit (code 1) or retry when a connection fails at start-up
 *   listens: [8080]         # container ports it serves on
 *   image-healthcheck: true # the image declares a HEALTHCHECK
 * ```
 */
import type { ComposeService } from '../model-types.ts';
import { parseDurationMs, parseRamBytes } from '../units.ts';
import { imageFacts, UNKNOWN_IMAGE_READY_MS } from './image-facts.ts';

export type Runtime = 'java' | 'node' | 'go' | 'python' | 'other';

export interface ServiceBehaviour {
  readonly exit?: { readonly code: number; readonly afterMs: number };
  readonly readyAfterMs?: number;
  readonly healthcheck?: 'passes' | 'fails';
  readonly memory?: { readonly peakBytes: number; readonly afterMs: number };
  readonly runtime?: Runtime;
  readonly heapFromHost?: boolean;
  readonly onConnectionError?: 'exit' | 'retry';
  readonly listens?: readonly number[];
  readonly imageHealthcheck?: boolean;
}

/** The behaviour the simulation runs with, every field decided, and which ones were assumed. */
export interface ResolvedBehaviour {
  readonly exit: { readonly code: number; readonly afterMs: number } | undefined;
  readonly readyAfterMs: number;
  readonly healthcheckPasses: boolean;
  readonly memory: { readonly peakBytes: number; readonly afterMs: number } | undefined;
  readonly runtime: Runtime | undefined;
  readonly heapFromHost: boolean;
  /**
   * Declared reaction to a failed connection at start-up; `undefined`: a connection that can never work
   * (wrong host, wrong port) ends the process, one to a server that is not ready yet is retried.
   */
  readonly onConnectionError: 'exit' | 'retry' | undefined;
  readonly listens: readonly number[];
  readonly imageHealthcheck: boolean;
  /** Plain-words notes on what was estimated rather than declared. */
  readonly assumptions: readonly string[];
}

function duration(v: unknown): number | undefined {
  return typeof v === 'string' || typeof v === 'number' ? parseDurationMs(v) : undefined;
}

/** Reads the `x-shipshape:` block; unknown keys and unreadable values are ignored. */
export function behaviourFromExtension(raw: Readonly<Record<string, unknown>> | undefined): ServiceBehaviour {
  if (!raw) return {};
  const out: { -readonly [K in keyof ServiceBehaviour]: ServiceBehaviour[K] } = {};
  const code = raw['exit'];
  if (typeof code === 'number' && Number.isInteger(code)) out.exit = { code, afterMs: duration(raw['exit-after']) ?? 1_000 };
  const ready = duration(raw['ready-after']);
  if (ready !== undefined) out.readyAfterMs = ready;
  if (raw['healthcheck'] === 'fails' || raw['healthcheck'] === 'passes') out.healthcheck = raw['healthcheck'];
  const peak = typeof raw['memory-peak'] === 'string' || typeof raw['memory-peak'] === 'number' ? parseRamBytes(raw['memory-peak'] as string | number) : undefined;
  if (peak !== undefined) out.memory = { peakBytes: peak, afterMs: duration(raw['memory-peak-after']) ?? 5_000 };
  const runtime = raw['runtime'];
  if (runtime === 'java' || runtime === 'node' || runtime === 'go' || runtime === 'python' || runtime === 'other') out.runtime = runtime;
  if (typeof raw['heap-from-host'] === 'boolean') out.heapFromHost = raw['heap-from-host'];
  if (raw['on-connection-error'] === 'exit' || raw['on-connection-error'] === 'retry') out.onConnectionError = raw['on-connection-error'];
  const listens = raw['listens'];
  if (Array.isArray(listens)) out.listens = listens.filter((p): p is number => typeof p === 'number');
  else if (typeof listens === 'number') out.listens = [listens];
  if (typeof raw['image-healthcheck'] === 'boolean') out.imageHealthcheck = raw['image-healthcheck'];
  return out;
}

/** `imageHealthcheck`: whether the service's image declares a HEALTHCHECK, when the simulation knows its image. */
export function resolveBehaviour(service: ComposeService, override: ServiceBehaviour | undefined, imageHealthcheck?: boolean): ResolvedBehaviour {
  const b: ServiceBehaviour = { ...behaviourFromExtension(service.behaviour?.value), ...override };
  const facts = imageFacts(service.image?.name);
  const assumptions: string[] = [];
  let readyAfterMs = b.readyAfterMs;
  if (readyAfterMs === undefined) {
    readyAfterMs = facts?.readyAfterMs ?? UNKNOWN_IMAGE_READY_MS;
    assumptions.push(
      facts
        ? `${service.name}: ${service.image!.name} is assumed to accept connections about ${readyAfterMs / 1000} s after it starts (an estimate for a first start).`
        : `${service.name}: assumed to be ready about ${readyAfterMs / 1000} s after it starts (say otherwise with x-shipshape: ready-after).`,
    );
  }
  return {
    exit: b.exit,
    readyAfterMs,
    healthcheckPasses: b.healthcheck !== 'fails',
    memory: b.memory,
    runtime: b.runtime,
    heapFromHost: b.heapFromHost ?? false,
    onConnectionError: b.onConnectionError,
    listens: b.listens ?? [],
    imageHealthcheck: b.imageHealthcheck ?? imageHealthcheck ?? facts?.healthcheck ?? false,
    assumptions,
  };
}
