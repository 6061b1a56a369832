/**
 * Finds the signal handlers an app registers in its source, and what each does:
 * Node `process.on('SIGTERM', …)` (also once / addListener), Python `signal.signal(signal.SIGTERM, …)`
 * and asyncio `add_signal_handler`, Go `signal.Notify(ch, syscall.SIGTERM)`.
 *
 * What a handler does decides the stop (runtime-signals.md §5): one that calls `process.exit(0)` /
 * `sys.exit(0)` ends the app at once (measured 0 in ~0 s); one that only logs leaves it running until
 * SIGKILL (measured 137); one that closes the server or sets a stop flag is assumed to end it cleanly.
 */
import { parseSignal } from './signals.ts';
import { callArguments, jsFunctionBody, lineAt, lineTextAt, pyFunctionBody, splitArguments } from './source-text.ts';

export type HandlerEffect =
  /** Calls exit (`process.exit(n)`, `sys.exit(n)`, `os._exit(n)`). */
  | 'exits'
  /** Closes the server / sets a flag the main loop checks: assumed to end the app cleanly (exit 0). */
  | 'ends'
  /** Only logs, or does nothing: the app keeps running. */
  | 'logs-only'
  /** `signal.SIG_IGN`: the signal is ignored. */
  | 'ignores'
  /** The simulation cannot tell: assumed to end the app cleanly. */
  | 'unknown';

/** Registrations read per file: an app has a handful; the bound keeps pathological input linear. */
const MAX_FINDINGS = 32;

export interface HandlerFinding {
  readonly signal: number;
  readonly file: string;
  readonly line: number;
  /** The registration line, trimmed. */
  readonly code: string;
  readonly effect: HandlerEffect;
  /** For `exits`: the literal exit code, when there is one. */
  readonly exitCode: number | undefined;
}

const JS_LOG = /(?:console|logger|log|winston|pino)\s*\.\s*\w+\s*\([^;]*?\)\s*;?|\blog\s*\([^;]*?\)\s*;?/g;
const PY_LOG = /(?:print|logging\.\w+|logger\.\w+|log\.\w+)\s*\([^\n]*\)/g;
const ENDS = /\.(?:close|stop|shutdown|disconnect|destroy|end|terminate|cancel|abort|quit)\s*\(|\.set\s*\(\s*\)|=\s*(?:true|false|True|False)\b|should_exit|\bbreak\b|\bresolve\s*\(/;

function exitCodeOf(arg: string | undefined): number | undefined {
  if (arg === undefined) return undefined;
  const a = arg.trim();
  if (a === '' || a === 'None') return 0;
  if (/^\d+$/.test(a)) return Number(a);
  if (/^['"f]/.test(a)) return 1; // sys.exit("message") prints it and exits 1
  return undefined;
}

/** A handler given as a method reference (`stop_event.set`, `server.close`): named after what it does. */
const ENDING_METHOD = /\.(?:set|close|stop|shutdown|cancel|terminate|quit|disconnect|destroy|end|abort)$/;

function classify(body: string | undefined, python: boolean): { readonly effect: HandlerEffect; readonly exitCode: number | undefined } {
  if (body === undefined) return { effect: 'unknown', exitCode: undefined };
  const jsExit = /process\s*\.\s*exit\s*\(([^)]*)\)/.exec(body);
  const pyExit = /\b(?:sys\.exit|os\._exit|exit|quit)\s*\(([^)]*)\)|\braise\s+SystemExit\b(?:\s*\(([^)]*)\))?/.exec(body);
  const exit = python ? pyExit : jsExit;
  if (exit !== null) return { effect: 'exits', exitCode: exitCodeOf(exit[1] ?? exit[2] ?? '') };
  if (ENDS.test(body)) return { effect: 'ends', exitCode: 0 };
  const rest = body
    .replace(python ? /#[^\n]*/g : /\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '')
    .replace(python ? PY_LOG : JS_LOG, '')
    .replace(/\b(?:pass|return|async|await)\b|[\s;{}()=>,]/g, '');
  if (rest === '' || rest === 'lambda*args:' || /^lambda[\w*,:]*$/.test(rest)) return { effect: 'logs-only', exitCode: undefined };
  return { effect: 'unknown', exitCode: undefined };
}

const JS_REGISTER = /process\s*\.\s*(?:on|once|addListener|prependListener|prependOnceListener)\s*\(\s*(['"`])(SIG[A-Z0-9]+)\1/g;

export function findNodeHandlers(text: string, file: string): HandlerFinding[] {
  const found: HandlerFinding[] = [];
  for (const m of text.matchAll(JS_REGISTER)) {
    if (found.length >= MAX_FINDINGS) break;
    const signal = parseSignal(m[2] as string);
    if (signal === undefined) continue;
    const open = text.indexOf('(', m.index);
    const args = splitArguments(callArguments(text, open));
    const handler = args[1] ?? '';
    const named = /^[A-Za-z_$][\w$.]*$/.test(handler) ? handler.slice(handler.lastIndexOf('.') + 1) : undefined;
    const body = named === undefined ? handler : jsFunctionBody(text, named);
    const { effect, exitCode } = body === undefined && ENDING_METHOD.test(handler) ? { effect: 'ends' as const, exitCode: 0 } : classify(body, false);
    found.push({ signal, file, line: lineAt(text, m.index), code: lineTextAt(text, m.index), effect, exitCode });
  }
  return found;
}

const PY_REGISTER = /(?:\bsignal\s*\.\s*)?\b(?:signal|add_signal_handler)\s*\(\s*((?:signal\s*\.\s*|Signals\s*\.\s*)?SIG[A-Z0-9]+)\s*,/g;

export function findPythonHandlers(text: string, file: string): HandlerFinding[] {
  const found: HandlerFinding[] = [];
  for (const m of text.matchAll(PY_REGISTER)) {
    if (found.length >= MAX_FINDINGS) break;
    const signal = parseSignal((m[1] as string).replace(/^.*\./, ''));
    if (signal === undefined) continue;
    const open = text.indexOf('(', m.index + m[0].indexOf('(') - 1);
    const args = splitArguments(callArguments(text, open, true), true);
    const handler = (args[1] ?? '').trim();
    let effect: HandlerEffect;
    let exitCode: number | undefined;
    if (/SIG_IGN$/.test(handler)) effect = 'ignores';
    else if (/SIG_DFL$/.test(handler)) continue;
    else {
      const named = /^[A-Za-z_][\w.]*$/.test(handler) ? handler.slice(handler.lastIndexOf('.') + 1) : undefined;
      const body = named === undefined ? handler : pyFunctionBody(text, named);
      ({ effect, exitCode } = body === undefined && ENDING_METHOD.test(handler) ? { effect: 'ends', exitCode: 0 } : classify(body, true));
    }
    found.push({ signal, file, line: lineAt(text, m.index), code: lineTextAt(text, m.index), effect, exitCode });
  }
  return found;
}

const GO_SIGNALS: Readonly<Record<string, number>> = { Interrupt: 2, Kill: 9 };

/** Go: `signal.Notify(ch, …)` / `signal.NotifyContext(ctx, …)`; no signals listed = all of them. */
export function findGoHandlers(text: string, file: string): HandlerFinding[] {
  const found: HandlerFinding[] = [];
  for (const m of text.matchAll(/signal\s*\.\s*Notify(?:Context)?\s*\(/g)) {
    if (found.length >= MAX_FINDINGS) break;
    const args = splitArguments(callArguments(text, m.index + m[0].length - 1)).slice(1);
    const names = args.length === 0 ? ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] : args;
    for (const raw of names) {
      const short = raw.replace(/^.*\./, '');
      const signal = GO_SIGNALS[short] ?? parseSignal(short);
      if (signal === undefined || signal === 9) continue;
      found.push({ signal, file, line: lineAt(text, m.index), code: lineTextAt(text, m.index), effect: 'ends', exitCode: 0 });
    }
  }
  return found;
}

/** Flask/Werkzeug's reloader (`app.run(debug=True)`): its parent exits 0 on SIGTERM (werkzeug `_reloader.py`). */
export function usesWerkzeugReloader(text: string): boolean {
  let seen = 0;
  for (const m of text.matchAll(/\.run\s*\(/g)) {
    if (++seen > MAX_FINDINGS) break;
    const args = callArguments(text, m.index + m[0].length - 1, true);
    if (/\bdebug\s*=\s*True\b/.test(args) && !/\buse_reloader\s*=\s*False\b/.test(args)) return true;
    if (/\buse_reloader\s*=\s*True\b/.test(args)) return true;
  }
  return false;
}

export function catchesKeyboardInterrupt(text: string): boolean {
  return /\bexcept\s*\(?[^:\n]*\bKeyboardInterrupt\b/.test(text);
}
