/**
 * Entry point of the shell parser.
 */
import type { Position, Range, ShellScript } from './types.ts';
import type { Locate } from './parser-state.ts';
import { createState } from './parser-state.ts';
import { parseScriptBody } from './parse-commands.ts';

export interface ParseShellOptions {
  /**
   * Maps an offset in `text` to a source position (`isEnd`: the position is the exclusive end of
   * a range). The Dockerfile parser passes one that points into the Dockerfile; without it,
   * positions are lines and columns of `text` itself.
   */
  readonly locate?: (offset: number, isEnd: boolean) => Position;
  /**
   * Makes the range [start, end) (`locate` of both ends by default); the Dockerfile parser passes one
   * that hands out one shared object for equal ranges.
   */
  readonly range?: (start: number, end: number) => Range;
}

function textLocator(text: string): Locate {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
  };
}

/** Parses shell text into the shell-words model. Never throws; problems are in `errors`. */
export function parseShell(text: string, options?: ParseShellOptions): ShellScript {
  const state = createState(text, 0, text.length, options?.locate ?? textLocator(text), [], options?.range);
  const script = parseScriptBody(state, false);
  // Parsing is over: a script without errors shares one empty list (most do).
  if (script.errors.length === 0) (script as { errors: ShellScript['errors'] }).errors = NO_ERRORS;
  return script;
}

/** Shared by the scripts without errors (readonly; not frozen, see parse-commands.ts NONE). */
const NO_ERRORS: ShellScript['errors'] = [];
