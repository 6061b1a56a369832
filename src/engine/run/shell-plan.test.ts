// Who becomes PID 1 under `sh -c '…'`: the measured table of runtime-signals.md §2 (Debian dash
// 0.5.12-2, bash 5.2, BusyBox 1.35 ash), the source-read cases (background jobs), and script files.
import { describe, expect, test } from 'vitest';
import { parseShell } from '../shell/index.ts';
import type { ShellImpl } from './messages.ts';
import { planShell } from './shell-plan.ts';

// [script, what becomes PID 1 under dash, bash, busybox] — 'sh' = the shell stays, else the command.
const measured: readonly (readonly [string, string, string, string])[] = [
  ['sleep 60', 'sh', 'sleep', 'sleep'],
  ['cd / && sleep 60', 'sh', 'sleep', 'sleep'],
  ['sleep 60; true', 'sh', 'sh', 'sh'],
  ['true; sleep 60', 'sh', 'sleep', 'sleep'],
  ['sleep 60 | cat', 'sh', 'sh', 'sh'],
  ['if true; then sleep 60; fi', 'sh', 'sh', 'sleep'],
  ['(sleep 60)', 'sh', 'sh', 'sleep'],
  ["trap 'exit 0' TERM; sleep 60", 'sh', 'sh', 'sh'],
  ['exec sleep 60', 'sleep', 'sleep', 'sleep'],
];

const impls: readonly ShellImpl[] = ['dash', 'bash', 'busybox-ash'];

function pid1(text: string, impl: ShellImpl, mode: '-c' | 'file' = '-c'): string {
  const plan = planShell(parseShell(text), impl, mode);
  if (!plan.execsMain) return 'sh';
  const main = plan.main;
  return main?.name?.value === 'exec' ? (main.args[0]?.value ?? '?') : (main?.name?.value ?? '?');
}

describe('sh -c: who is PID 1 (runtime-signals.md §2, measured)', () => {
  for (const [script, ...expected] of measured) {
    test.each(impls.map((impl, i) => [impl, expected[i] as string] as const))(`${script} under %s -> %s`, (impl, want) => {
      expect(pid1(script, impl)).toBe(want);
      expect(planShell(parseShell(script), impl).confidence).toBe('measured');
    });
  }
});

describe('sh -c with background jobs (read in the shells\' source)', () => {
  test.each([
    // ash.c evaltree: NSEMI passes EV_EXIT to the command after `&`; bash's can_optimize_connection excludes `&`
    ['node worker.js & node server.js', 'dash', 'sh'],
    ['node worker.js & node server.js', 'bash', 'sh'],
    ['node worker.js & node server.js', 'busybox-ash', 'node'],
    ['node app.js & wait', 'busybox-ash', 'sh'],
  ] as const)('%s under %s -> %s', (script, impl, want) => {
    expect(pid1(script, impl)).toBe(want);
  });

  test('the background job and the main command are told apart', () => {
    const plan = planShell(parseShell('node worker.js & node server.js'), 'dash');
    expect(plan.background.map((c) => c.args[0]?.value)).toEqual(['worker.js']);
    expect(plan.main?.args[0]?.value).toBe('server.js');
    expect(plan.confidence).toBe('measured');
    expect(planShell(parseShell('node worker.js & node server.js'), 'busybox-ash').confidence).toBe('source');
  });

  test('`app & wait` waits in the builtin', () => {
    const plan = planShell(parseShell("trap 'exit 0' TERM; node app.js & wait"), 'dash');
    expect(plan.waitsInBuiltin).toBe(true);
    expect(plan.traps[0]).toMatchObject({ signals: [15], action: 'exit 0' });
  });
});

describe('details of the exec optimisation', () => {
  test.each([
    // bash does not exec a command with redirections (should_optimize_fork)
    ['node app.js > /tmp/log', 'bash', 'sh'],
    ['node app.js > /tmp/log', 'busybox-ash', 'node'],
    // a command followed by `|| exit 1` is not the last
    ['node app.js || exit 1', 'busybox-ash', 'sh'],
    ['! node app.js', 'busybox-ash', 'sh'],
    ['while true; do node app.js; done', 'busybox-ash', 'sh'],
    ['cd /app && exec node app.js', 'dash', 'node'],
  ] as const)('%s under %s -> %s', (script, impl, want) => {
    expect(pid1(script, impl)).toBe(want);
  });

  test('script files are run without the optimisation: only `exec` replaces the shell (ash.c cmdloop)', () => {
    for (const impl of impls) {
      expect(pid1('#!/bin/sh\nset -e\nnode server.js\n', impl, 'file')).toBe('sh');
      expect(pid1('#!/bin/sh\nset -e\nexec "$@"\n', impl, 'file')).not.toBe('sh');
    }
  });

  // Measured: dash 0.5.12-2 `trap x SIGTERM` prints "trap: SIGTERM: bad trap" and sets nothing; `term` and `15` work.
  test.each<[ShellImpl, (readonly [string | undefined, readonly number[], readonly string[]])[]]>([
    ['dash', [['cleanup', [2, 1], ['SIGTERM']], [undefined, [1], []], ['x', [15], []]]],
    ['bash', [['cleanup', [2, 15, 1], []], [undefined, [1], []], ['x', [15], []]]],
    ['busybox-ash', [['cleanup', [2, 15, 1], []], [undefined, [1], []], ['x', [15], []]]],
  ])('trap conditions under %s: names, SIG names, numbers; `-` resets', (impl, expected) => {
    const plan = planShell(parseShell("trap 'cleanup' INT SIGTERM 1; trap - HUP; trap x term; sleep 1"), impl);
    expect(plan.traps.map((t) => [t.action, t.signals, t.rejected])).toEqual(expected);
  });
});
