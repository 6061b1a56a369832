/**
 * The terminal's session and history in sessionStorage, per workbench: a reload keeps the images built and the
 * commands typed; another tab starts fresh (as a new shell would). What is read back is checked for shape first.
 */
import type { TerminalSession } from '../../engine/terminal/index.ts';
import { PREFIX } from '../storage/safe-storage.ts';

const key = (storageKey: string): string => `${PREFIX}terminal:${storageKey}`;
const MAX_BYTES = 4_000_000;

function isSession(value: unknown): value is TerminalSession {
  if (!value || typeof value !== 'object') return false;
  const s = value as Partial<TerminalSession>;
  return s.version === 1 && Array.isArray(s.images) && Array.isArray(s.containers) && typeof s.serial === 'number';
}

export function readStoredSession(storageKey: string): { session: TerminalSession; history: string[] } | undefined {
  try {
    const text = window.sessionStorage.getItem(key(storageKey));
    if (!text) return undefined;
    const value = JSON.parse(text) as { session?: unknown; history?: unknown };
    if (!isSession(value.session)) return undefined;
    const history = Array.isArray(value.history) ? value.history.filter((h): h is string => typeof h === 'string').slice(-500) : [];
    return { session: value.session, history };
  } catch {
    return undefined;
  }
}

export function storeSession(storageKey: string, session: TerminalSession, history: readonly string[]): void {
  try {
    let text = JSON.stringify({ session, history });
    // A session holds the recipes of its images; when it grows past the quota's comfort, keep the history only.
    if (text.length > MAX_BYTES) text = JSON.stringify({ session: { ...session, images: [], containers: [], cache: undefined }, history });
    window.sessionStorage.setItem(key(storageKey), text);
  } catch {
    // Keeping the session across a reload is a convenience; the terminal works without it.
  }
}
