/**
 * A stand-in for `@webcontainer/api` in tests: its boot can succeed, fail, or never settle (what the real one does
 * offline), and its processes print scripted output.
 */
import type { WebContainerInstance, WebContainerModule, WebContainerProcess } from './webcontainer-api.ts';

export interface FakeOptions {
  readonly boot: 'ok' | 'never' | 'fail';
  /** What `spawn(command, args)` prints, by the joined command line. */
  readonly outputs?: Readonly<Record<string, readonly string[]>>;
  readonly exitCode?: number;
}

export interface FakeWebContainer extends WebContainerModule {
  readonly boots: number;
  readonly mounted: readonly unknown[];
  readonly spawned: readonly string[];
}

export function fakeWebContainer(options: FakeOptions): FakeWebContainer {
  const state = { boots: 0, mounted: [] as unknown[], spawned: [] as string[] };
  const instance: WebContainerInstance = {
    async mount(tree) {
      state.mounted.push(tree);
    },
    async spawn(command, args = []) {
      const line = [command, ...args].join(' ');
      state.spawned.push(line);
      const chunks = options.outputs?.[line] ?? [];
      const process: WebContainerProcess = {
        output: new ReadableStream<string>({
          start(controller) {
            for (const chunk of chunks) controller.enqueue(chunk);
            controller.close();
          },
        }),
        exit: new Promise((resolve) => setTimeout(() => resolve(options.exitCode ?? 0), 5)),
        kill() {},
      };
      return process;
    },
  };
  return {
    get boots() {
      return state.boots;
    },
    get mounted() {
      return state.mounted;
    },
    get spawned() {
      return state.spawned;
    },
    WebContainer: {
      boot() {
        state.boots++;
        if (options.boot === 'never') return new Promise<WebContainerInstance>(() => undefined);
        if (options.boot === 'fail') return Promise.reject(new Error('unable to reach the boot server'));
        return Promise.resolve(instance);
      },
    },
  };
}
