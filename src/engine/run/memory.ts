/**
 * `docker run --memory`: a hard cgroup limit (memory.max). When the container's processes need more,
 * the kernel's OOM killer SIGKILLs one of them — the biggest, the app — and Docker reports
 * `OOMKilled: true`; PID 1 dying that way is exit 137 (compose-orchestration.md §7,
 * simulation-model.md §5.1). Limits are parsed like docker's `units.RAMInBytes` (binary units,
 * go-units size.go); below 6 MiB the daemon refuses (moby `daemon/daemon_unix.go` linuxMinMemory).
 *
 * Resident sizes are estimates of a small idle app of each runtime, labelled so, unless the learner
 * declares the app's peak (`appMemoryBytes`).
 */
import { allProcs, mainApp } from './process-model.ts';
import type { Proc } from './process-model.ts';
import { label } from './stop.ts';
import type { MemoryReport, ProgramKind } from './types.ts';

export const MIN_MEMORY_BYTES = 6291456;

const MIB = 1024 * 1024;
const UNITS: Readonly<Record<string, number>> = { k: 1024, m: MIB, g: 1024 * MIB, t: 1024 * 1024 * MIB, p: 1024 * 1024 * 1024 * MIB };

/** `250m`, `1g`, `512MiB`, `1.5g`, `268435456` -> bytes; `undefined` when docker would reject it. */
export function parseMemory(value: number | string): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;
  const m = /^(\d+(?:\.\d+)*) ?([kmgtp])?(i?b)?$/i.exec(value.trim());
  if (m === null) {
    const bytes = /^(\d+(?:\.\d+)*) ?b$/i.exec(value.trim());
    return bytes === null ? undefined : Math.floor(Number(bytes[1]));
  }
  const n = Number(m[1]);
  if (!Number.isFinite(n)) return undefined;
  if (m[2] === undefined) return m[3] === undefined || m[3].toLowerCase() === 'b' ? Math.floor(n) : undefined;
  return Math.floor(n * (UNITS[m[2].toLowerCase()] as number));
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * MIB ? `${(bytes / 1024 / MIB).toFixed(1)} GiB` : `${Math.round(bytes / MIB)} MiB`;
}

/** Estimated resident memory of a small, idle process of each kind (estimates, not measurements). */
const ESTIMATES: Partial<Record<ProgramKind, number>> = {
  tini: 0.5 * MIB,
  'dumb-init': 0.5 * MIB,
  shell: 1 * MIB,
  sleep: 0.5 * MIB,
  npm: 50 * MIB,
  yarn: 40 * MIB,
  node: 45 * MIB,
  python: 20 * MIB,
  flask: 35 * MIB,
  gunicorn: 60 * MIB,
  uvicorn: 35 * MIB,
  go: 15 * MIB,
  nginx: 10 * MIB,
  'php-fpm': 30 * MIB,
  httpd: 20 * MIB,
  postgres: 40 * MIB,
};

/** The JVM: heap capped at MaxRAMPercentage = 25 % of the limit (container support since JDK 10 / 8u191). */
function javaEstimate(limit: number | undefined): number {
  const heap = Math.min(100 * MIB, limit === undefined ? 100 * MIB : limit * 0.25);
  return heap + 70 * MIB;
}

function estimate(p: Proc, limit: number | undefined): number | undefined {
  if (p.program === 'java') return javaEstimate(limit);
  return ESTIMATES[p.program];
}

function heapNotes(procs: readonly Proc[], limit: number | undefined): string[] {
  const notes: string[] = [];
  const kinds = new Set(procs.map((p) => p.program));
  if (kinds.has('java')) {
    notes.push(
      limit === undefined
        ? 'The JVM sizes its default maximum heap at 25 % of the memory it sees; without --memory that is the host\'s RAM.'
        : `The JVM reads the container limit (UseContainerSupport) and caps its heap at MaxRAMPercentage = 25 %: ${formatBytes(limit * 0.25)} here; -XX:MaxRAMPercentage=75 is a common setting.`,
    );
  }
  if (kinds.has('node') || kinds.has('npm')) {
    notes.push('Node.js ≥ 20.3 sizes its heap from the cgroup v2 limit (about the limit itself), so a growing heap meets the container limit and is OOM-killed (137) rather than failing with a JavaScript "heap out of memory" error; --max-old-space-size sets it lower.');
  }
  if (kinds.has('go')) notes.push('Go does not read the cgroup limit for its heap; GOMEMLIMIT (Go ≥ 1.19) tells the garbage collector about it.');
  return notes;
}

export function simulateMemory(root: Proc, limit: number | undefined, appBytes: number | undefined): MemoryReport | undefined {
  const procs = allProcs(root).filter((p) => p.state === 'running');
  const app = mainApp(root);
  if (limit === undefined && appBytes === undefined) return undefined;
  let unknown = false;
  let total = 0;
  let biggest: { p: Proc; bytes: number } | undefined;
  for (const p of procs) {
    const bytes = p === app && appBytes !== undefined ? appBytes : estimate(p, limit);
    if (bytes === undefined) {
      unknown = true;
      continue;
    }
    total += bytes;
    // The OOM killer picks the process with the highest badness score, in effect the biggest.
    if (biggest === undefined || bytes > biggest.bytes) biggest = { p, bytes };
  }
  const peakSource: MemoryReport['peakSource'] = appBytes !== undefined ? 'declared' : unknown ? 'unknown' : 'estimate';
  const notes = heapNotes(procs, limit);
  const peakBytes = peakSource === 'unknown' && appBytes === undefined ? undefined : Math.round(total);
  const base = { limitBytes: limit, peakBytes, peakSource, notes };
  if (limit === undefined || peakBytes === undefined || peakBytes <= limit || biggest === undefined) {
    const explanation =
      limit === undefined
        ? 'No --memory limit: the container may use all of the host\'s memory.'
        : peakBytes === undefined
          ? `Limit ${formatBytes(limit)}; the app's memory use is unknown — pass appMemoryBytes to check it against the limit.`
          : `Peak ${formatBytes(peakBytes)}${peakSource === 'estimate' ? ' (estimate)' : ''} fits under the ${formatBytes(limit)} limit.`;
    return { ...base, oomKilled: false, killedPid: undefined, exitCode: undefined, containerKeepsRunning: true, explanation };
  }
  // The OOM killer takes the biggest process; its parent then makes of it what it does of any SIGKILL.
  const killed = biggest.p;
  let code: number | undefined = 137;
  let node: Proc = killed;
  let keepsRunning = false;
  while (node.parent !== undefined) {
    const parent: Proc = node.parent;
    if (node.background) {
      keepsRunning = true;
      break;
    }
    if (parent.role === 'init') code = parent.init?.remap.includes(code ?? 137) === true ? 0 : code;
    else if (parent.role === 'package-manager') code = 1;
    else if (parent.role !== 'shell') {
      keepsRunning = true;
      break;
    }
    node = parent;
  }
  const explanation = keepsRunning
    ? `${label(killed)} needs ${formatBytes(biggest.bytes)}${peakSource === 'estimate' ? ' (estimate)' : ''}, over the ${formatBytes(limit)} limit: the kernel's OOM killer SIGKILLs it. It is not PID 1's main command, so the container keeps running without it (OOMKilled is still reported).`
    : `The container needs ${formatBytes(peakBytes)}${peakSource === 'estimate' ? ' (estimate)' : ''}, over the ${formatBytes(limit)} limit: the kernel's OOM killer SIGKILLs ${label(killed)} and the container exits ${code} with OOMKilled: true.`;
  return { ...base, oomKilled: true, killedPid: killed.pid, exitCode: keepsRunning ? undefined : code, containerKeepsRunning: keepsRunning, explanation };
}
