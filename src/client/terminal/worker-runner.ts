/** The terminal's CommandRunner over its worker: one request at a time, answers matched by id. */
import type { CommandRunner } from './terminal-controller.ts';
import type { TerminalRequest, TerminalResponse } from './terminal-protocol.ts';

export function createWorkerRunner(): CommandRunner & { dispose(): void } {
  const worker = new Worker(new URL('./terminal.worker.ts', import.meta.url), { type: 'module', name: 'shipshape-terminal' });
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: TerminalResponse) => void; reject: (e: Error) => void }>();
  worker.addEventListener('message', (event: MessageEvent<TerminalResponse>) => {
    const entry = pending.get(event.data.id);
    pending.delete(event.data.id);
    entry?.resolve(event.data);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    for (const [id, entry] of pending) {
      pending.delete(id);
      entry.reject(new Error(event.message || 'the terminal worker stopped'));
    }
  });
  // Distributive omit: each request kind keeps its own fields.
  type Body = TerminalRequest extends infer R ? (R extends TerminalRequest ? Omit<R, 'id'> : never) : never;
  const send = (body: Body): Promise<TerminalResponse> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...body, id } as TerminalRequest);
    });
  return {
    async run(line, session, workspace, env) {
      const answer = await send({ kind: 'run', line, session, workspace, env });
      if (answer.kind === 'error') throw new Error(answer.message);
      if (answer.kind !== 'run') throw new Error('unexpected answer from the terminal worker');
      return answer.result;
    },
    async complete(line, cursor, session, workspace) {
      const answer = await send({ kind: 'complete', line, cursor, session, workspace });
      if (answer.kind !== 'complete') return { start: cursor, end: cursor, candidates: [], common: '' };
      return answer.completion;
    },
    dispose() {
      worker.terminate();
    },
  };
}
