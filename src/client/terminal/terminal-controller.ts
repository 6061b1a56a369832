/**
 * The terminal's behaviour, with no DOM and no xterm.js: the prompt, line editing and history, Tab completion,
 * Ctrl+C, running a line through the engine (in a worker) and playing its output back — pauses included, so a
 * build unfolds step by step and `docker stop` takes its seconds — then the next prompt. xterm.js is only the
 * surface it writes to (terminal-surface.ts), which keeps this testable with a fake.
 */
import type { Completion, CommandResult, Report, TerminalEnv, TerminalSession, Workspace } from '../../engine/terminal/index.ts';
import { emptySession } from '../../engine/terminal/empty-session.ts';
import { PROMPT, redrawLine, toneLine } from './ansi.ts';
import { afterSubmit, applyKey, emptyLine } from './line-editor.ts';
import type { LineState } from './line-editor.ts';

export interface TerminalSurface {
  /** Writes our own escape sequences and sanitised text only. */
  write(data: string): void;
  clear(): void;
  readonly cols: number;
}

export interface CommandRunner {
  run(line: string, session: TerminalSession, workspace: Workspace, env: TerminalEnv): Promise<CommandResult>;
  complete(line: string, cursor: number, session: TerminalSession, workspace: Workspace): Promise<Completion>;
}

/** Runs `node` / `npm` for real when it can (a WebContainer); otherwise says why in one line. */
export interface NodeHost {
  run(argv: readonly string[], write: (text: string) => void, signal: AbortSignal): Promise<{ readonly ok: true; readonly exitCode: number } | { readonly ok: false; readonly reason: string }>;
}

export type TerminalState = 'ready' | 'busy' | 'attached';

export interface ControllerOptions {
  readonly surface: TerminalSurface;
  readonly runner: CommandRunner;
  readonly workspace: () => Workspace;
  readonly node: NodeHost;
  /** Real milliseconds per simulated second: builds play fast, `docker stop` in real time (capped). */
  readonly timeScale?: { readonly build: number; readonly stop: number; readonly maxPauseMs: number };
  readonly now?: () => number;
  readonly session?: TerminalSession;
  readonly history?: readonly string[];
  readonly onState?: (state: TerminalState) => void;
  readonly onSession?: (session: TerminalSession, history: readonly string[]) => void;
  readonly onReport?: (report: Report) => void;
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface TerminalController {
  /** What the keyboard sent (xterm.js `onData`). */
  input(data: string): void;
  /** Types and runs a line as if the learner had (the presenter's keys use it). */
  run(line: string): Promise<void>;
  readonly state: TerminalState;
  /** The text written so far, without colours (for tests and for copying). */
  transcript(): string;
  /** Writes the greeting and the first prompt. */
  start(greeting: readonly string[]): void;
}

const DEFAULT_SCALE = { build: 60, stop: 1000, maxPauseMs: 12_000 };

function defaultSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || ms <= 0) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

export function createTerminalController(options: ControllerOptions): TerminalController {
  const { surface, runner } = options;
  const scale = options.timeScale ?? DEFAULT_SCALE;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? (() => Date.now());
  let session = options.session ?? emptySession();
  let line: LineState = emptyLine(options.history ?? []);
  let state: TerminalState = 'ready';
  let abort = new AbortController();
  let attachedTo: string | undefined;
  let transcript = '';
  let completionShown = false;
  let queue: Promise<void> = Promise.resolve();

  const write = (data: string): void => {
    surface.write(data);
    transcript += data;
    if (transcript.length > 200_000) transcript = transcript.slice(-150_000);
  };
  const setState = (next: TerminalState): void => {
    state = next;
    options.onState?.(next);
  };
  const prompt = (): void => {
    write(PROMPT);
    setState('ready');
  };

  const play = async (result: CommandResult): Promise<void> => {
    for (const item of result.output) {
      if (item.kind === 'pause') {
        if (abort.signal.aborted) continue;
        const perSecond = item.purpose === 'stop' ? scale.stop : scale.build;
        await sleep(Math.min(item.seconds * perSecond, scale.maxPauseMs), abort.signal);
      } else write(toneLine(item.text, item.tone));
    }
  };

  const execute = async (text: string): Promise<void> => {
    setState('busy');
    abort = new AbortController();
    let result: CommandResult;
    try {
      result = await runner.run(text, session, options.workspace(), { now: now(), columns: Math.max(40, surface.cols) });
    } catch (error) {
      write(toneLine(`shipshape: the simulator failed: ${error instanceof Error ? error.message : String(error)}`, 'error'));
      prompt();
      return;
    }
    await play(result);
    session = result.session;
    options.onSession?.(session, line.history);
    if (result.report) options.onReport?.(result.report);
    for (const effect of result.effects) {
      if (effect.kind === 'clear') surface.clear();
      else if (effect.kind === 'node') {
        const outcome = await options.node.run(effect.argv, (t) => write(t), abort.signal);
        if (!outcome.ok) write(toneLine(outcome.reason, 'note'));
      } else if (effect.kind === 'attach') {
        attachedTo = effect.container;
        setState('attached');
        return;
      }
    }
    prompt();
  };

  const complete = async (): Promise<void> => {
    const before = line;
    let completion;
    try {
      completion = await runner.complete(before.buffer, before.cursor, session, options.workspace());
    } catch {
      return;
    }
    if (line !== before) return;
    if (completion.common) {
      const inserted = completion.common + (completion.candidates.length === 1 ? ' ' : '');
      line = applyKey(line, inserted).state;
      write(redrawLine(line.buffer, line.cursor));
      completionShown = false;
      return;
    }
    if (completion.candidates.length > 1 && !completionShown) {
      write('\r\n' + toneLine(completion.candidates.join('  '), 'dim') + redrawLine(line.buffer, line.cursor));
      completionShown = true;
    }
  };

  const interrupt = (): void => {
    if (state === 'busy') {
      abort.abort();
      write('^C');
      return;
    }
    if (state === 'attached') {
      write(`^C\r\n${toneLine(`# detached; ${attachedTo ?? 'the container'} keeps running — docker stop ${attachedTo ?? 'NAME'} stops it`, 'note')}`);
      attachedTo = undefined;
      line = emptyLine(line.history);
      prompt();
      return;
    }
    write('^C\r\n');
    prompt();
  };

  const handleKey = async (data: string): Promise<void> => {
    if (state !== 'ready') return; // typing while a command runs is ignored, as the line is not read yet
    const { state: next, action } = applyKey(line, data);
    line = next;
    switch (action.kind) {
      case 'redraw':
        completionShown = false;
        write(redrawLine(line.buffer, line.cursor));
        break;
      case 'submit':
        void submit(action.line);
        break;
      case 'complete':
        await complete();
        break;
      case 'clear-screen':
        surface.clear();
        write(redrawLine(line.buffer, line.cursor));
        break;
      case 'interrupt':
      case 'none':
        break;
    }
  };

  const submit = (text: string): Promise<void> => {
    write('\r\n');
    line = afterSubmit(line, text);
    completionShown = false;
    options.onSession?.(session, line.history);
    if (text.trim() === 'history') {
      line.history.forEach((h, i) => write(toneLine(`${String(i + 1).padStart(5)}  ${h}`, 'plain')));
      prompt();
      return Promise.resolve();
    }
    if (text.trim() === '') {
      prompt();
      return Promise.resolve();
    }
    return execute(text);
  };

  return {
    get state() {
      return state;
    },
    transcript: () => transcript.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').replace(/\r/g, ''),
    start(greeting) {
      for (const g of greeting) write(toneLine(g, 'note'));
      prompt();
    },
    input(data) {
      if (data === '\x03') return interrupt();
      // Keys are handled in order; a completion (a round trip to the worker) holds the keys typed after Tab.
      queue = queue.then(() => handleKey(data));
    },
    async run(text) {
      if (state === 'attached') interrupt();
      if (state !== 'ready') return;
      line = emptyLine(line.history);
      write(redrawLine(text, text.length));
      await submit(text);
    },
  };
}
