/**
 * Mounts the terminal: xterm.js (loaded with this module, never on a page's first load), its stylesheet injected
 * as a string (so Astro does not hoist it into every page's head), the controller, the engine worker and the Node
 * host. The session (images, containers, cache) and the command history survive a reload in sessionStorage.
 */
import { Terminal } from '@xterm/xterm';
import xtermCss from '@xterm/xterm/css/xterm.css?inline';
import type { Report, TerminalSession, Workspace } from '../../engine/terminal/index.ts';
import { createNodeHost } from '../webcontainer/node-host.ts';
import { createTerminalController } from './terminal-controller.ts';
import type { TerminalController, TerminalState } from './terminal-controller.ts';
import { createWorkerRunner } from './worker-runner.ts';
import { runnableFiles } from './workspace-source.ts';
import { readStoredSession, storeSession } from './session-store.ts';
import { terminalTheme } from './terminal-theme.ts';

export interface MountTerminalOptions {
  readonly host: HTMLElement;
  readonly workspace: () => Workspace;
  /** sessionStorage key for this terminal's session (the workbench's key). */
  readonly storageKey: string;
  readonly fontSize?: number;
  readonly rows?: number;
  /** Real milliseconds per simulated second. */
  readonly timeScale?: { readonly build: number; readonly stop: number; readonly maxPauseMs: number };
  readonly onReport?: (report: Report) => void;
  /** Where focus goes when the learner presses Esc in the terminal. */
  readonly leaveTo?: HTMLElement | null;
}

export interface TerminalHandle {
  readonly controller: TerminalController;
  focus(): void;
  dispose(): void;
}

let styled = false;
function injectStyle(): void {
  if (styled) return;
  styled = true;
  const style = document.createElement('style');
  style.dataset.xterm = '';
  style.textContent = xtermCss;
  document.head.append(style);
}

const MONO = "ui-monospace, 'SFMono-Regular', 'DejaVu Sans Mono', Menlo, Consolas, monospace";

function charWidth(fontSize: number): number {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return fontSize * 0.6;
  context.font = `${fontSize}px ${MONO}`;
  return context.measureText('W'.repeat(20)).width / 20 || fontSize * 0.6;
}

export function mountTerminal(options: MountTerminalOptions): TerminalHandle {
  injectStyle();
  const { host } = options;
  const fontSize = options.fontSize ?? 15;
  const rows = options.rows ?? 18;
  const width = charWidth(fontSize);
  const colsFor = (): number => Math.max(40, Math.min(200, Math.floor((host.clientWidth - 24) / width)));
  const dark = (): boolean => document.documentElement.dataset.theme === 'dark';

  const term = new Terminal({
    fontFamily: MONO,
    fontSize,
    rows,
    cols: colsFor(),
    scrollback: 3000,
    screenReaderMode: true,
    cursorBlink: false,
    theme: terminalTheme(dark()),
    allowProposedApi: false,
  });
  term.open(host);
  host.hidden = false;

  const stored = readStoredSession(options.storageKey);
  const runner = createWorkerRunner();
  const node = createNodeHost({ files: () => runnableFiles(options.workspace()) });
  const setState = (state: TerminalState): void => {
    host.dataset.terminalState = state;
  };
  const controller = createTerminalController({
    surface: { write: (data) => term.write(data), clear: () => term.clear(), get cols() { return term.cols; } },
    runner,
    workspace: options.workspace,
    node,
    ...(options.timeScale ? { timeScale: options.timeScale } : {}),
    ...(stored ? { session: stored.session, history: stored.history } : {}),
    onState: setState,
    onSession: (session: TerminalSession, history) => storeSession(options.storageKey, session, history),
    ...(options.onReport ? { onReport: options.onReport } : {}),
  });

  term.onData((data) => controller.input(data));
  // Esc leaves the terminal (Tab completes inside it), so the keyboard is never trapped.
  term.attachCustomKeyEventHandler((event) => {
    if (event.key === 'Escape' && event.type === 'keydown') {
      (options.leaveTo ?? host).focus();
      return false;
    }
    return true;
  });
  const resize = new ResizeObserver(() => {
    const cols = colsFor();
    if (cols !== term.cols) term.resize(cols, rows);
  });
  resize.observe(host);
  const themeWatch = new MutationObserver(() => (term.options.theme = terminalTheme(dark())));
  themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

  controller.start([
    stored ? 'Terminal restored: your images and containers from earlier in this tab are still here.' : 'Docker commands here are simulated by Shipshape from the files in the editor. Try: docker build -t app .',
    'Type help for the commands; Tab completes, ↑/↓ recall, Ctrl+C cancels, Esc leaves the terminal.',
  ]);
  // A handle for tests and for the presenter (which types commands itself).
  (host as HTMLElement & { shipshapeTerminal?: unknown }).shipshapeTerminal = { transcript: () => controller.transcript(), run: (line: string) => controller.run(line) };

  return {
    controller,
    focus: () => term.focus(),
    dispose() {
      resize.disconnect();
      themeWatch.disconnect();
      runner.dispose();
      term.dispose();
    },
  };
}
