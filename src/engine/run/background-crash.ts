/**
 * `sh -c "node worker.js & node server.js"` — the course's anti-pattern (lecture notes, "one process
 * per container"): Docker ties the container to PID 1 only. When a background child dies, nothing
 * notices: the container stays up, no restart policy fires (they act on the container's exit,
 * simulation-model.md §5.5). A shell that waits for children reaps the dead one; a program that did not
 * start it (an app the shell exec'd into) leaves it a zombie (`<defunct>`); tini reaps any orphan.
 */
import { allProcs } from './process-model.ts';
import type { Proc } from './process-model.ts';
import { label } from './stop.ts';
import type { BackgroundCrashReport } from './types.ts';

const CRASH_AT = 5;

export function crashBackgroundChild(root: Proc): BackgroundCrashReport | undefined {
  const victim = allProcs(root).find((p) => p.background && p.state === 'running');
  if (victim === undefined || victim.parent === undefined) return undefined;
  const parent = victim.parent;
  const reaped = parent.role === 'shell' || parent.role === 'init';
  const name = label(victim);
  victim.state = reaped ? 'exited' : 'zombie';
  victim.exitCode = 1;
  victim.note = reaped ? `crashed at ${CRASH_AT} s (exit 1); reaped by its parent` : `crashed at ${CRASH_AT} s (exit 1); a zombie <defunct>: its parent never waits for it`;
  const timeline = [
    { seconds: CRASH_AT, event: `${name} crashes (exit 1)`, pid: victim.pid },
    reaped
      ? { seconds: CRASH_AT, event: `${label(parent)} collects its exit status and carries on`, pid: parent.pid }
      : { seconds: CRASH_AT, event: `${label(parent)} did not start it and never waits for it: it stays a zombie`, pid: parent.pid },
    { seconds: CRASH_AT, event: `PID 1 ${label(root)} is still running, so docker ps still shows the container Up and no restart policy fires` },
  ];
  const explanation =
    `${name} ran in the background and died; Docker watches only PID 1 (${label(root)}), so the container keeps running without it and nothing restarts it. ` +
    'Run one process per container (a worker container and a server container) so each one\'s exit is seen.';
  return { pid: victim.pid, argv: [...victim.argv], parentPid: parent.pid, reaped, containerKeepsRunning: true, timeline, explanation };
}
