/**
 * Building a command's output. Every line passes through `sanitizeText`, so nothing that reaches a terminal —
 * a file's content, a tag the learner typed, an engine message quoting either — can carry control codes.
 */
import { sanitizeText } from './sanitize.ts';
import type { OutputItem, Tone } from './types.ts';

export interface Printer {
  /** One or more lines (split on `\n`) on stdout. */
  out(text: string, tone?: Tone): void;
  /** One or more lines on stderr (Docker prints progress, warnings and errors there). */
  err(text: string, tone?: Tone): void;
  pause(seconds: number, purpose: 'build' | 'stop' | 'run'): void;
  readonly items: OutputItem[];
}

export function printer(): Printer {
  const items: OutputItem[] = [];
  const push = (text: string, tone: Tone, stream: 'stdout' | 'stderr'): void => {
    for (const line of text.split('\n')) items.push({ kind: 'line', text: sanitizeText(line), tone, stream });
  };
  return {
    items,
    out: (text, tone = 'plain') => push(text, tone, 'stdout'),
    err: (text, tone = 'error') => push(text, tone, 'stderr'),
    pause: (seconds, purpose) => {
      if (Number.isFinite(seconds) && seconds > 0) items.push({ kind: 'pause', seconds, purpose });
    },
  };
}

/** Plain text of output items (for tests and for copying): lines joined with `\n`. */
export function outputText(items: readonly OutputItem[]): string {
  return items.flatMap((item) => (item.kind === 'line' ? [item.text] : [])).join('\n');
}
