/**
 * `docker run` / `docker stop` of a built image, simulated: the command and user, whether it starts
 * (and Docker's error when not), PID 1 and the process tree, signal delivery on stop, the health
 * check, the memory limit, what root could reach. Public face of the folder; see SIMULATION.md ("docker run / docker stop").
 */
export type * from './types.ts';
export { simulateRun } from './simulate-run.ts';
export { runHealthProbe, probeContext } from './healthcheck.ts';
export type { ProbeRun } from './healthcheck.ts';
export { parseMemory, formatBytes } from './memory.ts';
export { parseSignal, signalName } from './signals.ts';
