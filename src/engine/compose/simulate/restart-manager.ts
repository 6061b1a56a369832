/**
 * What the Docker daemon does when a container's main process exits, after moby's
 * `restartmanager/restartmanager.go` @d68b68fc:
 * - `no`: never restart; `always`: always; `unless-stopped`: always unless stopped by hand;
 *   `on-failure[:N]`: only on a non-zero exit, at most N times (0 = no limit).
 * - Restarts are delayed: 100 ms, doubled after each run shorter than 10 s, capped at 1 minute; a run of
 *   10 s or more resets the delay to 100 ms. This is the "10 seconds" of Docker's docs ("a restart policy
 *   only takes effect after a container starts successfully … up for at least 10 seconds"): a container that
 *   keeps crashing at start-up is still restarted, ever more slowly, and shows as `Restarting`.
 */
import type { RestartPolicy } from '../model-types.ts';

const DEFAULT_DELAY_MS = 100;
const MAX_DELAY_MS = 60_000;

export interface RestartState {
  /** Restarts so far (`RestartCount` in `docker inspect`). */
  readonly count: number;
  /** The last delay used, 0 before the first restart. */
  readonly delayMs: number;
}

export type RestartDecision =
  | { readonly restart: true; readonly delayMs: number; readonly next: RestartState }
  | { readonly restart: false; readonly why: string };

export const initialRestartState: RestartState = { count: 0, delayMs: 0 };

export function shouldRestart(policy: RestartPolicy | undefined, exitCode: number, ranMs: number, state: RestartState): RestartDecision {
  const name = policy?.name ?? 'no';
  if (name === 'no') return { restart: false, why: policy ? 'restart: no' : 'no restart policy (the default is "no")' };
  let delay = ranMs >= 10_000 ? 0 : state.delayMs;
  delay = delay === 0 ? DEFAULT_DELAY_MS : Math.min(delay * 2, MAX_DELAY_MS);
  let restart = false;
  let why = '';
  if (name === 'always' || name === 'unless-stopped') restart = true;
  else if (name === 'on-failure') {
    const max = policy!.maxRetries;
    if (exitCode === 0) why = 'on-failure does not restart after a successful exit (code 0)';
    else if (max !== 0 && state.count >= max) why = `on-failure:${max} gave up after ${max} restart${max === 1 ? '' : 's'}`;
    else restart = true;
  }
  if (!restart) return { restart: false, why };
  return { restart: true, delayMs: delay, next: { count: state.count + 1, delayMs: delay } };
}
