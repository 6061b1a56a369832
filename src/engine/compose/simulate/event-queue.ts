/**
 * A tiny discrete-event queue: events run in time order, ties in the order they were scheduled, so a
 * simulation is deterministic. Bounded, so a restart loop cannot run away.
 */

export interface EventQueue {
  readonly schedule: (atMs: number, run: (atMs: number) => void) => void;
  /** Runs events up to `untilMs` (or until `maxEvents`); returns how many ran. */
  readonly run: (untilMs: number, maxEvents: number) => number;
}

export function eventQueue(): EventQueue {
  const events: { at: number; seq: number; run: (at: number) => void }[] = [];
  let seq = 0;
  return {
    schedule(atMs, run) {
      const e = { at: atMs, seq: seq++, run };
      let lo = 0;
      let hi = events.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const m = events[mid]!;
        if (m.at < e.at || (m.at === e.at && m.seq < e.seq)) lo = mid + 1;
        else hi = mid;
      }
      events.splice(lo, 0, e);
    },
    run(untilMs, maxEvents) {
      let count = 0;
      while (events.length > 0 && count < maxEvents) {
        if (events[0]!.at > untilMs) break;
        const e = events.shift()!;
        count++;
        e.run(e.at);
      }
      return count;
    },
  };
}
