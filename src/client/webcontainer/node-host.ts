/**
 * Runs `node` / `npm` in a WebContainer when one can start, so the terminal can also run the sample project itself.
 * It often cannot — offline, on stage, on a host without the cross-origin isolation headers, in a build without
 * `@webcontainer/api` — and then the terminal says so in one line; the docker commands never depend on it.
 *
 * `WebContainer.boot()` never settles when its servers cannot be reached, and a second `boot()` on the same page
 * waits behind the first (toolchain.md, measured): the boot is attempted once per page, raced against a timeout,
 * and its outcome remembered.
 */
import type { NodeHost } from '../terminal/terminal-controller.ts';
import { safeProcessOutput } from './process-output.ts';
import type { FileSystemTree, WebContainerInstance, WebContainerModule } from './webcontainer-api.ts';

export type BootOutcome = { readonly ok: true; readonly instance: WebContainerInstance } | { readonly ok: false; readonly reason: string };

export interface NodeHostOptions {
  /** Loads the module; the default tries `@webcontainer/api` and fails when it is not installed. */
  readonly load?: () => Promise<WebContainerModule>;
  readonly timeoutMs?: number;
  readonly isolated?: () => boolean;
  readonly online?: () => boolean;
  /** The project's files, mounted before each command. */
  readonly files: () => Readonly<Record<string, string>>;
}

const TAIL = 'The docker commands keep working: Shipshape simulates them.';
export const NODE_UNAVAILABLE = {
  offline: `Node cannot run in this terminal: the browser is offline, and the in-browser Node (WebContainer) needs its servers to start. ${TAIL}`,
  isolation: `Node cannot run in this terminal: the page is not cross-origin isolated (its server must send the COOP and COEP headers). ${TAIL}`,
  missing: `Node cannot run in this terminal: this build of Shipshape has no WebContainer runtime (@webcontainer/api is not installed). ${TAIL}`,
  timeout: (seconds: number) => `Node cannot run in this terminal: the WebContainer did not start within ${seconds} s (offline, or blocked by the network). ${TAIL}`,
  failed: (why: string) => `Node cannot run in this terminal: the WebContainer failed to start (${why}). ${TAIL}`,
} as const;

// Not a literal, so the bundler leaves the import to the browser: without the package it fails, and is caught.
const MODULE_ID = '@webcontainer/api';
const defaultLoad = (): Promise<WebContainerModule> => import(/* @vite-ignore */ MODULE_ID) as Promise<WebContainerModule>;

/** `{ 'src/index.js': '…' }` → WebContainer's nested tree. */
export function toTree(files: Readonly<Record<string, string>>): FileSystemTree {
  const root: Record<string, unknown> = {};
  for (const [path, contents] of Object.entries(files)) {
    const parts = path.split('/').filter((p) => p !== '' && p !== '.' && p !== '..');
    let dir = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) dir[part] = { file: { contents } };
      else {
        const existing = dir[part] as { directory?: Record<string, unknown> } | undefined;
        if (!existing?.directory) dir[part] = { directory: {} };
        dir = (dir[part] as { directory: Record<string, unknown> }).directory;
      }
    });
  }
  return root as FileSystemTree;
}

export function createNodeHost(options: NodeHostOptions): NodeHost & { boot(): Promise<BootOutcome> } {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const isolated = options.isolated ?? (() => globalThis.crossOriginIsolated === true);
  const online = options.online ?? (() => globalThis.navigator?.onLine !== false);
  let booting: Promise<BootOutcome> | undefined;

  const boot = (): Promise<BootOutcome> => {
    // Conditions that can change (the network comes back) are checked before the one attempt is spent.
    if (!isolated()) return Promise.resolve({ ok: false, reason: NODE_UNAVAILABLE.isolation });
    if (!online()) return Promise.resolve({ ok: false, reason: NODE_UNAVAILABLE.offline });
    booting ??= (async (): Promise<BootOutcome> => {
      let module: WebContainerModule;
      try {
        module = await (options.load ?? defaultLoad)();
      } catch {
        return { ok: false, reason: NODE_UNAVAILABLE.missing };
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
      try {
        const instance = await Promise.race([module.WebContainer.boot({ coep: 'require-corp' }), timeout]);
        if (instance === 'timeout') return { ok: false, reason: NODE_UNAVAILABLE.timeout(Math.round(timeoutMs / 1000)) };
        return { ok: true, instance };
      } catch (error) {
        return { ok: false, reason: NODE_UNAVAILABLE.failed(error instanceof Error ? error.message : String(error)) };
      } finally {
        clearTimeout(timer);
      }
    })();
    return booting;
  };

  return {
    boot,
    async run(argv, write, signal) {
      const outcome = await boot();
      if (!outcome.ok) return outcome;
      const [command = 'node', ...args] = argv;
      try {
        await outcome.instance.mount(toTree(options.files()));
        const process = await outcome.instance.spawn(command, args);
        const onAbort = (): void => process.kill();
        signal.addEventListener('abort', onAbort, { once: true });
        void process.output.pipeTo(new WritableStream({ write: (chunk) => write(safeProcessOutput(chunk)) })).catch(() => undefined);
        const exitCode = await process.exit;
        signal.removeEventListener('abort', onAbort);
        return { ok: true, exitCode };
      } catch (error) {
        return { ok: false, reason: `Node could not run ${command}: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
  };
}
