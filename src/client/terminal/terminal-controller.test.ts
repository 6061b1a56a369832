/**
 * The terminal's behaviour with a fake screen and the real terminal engine: prompt, editing, history, completion,
 * Ctrl+C, pauses played in scaled time, effects (attach, clear, Node), and only our own escape sequences written.
 */
import { describe, expect, test } from 'vitest';
import { completeCommandLine, runCommandLine } from '../../engine/terminal/index.ts';
import { PYTHON_SHELL_FORM } from '../../engine/terminal/testing/fixtures.ts';
import { createTerminalController } from './terminal-controller.ts';
import type { NodeHost, TerminalState } from './terminal-controller.ts';
import { applyKey, emptyLine } from './line-editor.ts';

function harness(node: NodeHost = { run: async () => ({ ok: false, reason: 'Node cannot run in this terminal: offline.' }) }) {
  const writes: string[] = [];
  const sleeps: number[] = [];
  const states: TerminalState[] = [];
  let cleared = 0;
  const controller = createTerminalController({
    surface: { write: (d) => writes.push(d), clear: () => cleared++, cols: 100 },
    runner: {
      run: async (line, session, workspace, env) => runCommandLine(line, session, workspace, env),
      complete: async (line, cursor, session, workspace) => completeCommandLine(line, cursor, session, workspace),
    },
    workspace: () => PYTHON_SHELL_FORM,
    node,
    now: () => Date.UTC(2026, 10, 20),
    timeScale: { build: 10, stop: 1000, maxPauseMs: 12_000 },
    sleep: async (ms) => void sleeps.push(ms),
    onState: (s) => states.push(s),
  });
  controller.start(['hello']);
  const settle = () => new Promise((r) => setTimeout(r, 0)).then(() => new Promise((r) => setTimeout(r, 0)));
  const typeLine = async (text: string) => {
    for (const ch of text) controller.input(ch);
    controller.input('\r');
    for (let i = 0; i < 50 && controller.state === 'busy'; i++) await settle();
    await settle();
  };
  return { controller, writes, sleeps, states, cleared: () => cleared, typeLine, settle };
}

describe('line editing', () => {
  test.each([
    [['d', 'o', 'c', 'k', 'e', 'r'], 'docker', 6],
    [['a', 'b', '\x1b[D', 'X'], 'aXb', 2],
    [['a', 'b', '\x7f'], 'a', 1],
    [['a', 'b', '\x01', 'X'], 'Xab', 1],
    [['a', 'b', ' ', 'c', 'd', '\x17'], 'ab ', 3],
    [['abc', '\x1b[D', '\x1b[D', '\x0b'], 'a', 1],
    [['\x1b[2J', 'x'], 'x', 1],
    [['e\u0007vil\u001b'], 'evil', 4],
  ])('%j → %j', (keys, buffer, cursor) => {
    let state = emptyLine();
    for (const k of keys) state = applyKey(state, k).state;
    expect([state.buffer, state.cursor]).toEqual([buffer, cursor]);
  });

  test('a paste with a line break submits its first line only', () => {
    const { action } = applyKey(emptyLine(), 'docker ps\ndocker rm -f web');
    expect(action).toEqual({ kind: 'submit', line: 'docker ps' });
  });
});

describe('the terminal controller', () => {
  test('a build plays its pauses in scaled time, then the prompt comes back', async () => {
    const h = harness();
    await h.typeLine('docker build -t app .');
    const text = h.controller.transcript();
    expect(text).toMatch(/FINISHED/);
    expect(text.endsWith('$ ')).toBe(true);
    expect(h.sleeps.length).toBeGreaterThan(3);
    expect(Math.max(...h.sleeps)).toBeLessThanOrEqual(12_000);
  });

  test('docker stop takes its 10 s in real time (the audience feels it)', async () => {
    const h = harness();
    await h.typeLine('docker build -t app .');
    await h.typeLine('docker run -d --name web app');
    h.sleeps.length = 0;
    await h.typeLine('docker stop web');
    expect(h.sleeps).toEqual([10_000]);
  });

  test('↑ recalls the last line (run twice, kept once, as bash ignoredups does); history lists them', async () => {
    const h = harness();
    await h.typeLine('docker images');
    h.controller.input('\x1b[A');
    await h.typeLine('');
    expect(h.controller.transcript().match(/IMAGE +ID +DISK USAGE/g)).toHaveLength(2);
    await h.typeLine('history');
    expect(h.controller.transcript()).toMatch(/ 1 {2}docker images\n +2 {2}history\n\$ $/);
  });

  test('Tab completes, and keys typed meanwhile wait for it', async () => {
    const h = harness();
    for (const ch of 'docker his') h.controller.input(ch);
    h.controller.input('\t');
    for (const ch of 'nosuch') h.controller.input(ch);
    h.controller.input('\r');
    for (let i = 0; i < 20; i++) await h.settle();
    expect(h.controller.transcript()).toContain('No such image: nosuch:latest');
  });

  test('a foreground run attaches; Ctrl+C detaches', async () => {
    const h = harness();
    await h.typeLine('docker build -t app .');
    await h.typeLine('docker run app');
    expect(h.controller.state).toBe('attached');
    h.controller.input('\x03');
    expect(h.controller.state).toBe('ready');
    expect(h.controller.transcript()).toMatch(/\^C\n# detached; \w+ keeps running/);
  });

  test('clear and the Node fallback are effects the controller performs', async () => {
    const h = harness();
    await h.typeLine('clear');
    expect(h.cleared()).toBe(1);
    await h.typeLine('node --version');
    expect(h.controller.transcript()).toContain('Node cannot run in this terminal: offline.');
  });

  test('only our own escape sequences are written: colours and line redraws', async () => {
    const h = harness();
    await h.typeLine('echo \u001b]0;title\u0007 <b>x</b>');
    for (const chunk of h.writes) {
      const sequences = chunk.match(/\x1b[^a-zA-Z]*[a-zA-Z]/g) ?? [];
      for (const seq of sequences) expect(seq).toMatch(/^\x1b\[(\d+(;\d+)*)?[mKD]$/);
      expect(chunk).not.toMatch(/\x07|\x1b\]/);
    }
  });
});
