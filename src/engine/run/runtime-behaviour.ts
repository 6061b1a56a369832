/**
 * What each program does when a signal reaches it — the handlers a runtime or server installs by
 * itself, before any app code. This is the table of runtime-signals.md §3 and §5 (measured where it
 * says [M]); a program or signal missing here installs no handler, so the kernel drops the signal for
 * PID 1 and applies the default action (signal(7)) to any other process.
 *
 * Apps change it: a handler found in the source (signal-handlers.ts) replaces the runtime's.
 */
import type { HandlerFinding } from './signal-handlers.ts';
import type { Confidence, ProgramKind } from './types.ts';

export type Reaction =
  /** A handler ends the process with `code` after `seconds`. */
  | { readonly kind: 'exit'; readonly code: number; readonly seconds: number; readonly how: string; readonly confidence: Confidence }
  /** A handler runs and the process keeps running (it only logs, reloads, or ignores the signal). */
  | { readonly kind: 'stay'; readonly how: string; readonly confidence: Confidence }
  /**
   * A handler resets the signal to its default and raises it again: as PID 1 the re-raise is dropped
   * (the process stays, or exits with `pid1Code` when the runtime then exits by itself); otherwise
   * the process dies of it (128 + n).
   */
  | { readonly kind: 'reraise'; readonly pid1Code: number | undefined; readonly seconds: number; readonly how: string; readonly confidence: Confidence }
  /** Passes the signal on to its child (or the child's process group) — init processes, npm, yarn. */
  | { readonly kind: 'forward'; readonly how: string; readonly confidence: Confidence };

export type Reactions = ReadonlyMap<number, Reaction>;

const M: Confidence = 'measured';
const S: Confidence = 'source';

function table(entries: readonly (readonly [readonly number[], Reaction])[]): Map<number, Reaction> {
  const map = new Map<number, Reaction>();
  for (const [signals, reaction] of entries) for (const n of signals) map.set(n, reaction);
  return map;
}

/** Facts about the process that change its runtime's reactions. */
export interface RuntimeFacts {
  /** `flask run --debug` / `--reload`, FLASK_DEBUG=1, or `app.run(debug=True)`: Werkzeug's reloader. */
  readonly werkzeugReloader?: boolean;
  /** `java -Xrs`. */
  readonly javaReducedSignals?: boolean;
  /** Signals the build found the Go program handling (`signal.Notify` / `NotifyContext` in its sources). */
  readonly goHandledSignals?: readonly number[];
}

export function runtimeReactions(kind: ProgramKind, facts: RuntimeFacts): Map<number, Reaction> {
  switch (kind) {
    case 'node':
      return table([
        [[2, 15], { kind: 'reraise', pid1Code: undefined, seconds: 0, how: "Node's built-in SIGINT/SIGTERM handler resets the signal and raises it again (src/node.cc SignalExit)", confidence: M }],
      ]);
    case 'python':
    case 'flask':
      return table([
        [[2], { kind: 'exit', code: 130, seconds: 0, how: 'CPython turns SIGINT into KeyboardInterrupt and exits 130', confidence: M }],
        ...(facts.werkzeugReloader === true
          ? ([[[15], { kind: 'exit', code: 0, seconds: 0.05, how: "Werkzeug's reloader handles SIGTERM with sys.exit(0) (werkzeug _reloader.py)", confidence: M }]] as const)
          : []),
      ]);
    case 'gunicorn':
      return table([
        [[15], { kind: 'exit', code: 0, seconds: 0.14, how: "gunicorn's arbiter shuts down gracefully on SIGTERM (idle: 0.14 s; busy workers get up to graceful_timeout, 30 s by default)", confidence: M }],
        [[2, 3], { kind: 'exit', code: 0, seconds: 0.1, how: 'gunicorn shuts down quickly on SIGINT/SIGQUIT (gunicorn.org/signals)', confidence: S }],
        [[1], { kind: 'stay', how: 'gunicorn reloads its configuration and workers on SIGHUP', confidence: S }],
      ]);
    case 'uvicorn':
      return table([
        [[2, 15], { kind: 'reraise', pid1Code: 0, seconds: 0.1, how: 'uvicorn (≥ 0.29) shuts down gracefully, restores the old handler and raises the signal again (uvicorn/server.py)', confidence: 'assumed' }],
      ]);
    case 'java':
      if (facts.javaReducedSignals === true) return new Map();
      return table([
        [[15], { kind: 'exit', code: 143, seconds: 0, how: "the JVM's java.lang.Terminator runs the shutdown hooks, then exits 128+15 = 143", confidence: M }],
        [[1], { kind: 'exit', code: 129, seconds: 0, how: "the JVM's java.lang.Terminator runs the shutdown hooks, then exits 128+1", confidence: S }],
        [[2], { kind: 'exit', code: 130, seconds: 0, how: "the JVM's java.lang.Terminator runs the shutdown hooks, then exits 128+2", confidence: S }],
      ]);
    case 'go':
    {
      // Signals the program asked for with signal.Notify are delivered to it (os/signal docs); the rest keep the
      // runtime's default: die of it, which as PID 1 ends in exit(2).
      const handled = facts.goHandledSignals ?? [];
      return table([
        [[1, 2, 3, 15].filter((n) => !handled.includes(n)), { kind: 'reraise', pid1Code: 2, seconds: 0, how: "Go's runtime catches the signal, re-raises it twice, then calls exit(2) (runtime/signal_unix.go dieFromSignal)", confidence: M }],
        [handled, { kind: 'exit', code: 0, seconds: 0.1, how: 'the Go program handles the signal itself (signal.Notify in its sources, recorded by the build); assumed to shut down cleanly', confidence: 'assumed' }],
      ]);
    }
    case 'nginx':
      return table([
        [[2, 15], { kind: 'exit', code: 0, seconds: 0, how: 'nginx shuts down quickly on SIGTERM/SIGINT', confidence: M }],
        [[3], { kind: 'exit', code: 0, seconds: 0.05, how: 'nginx shuts down gracefully on SIGQUIT, finishing open requests', confidence: M }],
        [[1, 10, 12, 28], { kind: 'stay', how: 'nginx reloads, reopens logs or upgrades on this signal; it does not stop', confidence: S }],
      ]);
    case 'php-fpm':
      return table([
        [[2, 15], { kind: 'exit', code: 0, seconds: 0, how: 'php-fpm terminates immediately on SIGINT/SIGTERM', confidence: M }],
        [[3], { kind: 'exit', code: 0, seconds: 0.05, how: 'php-fpm stops gracefully on SIGQUIT', confidence: M }],
        [[10, 12], { kind: 'stay', how: 'php-fpm reopens logs / reloads on this signal', confidence: S }],
      ]);
    case 'httpd':
      return table([
        [[15], { kind: 'exit', code: 0, seconds: 0.03, how: 'httpd stops on SIGTERM, aborting open requests', confidence: M }],
        [[28], { kind: 'exit', code: 0, seconds: 1.03, how: 'httpd stops gracefully on SIGWINCH (graceful-stop)', confidence: M }],
        [[1, 10], { kind: 'stay', how: 'httpd restarts (SIGHUP) or restarts gracefully (SIGUSR1); it does not stop', confidence: S }],
      ]);
    case 'postgres':
      return table([
        [[15], { kind: 'exit', code: 0, seconds: 0.5, how: 'postgres does a "smart" shutdown on SIGTERM, waiting for clients to leave', confidence: 'assumed' }],
        [[2], { kind: 'exit', code: 0, seconds: 0.5, how: 'postgres does a "fast" shutdown on SIGINT', confidence: 'assumed' }],
        [[3], { kind: 'exit', code: 0, seconds: 0.1, how: 'postgres does an "immediate" shutdown on SIGQUIT', confidence: 'assumed' }],
      ]);
    case 'npm':
      return table([[[2, 15], { kind: 'forward', how: "npm's run-script forwards SIGINT/SIGTERM to the script's shell (@npmcli/run-script signal-manager.js)", confidence: S }]]);
    case 'yarn':
      return table([[[2, 15], { kind: 'forward', how: 'yarn forwards SIGINT/SIGTERM to the script, then exits 1 (yarn src/util/signal-handler.js)', confidence: S }]]);
    default:
      return new Map();
  }
}

/** A handler the app registered replaces the runtime's own for that signal. */
export function applyHandlers(reactions: Map<number, Reaction>, handlers: readonly HandlerFinding[]): Map<number, Reaction> {
  for (const h of handlers) {
    const where = `${h.code} (${h.file}:${h.line})`;
    switch (h.effect) {
      case 'exits':
        reactions.set(h.signal, { kind: 'exit', code: h.exitCode ?? 0, seconds: 0, how: `the app's handler ${where} exits${h.exitCode === undefined ? ' (exit code not a literal; 0 assumed)' : ''}`, confidence: M });
        break;
      case 'ends':
        reactions.set(h.signal, { kind: 'exit', code: 0, seconds: 0.1, how: `the app's handler ${where} closes the app; assumed to end cleanly`, confidence: 'assumed' });
        break;
      case 'unknown':
        reactions.set(h.signal, { kind: 'exit', code: 0, seconds: 0.1, how: `the app's handler ${where} is assumed to end the app cleanly (the simulation cannot follow it)`, confidence: 'assumed' });
        break;
      case 'logs-only':
        reactions.set(h.signal, { kind: 'stay', how: `the app's handler ${where} runs but does not end the process`, confidence: M });
        break;
      case 'ignores':
        reactions.set(h.signal, { kind: 'stay', how: `the app ignores the signal: ${where}`, confidence: S });
        break;
    }
  }
  return reactions;
}
