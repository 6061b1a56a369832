// Entrypoint scripts that forward the stop signal with a trap. Measured here (2026-11, Debian 12: dash 0.5.12-2,
// bash 5.2.15) with the script as PID 1 of a new PID namespace (`unshare --pid --fork --mount-proc`) and a child that
// needs 0.3 s to clean up, SIGTERM sent from outside:
//   one `wait`                          -> exit 143 at once, child SIGKILLed before its cleanup (dash and bash)
//   `wait; trap - TERM; wait`           -> exit 0 once the child is done
//   `set -e` + that second `wait`       -> exit 143 at once (errexit on the interrupted wait)
//   trap function `kill; wait`          -> waits for the child, exit 143 ($? restored after the trap)
//   trap function `kill; wait; exit $?` -> exit 0
// dash: `trap x SIGTERM` -> "trap: SIGTERM: bad trap", status 1, no trap; `kill -SIGTERM` -> "Illegal option -S".
import { describe, expect, test } from 'vitest';
import { simulateRun } from './index.ts';
import { exec, imageFixture, runtimes } from './testing/image-fixture.ts';
import type { Base } from './testing/image-fixture.ts';

const EXIT0 = "process.on('SIGTERM', () => { console.log('bye'); process.exit(0); });\nsetInterval(() => {}, 1000);\n";
const PLAIN = 'setInterval(() => {}, 1000);\n';

function stopOf(base: Base, script: string, app: string) {
  const image = imageFixture({
    base,
    workdir: '/app',
    files: { ...runtimes.node(base === 'alpine' ? 'musl' : 'glibc'), '/app/server.js': app, '/entrypoint.sh': { text: script, mode: 0o755 } },
    entrypoint: exec(['/entrypoint.sh']),
    cmd: exec(['node', 'server.js']),
  });
  return simulateRun(image, { stop: true });
}

const FORWARD = `trap 'kill -TERM "$child"' TERM\n"$@" &\nchild=$!\nwait "$child"\n`;
const TWO_WAITS = `trap 'kill -TERM "$child"' TERM INT\n"$@" &\nchild=$!\nwait "$child"\ntrap - TERM INT\nwait "$child"\n`;
const FN_WAIT = `_term() {\n  echo "Caught SIGTERM"\n  kill -TERM "$child" 2>/dev/null\n  wait "$child"\n}\ntrap _term TERM\n"$@" &\nchild=$!\nwait "$child"\n`;
const FN_EXIT = `_term() {\n  kill -TERM "$child"\n  wait "$child"\n  exit $?\n}\ntrap _term TERM\n"$@" &\nchild=$!\nwait "$child"\n`;

interface Row {
  readonly name: string;
  readonly base: Base;
  readonly script: string;
  readonly app: string;
  readonly seconds: number | undefined;
  readonly code: number | undefined;
  readonly reachedApp: boolean;
  readonly timeline: RegExp;
}

const rows: readonly Row[] = [
  { name: 'one wait: the shell exits 143 right after kill, the app is cut short', base: 'debian', script: `#!/bin/sh\n${FORWARD}`, app: EXIT0, seconds: 0.02, code: 143, reachedApp: true, timeline: /did not wait for node server\.js .* handler is cut short/ },
  { name: 'one wait, bash: the same', base: 'debian', script: `#!/bin/bash\n${FORWARD}`, app: EXIT0, seconds: 0.02, code: 143, reachedApp: true, timeline: /cut short/ },
  { name: 'a second wait after the trap waits for the app; its status is the container\'s', base: 'debian', script: `#!/bin/sh\n${TWO_WAITS}`, app: EXIT0, seconds: 0.02, code: 0, reachedApp: true, timeline: /`wait` returns: node server\.js \(PID \d+\) exited \(0\)/ },
  { name: 'a second wait, app without a handler (not PID 1: it dies of SIGTERM)', base: 'debian', script: `#!/bin/sh\n${TWO_WAITS}`, app: PLAIN, seconds: 0.02, code: 143, reachedApp: true, timeline: /exited \(143\)/ },
  { name: 'set -e: the interrupted wait ends the script before the second wait', base: 'debian', script: `#!/bin/sh\nset -e\n${TWO_WAITS}`, app: EXIT0, seconds: 0.02, code: 143, reachedApp: true, timeline: /`set -e` ends the script/ },
  { name: 'wait inside the trap function: waits, then $? is restored to 143', base: 'debian', script: `#!/bin/sh\n${FN_WAIT}`, app: EXIT0, seconds: 0.02, code: 143, reachedApp: true, timeline: /trap runs: _term[\s\S]*`wait` returns/ },
  { name: '`exit $?` in the trap function passes the app\'s status on', base: 'debian', script: `#!/bin/sh\n${FN_EXIT}`, app: EXIT0, seconds: 0.02, code: 0, reachedApp: true, timeline: /`wait` returns/ },
  { name: 'foreground app: the trap waits for it, SIGKILL after 10 s', base: 'debian', script: `#!/bin/sh\ntrap 'kill -TERM "$child"' TERM\nnode server.js\n`, app: EXIT0, seconds: 10, code: 137, reachedApp: false, timeline: /runs a trap only after its foreground command ends/ },
  { name: 'no trap: the shell as PID 1 drops SIGTERM', base: 'debian', script: '#!/bin/sh\n"$@" &\nwait\n', app: EXIT0, seconds: 10, code: 137, reachedApp: false, timeline: /has no handler for SIGTERM: the kernel drops it/ },
  { name: 'dash refuses `trap … SIGTERM`: no trap, SIGTERM dropped', base: 'debian', script: `#!/bin/sh\ntrap 'kill -TERM "$child"' SIGTERM\n"$@" &\nchild=$!\nwait "$child"\n`, app: EXIT0, seconds: 10, code: 137, reachedApp: false, timeline: /dash refused `trap … SIGTERM`/ },
  { name: 'BusyBox accepts SIGTERM in trap', base: 'alpine', script: `#!/bin/sh\ntrap 'kill -SIGTERM "$child"; wait "$child"; exit $?' SIGTERM\n"$@" &\nchild=$!\nwait "$child"\n`, app: EXIT0, seconds: 0.02, code: 0, reachedApp: true, timeline: /`wait` returns/ },
  { name: 'dash\'s kill refuses -SIGTERM: nothing is sent, the trap\'s wait never returns', base: 'debian', script: `#!/bin/sh\ntrap 'kill -SIGTERM "$child"; wait "$child"' TERM\n"$@" &\nchild=$!\nwait "$child"\n`, app: EXIT0, seconds: 10, code: 137, reachedApp: false, timeline: /kill: Illegal option -S/ },
  { name: "trap 'exit 0' TERM: exits at once, the app is never told", base: 'debian', script: "#!/bin/sh\ntrap 'exit 0' TERM\n\"$@\" &\nwait\n", app: EXIT0, seconds: 0.02, code: 0, reachedApp: false, timeline: /trap runs: exit 0/ },
];

describe('docker stop of an entrypoint script that traps SIGTERM', () => {
  test.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const run = stopOf(row.base, row.script, row.app);
    expect(run.error).toBeUndefined();
    const stop = run.stop!;
    expect([stop.seconds, stop.exitCode, stop.reachedApp]).toEqual([row.seconds, row.code, row.reachedApp]);
    expect(stop.timeline.map((e) => e.event).join('\n')).toMatch(row.timeline);
  });
});

describe('at start-up', () => {
  test('dash with set -e: the refused trap ends the script, the container exits 1', () => {
    const run = stopOf('debian', `#!/bin/sh\nset -e\ntrap 'kill -TERM "$child"' SIGTERM\n"$@" &\nchild=$!\nwait "$child"\n`, EXIT0);
    expect([run.started, run.running, run.exit?.code, run.error?.message, run.error?.printedBy]).toEqual([true, false, 1, 'trap: SIGTERM: bad trap', 'container']);
  });

  test('the explanations say when the trap runs', () => {
    expect(stopOf('debian', `#!/bin/sh\n${FORWARD}`, EXIT0).explanations.join('\n')).toMatch(/sets a trap for SIGTERM, so the shell has a handler .* sits in `wait`/);
    expect(stopOf('debian', "#!/bin/sh\ntrap 'exit 0' TERM\nnode server.js\n", EXIT0).explanations.join('\n')).toMatch(/runs its program in the foreground: a shell runs a trap only after/);
  });
});
