/// <reference lib="webworker" />
/**
 * The engine runs here, off the main thread, so typing never waits for a simulation and a build in the terminal
 * never freezes the page. One worker answers every asker on the page (engine-protocol.ts): the workbench's panels and
 * the terminal's commands. It is a thin adapter: it passes each request to the pure engine and posts the answer
 * back — an analysis also goes to the page's mailbox, which the page can read inside the next frame
 * (engine-mailbox.ts says why).
 */
import { analyze } from '../engine/index.ts';
import type { AnalyzeMessage, AnalyzeResponse, TerminalRequest, TerminalResponse, WorkerRequest } from './engine-protocol.ts';
import { writeMailbox } from './engine-mailbox.ts';
import { teamCatalog } from './class/team-catalog.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let mailbox: SharedArrayBuffer | undefined;

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function answerAnalysis(request: AnalyzeMessage): AnalyzeResponse {
  const started = performance.now();
  const received = performance.timeOrigin + started;
  try {
    const catalog = teamCatalog();
    const report = analyze(catalog ? { ...request.input, catalog } : request.input);
    const ended = performance.now();
    return { id: request.id, report, millis: ended - started, timing: { received, done: performance.timeOrigin + ended } };
  } catch (error) {
    // The engine returns errors as values; reaching this is an engine bug, reported rather than swallowed.
    return { id: request.id, error: message(error) };
  }
}

// The terminal's part of the engine (its commands, Docker's output formats) loads with the first command: a page
// with only a workbench never needs it. A failed load (offline before it was cached) is tried again next time.
let terminalEngine: Promise<typeof import('../engine/terminal/index.ts')> | undefined;
const loadTerminalEngine = (): Promise<typeof import('../engine/terminal/index.ts')> =>
  (terminalEngine ??= import('../engine/terminal/index.ts').catch((error: unknown) => {
    terminalEngine = undefined;
    throw error;
  }));

async function answerTerminal(request: TerminalRequest): Promise<TerminalResponse> {
  // A team's own base images (content/catalog/*.json, validated when the site was built) join every build.
  const catalog = teamCatalog();
  const withCatalog = catalog && !request.workspace.catalog ? { ...request, workspace: { ...request.workspace, catalog } } : request;
  try {
    const { completeCommandLine, runCommandLine } = await loadTerminalEngine();
    return withCatalog.kind === 'run'
      ? { id: request.id, kind: 'run', result: runCommandLine(withCatalog.line, withCatalog.session, withCatalog.workspace, withCatalog.env) }
      : { id: request.id, kind: 'complete', completion: completeCommandLine(withCatalog.line, withCatalog.cursor, withCatalog.session, withCatalog.workspace) };
  } catch (error) {
    return { id: request.id, kind: 'error', message: message(error) };
  }
}

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'run' || request.kind === 'complete') {
    void answerTerminal(request).then((response) => scope.postMessage(response));
    return;
  }
  if (request.mailbox) mailbox = request.mailbox;
  const response = answerAnalysis(request);
  if (mailbox && 'report' in response) writeMailbox(mailbox, response.id, response);
  scope.postMessage(response);
});
