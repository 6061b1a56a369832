/// <reference lib="webworker" />
/**
 * The terminal's engine runs here, off the main thread: a `docker build` simulates a whole build, and the page
 * must stay responsive (and the build's playback smooth) while it does.
 */
import { completeCommandLine, runCommandLine } from '../../engine/terminal/index.ts';
import type { TerminalRequest, TerminalResponse } from './terminal-protocol.ts';
import { teamCatalog } from '../class/team-catalog.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<TerminalRequest>) => {
  // A team's own base images (content/catalog/*.json, validated when the site was built) join every build.
  const catalog = teamCatalog();
  const request = catalog && !event.data.workspace.catalog ? { ...event.data, workspace: { ...event.data.workspace, catalog } } : event.data;
  let response: TerminalResponse;
  try {
    response =
      request.kind === 'run'
        ? { id: request.id, kind: 'run', result: runCommandLine(request.line, request.session, request.workspace, request.env) }
        : { id: request.id, kind: 'complete', completion: completeCommandLine(request.line, request.cursor, request.session, request.workspace) };
  } catch (error) {
    response = { id: request.id, kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
});
