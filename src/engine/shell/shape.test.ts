/**
 * What `/bin/sh -c <script>` leaves running: the facts the runtime reads from ScriptShape.
 */
import { describe, expect, it } from 'vitest';
import { commandReplacingShell, parseShell } from './index.ts';

describe('script shape', () => {
  it.each([
    //  script                          single  andChain last       execsLast usesExec trap  bg     pipe
    ['node server.js',                  true,   true,    'node',    false,    false,   false, false, false],
    ['exec node server.js',             true,   true,    'exec',    true,     true,    false, false, false],
    ['cd /app && node server.js',       false,  true,    'node',    false,    false,   false, false, false],
    ['cd /app && exec node server.js',  false,  true,    'exec',    true,     true,    false, false, false],
    ['node server.js; true',            false,  false,   'true',    false,    false,   false, false, false],
    ['node server.js | tee log',        false,  false,   'tee',     false,    false,   false, false, true],
    ['node server.js &',                false,  false,   undefined, false,    false,   false, true,  false],
    ['trap "exit 0" TERM; node s & wait', false, false,  'wait',    false,    false,   true,  true,  false],
    ['a || exec b',                     false,  false,   'exec',    true,     true,    false, false, false],
    ['(node server.js)',                false,  false,   undefined, false,    false,   false, false, false],
    ['FOO=1 node server.js',            true,   true,    'node',    false,    false,   false, false, false],
    ['exec >log 2>&1',                  true,   true,    'exec',    false,    false,   false, false, false],
    ['',                                false,  false,   undefined, false,    false,   false, false, false],
  ])('%j', (text, single, andChain, last, execsLast, usesExec, trap, bg, pipe) => {
    const s = parseShell(text).shape;
    expect([s.singleCommand, s.andChainEndingInSimpleCommand, s.lastCommand?.name?.value, s.execsLastCommand, s.usesExec, s.hasTrap, s.hasBackgroundJob, s.hasPipeline])
      .toEqual([single, andChain, last, execsLast, usesExec, trap, bg, pipe]);
  });

  it('counts top-level lists and notices compound commands', () => {
    expect(parseShell('a; b && c\nd').shape.topLevelListCount).toBe(3);
    expect(parseShell('if a; then b; fi').shape.hasCompoundCommand).toBe(true);
    expect(parseShell('a && b').shape.hasCompoundCommand).toBe(false);
  });
});

describe('which command replaces `sh -c` (runtime-signals.md §2, measured)', () => {
  it.each([
    //  script                               debian-dash  dash       bash       busybox
    ['sleep 60',                             undefined,   'sleep',   'sleep',   'sleep'],
    ['cd / && sleep 60',                     undefined,   'sleep',   'sleep',   'sleep'],
    ['sleep 60; true',                       undefined,   undefined, undefined, undefined],
    ['true; sleep 60',                       undefined,   'sleep',   'sleep',   'sleep'],
    ['sleep 60 | cat',                       undefined,   undefined, undefined, undefined],
    ['(sleep 60)',                           undefined,   'sleep',   undefined, 'sleep'],
    ["trap 'exit 0' TERM; sleep 60",         undefined,   undefined, undefined, undefined],
    ['exec sleep 60',                        'exec',      'exec',    'exec',    'exec'],
    ['sleep 60 &',                           undefined,   undefined, undefined, undefined],
  ])('%j', (text, debianDash, dash, bash, busybox) => {
    const s = parseShell(text);
    expect((['debian-dash', 'dash', 'bash', 'busybox'] as const).map((d) => commandReplacingShell(s, d)?.name?.value)).toEqual([debianDash, dash, bash, busybox]);
  });
});
