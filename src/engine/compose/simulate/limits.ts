/**
 * Resource limits against what the app needs (compose-orchestration.md §7):
 * - a memory limit is a hard cgroup limit (`memory.max`); going over it gets the process SIGKILLed by the
 *   kernel's OOM killer: exit 137 with `State.OOMKilled=true`;
 * - a CPU limit (`cpus: 0.5` = `--cpu-period=100000 --cpu-quota=50000`) throttles, never kills;
 * - runtimes size their heap from what they see: a container-aware JVM (JDK 10+, 8u191+) takes
 *   `MaxRAMPercentage` = 25 % of the limit; one that reads the host (or `-XX:-UseContainerSupport`) 25 % of the
 *   host's memory, which can exceed the limit; Node.js ≥ 20.3 reads the cgroup v2 limit; Go sets no memory
 *   limit by itself (`GOMEMLIMIT`), while Go 1.25 caps `GOMAXPROCS` at the CPU limit.
 */
import type { Loc } from '../located.ts';
import type { ComposeService } from '../model-types.ts';
import { formatBytes } from '../units.ts';
import type { ResolvedBehaviour } from './behaviour.ts';

export interface LimitReport {
  readonly service: string;
  readonly memoryBytes: number | undefined;
  readonly memoryKey: string | undefined;
  readonly cpus: number | undefined;
  readonly pids: number | undefined;
  readonly memoryReservationBytes: number | undefined;
  /** The app's declared peak, when the exercise gives one. */
  readonly peakBytes: number | undefined;
  /** The peak does not fit: the kernel kills the process (exit 137). */
  readonly oomKilled: boolean;
  /** The largest heap the runtime will allow itself, when it can be worked out. */
  readonly heapLimitBytes: number | undefined;
  readonly notes: readonly string[];
  readonly loc: Loc | undefined;
}

/** JDK `MaxRAMPercentage` default (openjdk gc_globals.hpp). */
const JVM_MAX_RAM_PERCENTAGE = 0.25;

export function limitReport(service: ComposeService, behaviour: ResolvedBehaviour, hostMemoryBytes: number): LimitReport {
  const r = service.resources;
  const limit = r.memoryBytes?.value;
  const notes: string[] = [];
  const peak = behaviour.memory?.peakBytes;
  const oomKilled = limit !== undefined && peak !== undefined && peak > limit;

  if (limit === undefined) {
    notes.push(`${service.name} has no memory limit: it can take all of the host's memory, and when the host runs out the kernel picks a victim among all processes.`);
  } else {
    notes.push(`${service.name} may use at most ${formatBytes(limit)} (${r.memoryBytes!.key}); past that the kernel kills it (exit 137, OOMKilled).`);
    if (oomKilled) notes.push(`Its peak of ${formatBytes(peak!)} does not fit in ${formatBytes(limit)}: it is OOM-killed (exit 137) when it gets there.`);
    else if (peak !== undefined) notes.push(`Its peak of ${formatBytes(peak)} fits, with ${formatBytes(limit - peak)} to spare.`);
  }
  if (r.cpus) {
    notes.push(`cpus: ${r.cpus.value} — at most ${Math.round(r.cpus.value * 100)} ms of CPU time per 100 ms; above that it is throttled (slowed), never killed.`);
  }
  if (r.cpusReservation) notes.push('deploy.resources.reservations.cpus is a Swarm scheduling option; docker compose up ignores it.');

  let heapLimitBytes: number | undefined;
  const seen = behaviour.heapFromHost || limit === undefined ? hostMemoryBytes : limit;
  switch (behaviour.runtime) {
    case 'java':
      heapLimitBytes = Math.floor(seen * JVM_MAX_RAM_PERCENTAGE);
      if (behaviour.heapFromHost && limit !== undefined) {
        notes.push(
          `This JVM sizes its heap from the host's ${formatBytes(hostMemoryBytes)}: up to ${formatBytes(heapLimitBytes)} of heap${heapLimitBytes > limit ? `, more than the ${formatBytes(limit)} limit — the heap can grow until the kernel kills the JVM (137) instead of Java collecting garbage or throwing OutOfMemoryError` : ''}. Use a container-aware JDK (10+, 8u191+) or set -XX:MaxRAMPercentage.`,
        );
      } else if (limit !== undefined) {
        notes.push(`A container-aware JVM takes 25 % of the limit for its heap by default: ${formatBytes(heapLimitBytes)}. Raise it with -XX:MaxRAMPercentage (e.g. 75) if the app needs more.`);
      }
      break;
    case 'node':
      if (behaviour.heapFromHost && limit !== undefined) {
        notes.push(`This Node.js sizes its heap from the host, not the ${formatBytes(limit)} limit (cgroup v2 support came in Node 20.3): set --max-old-space-size below the limit.`);
      } else if (limit !== undefined) {
        notes.push(`Node.js 20.3+ reads the cgroup limit; the heap can approach ${formatBytes(limit)}, so off-heap memory (buffers) can still push it over. --max-old-space-size gives headroom.`);
      }
      break;
    case 'go':
      if (limit !== undefined) notes.push(`Go does not read the memory limit: set GOMEMLIMIT a little below ${formatBytes(limit)} so the garbage collector works harder before the kernel steps in.`);
      if (r.cpus) notes.push(`Go 1.25+ sets GOMAXPROCS from the CPU limit (${r.cpus.value}); older Go uses every host CPU and gets throttled.`);
      break;
    default:
      break;
  }
  return {
    service: service.name,
    memoryBytes: limit,
    memoryKey: r.memoryBytes?.key,
    cpus: r.cpus?.value,
    pids: r.pids?.value,
    memoryReservationBytes: r.memoryReservationBytes?.value,
    peakBytes: peak,
    oomKilled,
    heapLimitBytes,
    notes,
    loc: r.memoryBytes?.loc ?? r.cpus?.loc,
  };
}
