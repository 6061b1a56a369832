/**
 * Which exercises the learner has solved, kept in localStorage and shown in the navigation and on the home page.
 * The engine's grader decides "solved"; this only remembers it. Pages listen for `shipshape:progress` (this tab)
 * and `storage` (other tabs) to update their marks.
 */
import { PREFIX, readItem, writeItem, type WriteResult } from './safe-storage.ts';

export interface Progress {
  /** `<lesson>/<exercise>` → ISO date of the first time it was solved. */
  readonly solved: Readonly<Record<string, string>>;
}

export const PROGRESS_KEY = `${PREFIX}progress`;
export const PROGRESS_EVENT = 'shipshape:progress';

export function readProgress(): Progress {
  try {
    const value = JSON.parse(readItem(PROGRESS_KEY) ?? '{}') as Partial<Progress> | null;
    const solved = value && typeof value.solved === 'object' && value.solved ? value.solved : {};
    return { solved: Object.fromEntries(Object.entries(solved).filter(([, at]) => typeof at === 'string')) };
  } catch {
    return { solved: {} };
  }
}

export function writeProgress(progress: Progress): WriteResult {
  const result = writeItem(PROGRESS_KEY, JSON.stringify(progress));
  if (result.ok) window.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
  return result;
}

/** Records a solved exercise once; later solves keep the first date. */
export function markSolved(exerciseKey: string): WriteResult {
  const progress = readProgress();
  if (progress.solved[exerciseKey]) return { ok: true };
  return writeProgress({ solved: { ...progress.solved, [exerciseKey]: new Date().toISOString() } });
}
