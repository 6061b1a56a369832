/**
 * Linux signal names and numbers (x86-64 and arm64 share them, signal(7)), Docker's way of parsing a
 * signal (moby `signal.ParseSignal`: a number, or a name with or without `SIG`, any case), and each
 * signal's default action — what happens to a process that installed no handler, when it is not PID 1.
 */

const NUMBERS: Readonly<Record<string, number>> = {
  HUP: 1, INT: 2, QUIT: 3, ILL: 4, TRAP: 5, ABRT: 6, BUS: 7, FPE: 8, KILL: 9, USR1: 10, SEGV: 11, USR2: 12,
  PIPE: 13, ALRM: 14, TERM: 15, STKFLT: 16, CHLD: 17, CONT: 18, STOP: 19, TSTP: 20, TTIN: 21, TTOU: 22,
  URG: 23, XCPU: 24, XFSZ: 25, VTALRM: 26, PROF: 27, WINCH: 28, IO: 29, PWR: 30, SYS: 31,
};

const NAMES: ReadonlyMap<number, string> = new Map(Object.entries(NUMBERS).map(([name, n]) => [n, `SIG${name}`]));

export const SIGTERM = 15;
export const SIGKILL = 9;
export const SIGINT = 2;

/** `SIGTERM`, `TERM`, `term`, `15`, `SIGRTMIN+3` -> the number; `undefined` when Docker would reject it. */
export function parseSignal(raw: string): number | undefined {
  const text = raw.trim();
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n >= 1 && n <= 64 ? n : undefined;
  }
  const name = text.toUpperCase().replace(/^SIG/, '');
  const known = NUMBERS[name];
  if (known !== undefined) return known;
  const rt = /^RTMIN(?:\+(\d+))?$/.exec(name) ?? /^RTMAX(?:-(\d+))?$/.exec(name);
  if (rt === null) return undefined;
  const offset = Number(rt[1] ?? 0);
  const n = name.startsWith('RTMIN') ? 34 + offset : 64 - offset;
  return n >= 34 && n <= 64 ? n : undefined;
}

export function signalName(n: number): string {
  return NAMES.get(n) ?? (n >= 34 && n <= 64 ? `SIGRTMIN+${n - 34}` : `signal ${n}`);
}

/** What a signal does to a process that has no handler for it (signal(7) "Standard signals"). */
export type DefaultAction = 'terminate' | 'core' | 'ignore' | 'stop' | 'continue';

export function defaultAction(n: number): DefaultAction {
  switch (n) {
    case NUMBERS.CHLD:
    case NUMBERS.URG:
    case NUMBERS.WINCH:
      return 'ignore';
    case NUMBERS.STOP:
    case NUMBERS.TSTP:
    case NUMBERS.TTIN:
    case NUMBERS.TTOU:
      return 'stop';
    case NUMBERS.CONT:
      return 'continue';
    case NUMBERS.QUIT:
    case NUMBERS.ILL:
    case NUMBERS.TRAP:
    case NUMBERS.ABRT:
    case NUMBERS.BUS:
    case NUMBERS.FPE:
    case NUMBERS.SEGV:
    case NUMBERS.XCPU:
    case NUMBERS.XFSZ:
    case NUMBERS.SYS:
      return 'core';
    default:
      return 'terminate';
  }
}

/** The default action ends the process (so a non-PID-1 process without a handler dies of it: 128 + n). */
export function defaultKills(n: number): boolean {
  const action = defaultAction(n);
  return action === 'terminate' || action === 'core';
}

/** Signal names in a `trap` condition list: `TERM`, `SIGTERM`, `15`, `EXIT`/`0` (-> 0). */
export function parseTrapCondition(raw: string): number | undefined {
  const upper = raw.toUpperCase();
  if (upper === 'EXIT' || upper === '0') return 0;
  return parseSignal(raw);
}
