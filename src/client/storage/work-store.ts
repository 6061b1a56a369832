/**
 * Saves a workbench's files per exercise, so work survives a reload or a crash, and keeps two tabs on the same
 * exercise from overwriting each other silently.
 *
 * - Every edit schedules a save (debounced); leaving the page flushes it.
 * - When another tab saves the same exercise (a `storage` event), this tab stops writing the shared copy and asks
 *   the learner which version to keep; meanwhile its own edits go to sessionStorage, which survives a reload of
 *   this tab, so nothing is lost while the question is open.
 * - A write that fails (storage full or blocked) is reported, never swallowed.
 */
import { PREFIX, readItem, removeItem, writeItem, type WriteResult } from './safe-storage.ts';

export type Files = Readonly<Record<string, string>>;

export interface SavedWork {
  readonly files: Files;
  /** `Date.now()` of the save. */
  readonly savedAt: number;
  /** The tab that wrote it. */
  readonly tab: string;
}

export type StoreEvent =
  | { readonly kind: 'saved'; readonly at: number }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'conflict'; readonly theirs: SavedWork }
  | { readonly kind: 'resolved' };

export interface WorkStore {
  /** What was saved before this page loaded (this tab's unresolved copy first), if anything. */
  readonly restored: SavedWork | undefined;
  /** The restored copy is this tab's own work from an unresolved conflict. */
  readonly restoredConflict: boolean;
  schedule(read: () => Files): void;
  flush(): void;
  /** Another tab's version, while the learner has not chosen. */
  conflict(): SavedWork | undefined;
  /** Keep this tab's files: they become the saved copy (the other tab is told in turn). */
  keepMine(files: Files): void;
  /** Take the other tab's files; the caller loads them into the editor. */
  takeTheirs(): Files | undefined;
  forget(): void;
  dispose(): void;
}

const DEBOUNCE_MS = 400;

export const workKey = (key: string): string => `${PREFIX}work:${key}`;

export function parseSavedWork(text: string | null | undefined): SavedWork | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<SavedWork> | null;
    if (!value || typeof value !== 'object' || typeof value.savedAt !== 'number' || typeof value.tab !== 'string') return undefined;
    const files = value.files;
    if (!files || typeof files !== 'object' || Object.values(files).some((v) => typeof v !== 'string')) return undefined;
    return { files, savedAt: value.savedAt, tab: value.tab };
  } catch {
    return undefined;
  }
}

function sessionRead(key: string): string | undefined {
  try {
    return window.sessionStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function sessionWrite(key: string, value: string | undefined): boolean {
  try {
    if (value === undefined) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function createWorkStore(key: string, tab: string, emit: (event: StoreEvent) => void): WorkStore {
  const storageKey = workKey(key);
  const backupKey = `${PREFIX}unsaved:${key}`;
  const own = parseSavedWork(sessionRead(backupKey));
  const shared = parseSavedWork(readItem(storageKey));
  // A backup in this tab means it reloaded while a conflict was open: ask again.
  let theirs: SavedWork | undefined = own && shared ? shared : undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let read: (() => Files) | undefined;

  const record = (files: Files): string => JSON.stringify({ files, savedAt: Date.now(), tab } satisfies SavedWork);

  const write = (files: Files): void => {
    if (theirs) {
      // Undecided conflict: keep this tab's work in this tab only, until the learner chooses.
      if (!sessionWrite(backupKey, record(files))) emit({ kind: 'failed', message: 'Your latest changes could not be kept while the other tab’s version waits for your choice.' });
      return;
    }
    const result: WriteResult = writeItem(storageKey, record(files));
    if (result.ok) {
      sessionWrite(backupKey, undefined);
      emit({ kind: 'saved', at: Date.now() });
    }
    else emit({ kind: 'failed', message: result.message });
  };

  const flush = (): void => {
    if (timer === undefined || !read) return;
    clearTimeout(timer);
    timer = undefined;
    write(read());
  };

  const onStorage = (event: StorageEvent): void => {
    if (event.key !== storageKey) return;
    const work = parseSavedWork(event.newValue);
    if (!work || work.tab === tab) return;
    flush(); // what this tab had typed goes to the backup below, not over the other tab's copy
    theirs = work;
    if (read) sessionWrite(backupKey, record(read()));
    emit({ kind: 'conflict', theirs: work });
  };
  const onHide = (): void => flush();
  window.addEventListener('storage', onStorage);
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onHide);

  const resolve = (): void => {
    theirs = undefined;
    sessionWrite(backupKey, undefined);
    emit({ kind: 'resolved' });
  };

  return {
    restored: own ?? shared,
    restoredConflict: theirs !== undefined,
    schedule(reader) {
      read = reader;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        write(reader());
      }, DEBOUNCE_MS);
    },
    flush,
    conflict: () => theirs,
    keepMine(files) {
      resolve();
      write(files);
    },
    takeTheirs() {
      const files = theirs?.files;
      resolve();
      return files;
    },
    forget() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      removeItem(storageKey);
      sessionWrite(backupKey, undefined);
    },
    dispose() {
      flush();
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    },
  };
}
