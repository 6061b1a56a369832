/**
 * The terminal's CommandRunner over the page's engine worker (the one the workbench uses, engine-connection.ts):
 * answers matched by id.
 */
import type { CommandRunner } from './terminal-controller.ts';
import type { TerminalRequest, TerminalResponse } from '../engine-protocol.ts';
import { connectEngine } from '../engine-connection.ts';

export function createWorkerRunner(): CommandRunner & { dispose(): void } {
  const connection = connectEngine();
  const { worker } = connection;
  const pending = new Map<number, { resolve: (r: TerminalResponse) => void; reject: (e: Error) => void }>();
  // The worker is shared: its messages include the workbench's answers, which have no entry in `pending` here.
  const onMessage = (event: MessageEvent<TerminalResponse>): void => {
    const entry = pending.get(event.data.id);
    if (!entry) return;
    pending.delete(event.data.id);
    entry.resolve(event.data);
  };
  const onError = (event: ErrorEvent): void => {
    event.preventDefault();
    for (const [id, entry] of pending) {
      pending.delete(id);
      entry.reject(new Error(event.message || 'the engine worker stopped'));
    }
  };
  worker.addEventListener('message', onMessage);
  worker.addEventListener('error', onError);
  // Distributive omit: each request kind keeps its own fields.
  type Body = TerminalRequest extends infer R ? (R extends TerminalRequest ? Omit<R, 'id'> : never) : never;
  const send = (body: Body): Promise<TerminalResponse> =>
    new Promise((resolve, reject) => {
      const id = connection.nextId();
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...body, id } as TerminalRequest);
    });
  return {
    async run(line, session, workspace, env) {
      const answer = await send({ kind: 'run', line, session, workspace, env });
      if (answer.kind === 'error') throw new Error(answer.message);
      if (answer.kind !== 'run') throw new Error('unexpected answer from the engine worker');
      return answer.result;
    },
    async complete(line, cursor, session, workspace) {
      const answer = await send({ kind: 'complete', line, cursor, session, workspace });
      if (answer.kind !== 'complete') return { start: cursor, end: cursor, candidates: [], common: '' };
      return answer.completion;
    },
    dispose() {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      pending.clear();
      connection.release();
    },
  };
}
