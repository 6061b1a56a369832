/**
 * The part of `@webcontainer/api` (StackBlitz's in-browser Node, v1.6) the terminal uses, declared here so the
 * adapter type-checks without the package: it is not a dependency. When it is installed, its module satisfies
 * this interface as it is (`WebContainer.boot()`, `mount()`, `spawn()` → `output` stream, `exit`, `kill()`).
 */
export interface FileSystemTree {
  readonly [name: string]: { readonly file: { readonly contents: string } } | { readonly directory: FileSystemTree };
}

export interface WebContainerProcess {
  readonly output: ReadableStream<string>;
  readonly exit: Promise<number>;
  kill(): void;
}

export interface WebContainerInstance {
  mount(tree: FileSystemTree): Promise<void>;
  spawn(command: string, args?: readonly string[]): Promise<WebContainerProcess>;
  teardown?(): void;
}

export interface WebContainerModule {
  readonly WebContainer: { boot(options?: { readonly coep?: 'require-corp' | 'credentialless' | 'none' }): Promise<WebContainerInstance> };
}
